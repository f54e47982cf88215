/**
 * Rules for the leftovers the notes named after the blind-18 review (helper ents29b, issue #9; rows
 * in lexicon/news-leftovers-3.ts). applyNameRules calls `applyLeftoverRows3` right after the
 * blind-18 rows, so these read the names every earlier rule decided.
 * - place.compass-site: "[Kamoa North] project", "mines in Zambia, [Chambishi West] and Mimbula".
 * - sport.travel-to-side: "[Leeds] travel to [Brentford] on Saturday".
 */
import { formMarks } from './named-spans';
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { COMPASS_SITE_ROW, TRAVEL_TO_SIDE_ROW } from '../lexicon/news-leftovers-3';
import { KNOWN_ORG_NAMES } from '../lexicon/names';
import { COMMON_WORDS, FIRST_NAME_SET, FUNCTION_WORDS } from '../lexicon/words';
import {
  ACRONYM,
  ORG,
  PERSON,
  PLACE,
  capitalisedRun,
  isCapWord,
  isLowerWord,
  isWord,
  onLine,
  type NamedSpan,
  type Names,
} from './named-spans';
import { isSportsReportNamingNoElection } from './sport-sentences';

export function applyLeftoverRows3(ctx: Ctx, out: Names): void {
  compassSites(ctx, out);
  travelsToSides(ctx, out);
}

// --- place.compass-site -----------------------------------------------------------------------

const COMPASS = new Set(COMPASS_SITE_ROW.value.compass);
/** A person reading this sure is left to the model. */
const PERSON_DOUBT = 0.5;

/** place.compass-site: see the row. */
function compassSites(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  const unsurePeople: NamedSpan[] = [];
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
    (n.type === ORG ? found : unsurePeople).push(n);
  }
  // A person reading ("Kanye West", "Cornel West") only where the article names a site so already:
  // "its two mines, Chambishi West and Mimbula" beside "the Kamoa North project".
  if (found.length) found.push(...unsurePeople);
  for (const n of found) out.put(n.a, n.b, PLACE, COMPASS_SITE_ROW.id, undefined, n);
}

// --- sport.travel-to-side ---------------------------------------------------------------------

const TRAVEL = new Set(TRAVEL_TO_SIDE_ROW.value.travel);
/** A reading the model is this sure of is left alone. */
const SURE = 0.8;
/** Most words of the club travelled to ("Nottingham Forest", "Wolverhampton Wanderers"). */
const CLUB_WORDS = 3;

/** A reading a rule may change: none, or the model's below SURE as a place or a person. */
const unsure = (n: NamedSpan | undefined) => !n || (!n.rule && n.type !== ORG && n.probs[n.type] < SURE);

/** sport.travel-to-side: see the row. */
function travelsToSides(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, TRAVEL));
  if (!hits.length || !isSportsReportNamingNoElection(ctx)) return;
  const found: [number, number, NamedSpan | undefined][] = [];
  for (let x = 0; x < hits.length; x++) {
    const t = hits[x];
    if (!isLowerWord(ctx, t) || !isWord(ctx, t + 1, 'to') || !isCapWord(ctx, t + 2) || !onLine(ctx, t + 2)) continue;
    // The side before the verb: a body, or a town the map knows (a town cannot travel).
    const s = out.at(t - 1);
    const town = !!s && s.b - s.a === 1 && placeLookup(ctx, spanText(ctx, s.a, s.b))?.kind === 'city';
    if (!s || s.b !== t || (s.type !== ORG && !(town && unsure(s)))) continue;
    const d = t + 2;
    const m = out.at(d);
    const b = m ? m.b : capitalisedRun(ctx, d, CLUB_WORDS);
    if ((m && m.a !== d) || !unsure(m)) continue;
    // "travel to Leipzig to face RB Leipzig": the place (sport.destination-place).
    if (isWord(ctx, b, 'to') && isLowerWord(ctx, b + 1)) continue;
    const kind = placeLookup(ctx, spanText(ctx, d, b))?.kind;
    if (kind === 'country' || kind === 'region') continue;
    // "travel to Munich" beside "Bayern Munich": the city of a club named in full.
    const w = lower(ctx, b - 1);
    if (out.alive().some((o) => o.type === ORG && o.b - o.a >= 2 && o.b - o.a > b - d && lower(ctx, o.b - 1) === w))
      continue;
    if (s.type !== ORG) found.push([s.a, s.b, s]);
    found.push([d, b, m]);
  }
  for (const [a, b, was] of found) out.put(a, b, ORG, TRAVEL_TO_SIDE_ROW.id, undefined, was);
}
