/**
 * Rules for leftovers met on the review texts of the blind-20 rows (helper ents31b, issue #9; rows
 * in lexicon/news-leftovers-7.ts). applyNameRules calls `applyLeftoverRows7` right after the
 * leftover-6 rows, so these read the names every earlier rule decided.
 * - place.known-in-language-as: "The island, known in Irish as [Inis Mór], has …".
 * - place.federal-state-named-state: "The [Lagos State] government", "in [Abia State]".
 * - none.heritage-designation-alone: "named a World Heritage Site" is no name.
 */
import { lower, placeLookup, spanText, word, type Ctx } from '../context';
import { FEDERAL_STATE_ROW, HERITAGE_ALONE_ROW, PLACE_KNOWN_IN_LANGUAGE_ROW } from '../lexicon/news-leftovers-7';
import { lowerSetOf } from '../lexicon/rule-row';
import { namesKnownInLanguage } from './blind-rules-20';
import {
  ORG,
  PERSON,
  PLACE,
  SpanTexts,
  capitalisedOnLine,
  isLowerWord,
  type NamedSpan,
  type Names,
} from './named-spans';

export function applyLeftoverRows7(ctx: Ctx, out: Names): void {
  namesKnownInLanguage(ctx, out, PLACE_NOUNS, PLACE, PLACE_KNOWN_IN_LANGUAGE_ROW.id);
  federalStates(ctx, out);
  heritageAlone(ctx, out);
}

// --- place.known-in-language-as ---------------------------------------------------------------

const PLACE_NOUNS = lowerSetOf(PLACE_KNOWN_IN_LANGUAGE_ROW.value.places);

// --- place.federal-state-named-state ----------------------------------------------------------

const BEFORE = lowerSetOf(FEDERAL_STATE_ROW.value.before);
const OWNERS = lowerSetOf(FEDERAL_STATE_ROW.value.owners);
const AFTER = lowerSetOf(FEDERAL_STATE_ROW.value.after);
/** Most words of the state's own name before "State" ("Blue Nile State"). */
const STATE_NAME_WORDS = 2;

/** place.federal-state-named-state: see the row. */
function federalStates(ctx: Ctx, out: Names): void {
  const found: NamedSpan[] = [];
  for (let ax = 0, aliveNow = out.alive(); ax < aliveNow.length; ax++) {
    const n = aliveNow[ax];
    const { a, b } = n;
    if ((n.type !== ORG && n.type !== PERSON) || b - a < 2 || b - a > STATE_NAME_WORDS + 1) continue;
    if (word(ctx, b - 1) !== 'State' || capitalisedOnLine(ctx, b)) continue;
    const hit = placeLookup(ctx, spanText(ctx, a, b - 1));
    // A region or city the map places outside the United States ("Kent State" is in Ohio).
    if (!hit || hit.kind === 'country' || !hit.entry || hit.entry.countryCode === 'US') continue;
    const where =
      isLowerWord(ctx, a - 1) &&
      (BEFORE.has(lower(ctx, a - 1)) ||
        (lower(ctx, a - 1) === 'of' && isLowerWord(ctx, a - 2) && OWNERS.has(lower(ctx, a - 2))));
    const government = isLowerWord(ctx, b) && AFTER.has(lower(ctx, b));
    if (where || government) found.push(n);
  }
  for (const n of found) out.put(n.a, n.b, PLACE, FEDERAL_STATE_ROW.id, undefined, n);
}

// --- none.heritage-designation-alone ----------------------------------------------------------

// A SpanTexts: most names have a length no designation has, and are not sliced to be compared.
const DESIGNATIONS = new SpanTexts(HERITAGE_ALONE_ROW.value.designations);

/** none.heritage-designation-alone: see the row. */
function heritageAlone(ctx: Ctx, out: Names): void {
  const drops: NamedSpan[] = [];
  for (const n of out.alive())
    if ((n.type === PLACE || n.type === ORG) && !n.rule && DESIGNATIONS.has(ctx, n.a, n.b)) drops.push(n);
  for (const n of drops) out.remove(n);
}
