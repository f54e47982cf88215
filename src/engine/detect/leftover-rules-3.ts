/**
 * Rules for the leftovers the notes named after the blind-18 review (helper ents29b, issue #9; rows
 * in lexicon/news-leftovers-3.ts). applyNameRules calls `applyLeftoverRows3` right after the
 * blind-18 rows, so these read the names every earlier rule decided.
 * - place.compass-site: "[Kamoa North] project", "mines in Zambia, [Chambishi West] and Mimbula".
 */
import { lower, placeLookup, spanText, type Ctx } from '../context';
import { COMPASS_SITE_ROW } from '../lexicon/news-leftovers-3';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS } from '../lexicon/words';
import { ACRONYM, ORG, PERSON, PLACE, isCapWord, onLine, type NamedSpan, type Names } from './named-spans';

export function applyLeftoverRows3(ctx: Ctx, out: Names): void {
  compassSites(ctx, out);
}

// --- place.compass-site -----------------------------------------------------------------------

const COMPASS = new Set(COMPASS_SITE_ROW.value.compass);
/** A person reading this sure is left to the model. */
const PERSON_DOUBT = 0.5;

/** place.compass-site: see the row. */
function compassSites(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  const alive = out.alive();
  for (const n of alive) {
    if (n.b - n.a !== 2 || n.rule || !COMPASS.has(lower(ctx, n.a + 1))) continue;
    if (!(n.type === ORG || (n.type === PERSON && n.probs[PERSON] < PERSON_DOUBT))) continue;
    if (!isCapWord(ctx, n.a) || !isCapWord(ctx, n.a + 1) || !onLine(ctx, n.a + 1)) continue;
    const first = ctx.forms[ctx.form[n.a]];
    const w = first.toLowerCase();
    if (ACRONYM.test(first) || FIRST_NAME_SET.has(w) || COMMON_WORDS.has(w) || FUNCTION_WORDS.has(w)) continue;
    if (ctx.lowerSeen.has(w) || placeLookup(ctx, first) || KNOWN_ORG_NAMES.has(spanText(ctx, n.a, n.b).toLowerCase()))
      continue;
    // The first word opens a person the article names elsewhere ("Oliver North" after "Oliver Stone").
    if (alive.some((m) => m !== n && m.type === PERSON && m.b - m.a >= 2 && lower(ctx, m.a) === w)) continue;
    found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PLACE, COMPASS_SITE_ROW.id, undefined, n);
}
