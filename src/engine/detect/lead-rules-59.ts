/**
 * Name rows of the lead's reading in stop 59 (issue #9; rows in lexicon/lead-names-59.ts).
 * applyNameRules calls `applyLeadNameRows59` after the stop-58 rows, so these read the names every
 * other rule decided. none.airline-word-as-adjective is read by the airline rows (fold-rules-3.ts).
 * - organisation.country-mission: "the [U.S. Embassy] in Mexico City".
 */
import { isDemonym, placeLookup, tokensOf, word, type Ctx } from '../context';
import { COUNTRY_MISSION_ROW } from '../lexicon/lead-names-59';
import {
  ORG,
  PLACE,
  capitalisedOnLine,
  exactFormMarks,
  isCapWord,
  namesWithin,
  putOverWithin,
  type Names,
} from './named-spans';

export function applyLeadNameRows59(ctx: Ctx, out: Names): void {
  countryMissions(ctx, out);
}

// --- organisation.country-mission -------------------------------------------------------------------

const MISSION_HEADS: ReadonlySet<string> = new Set(COUNTRY_MISSION_ROW.value.heads);

/** organisation.country-mission: see the row. Only the heads' tokens are read. */
function countryMissions(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, MISSION_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    if (k === 0 || capitalisedOnLine(ctx, k + 1) || !isCapWord(ctx, k - 1)) continue;
    const before = out.at(k - 1);
    let a = -1;
    if (before && before.b === k && before.type === PLACE) a = before.a;
    else if (!before || before.b === k) {
      const w = word(ctx, k - 1);
      if (isDemonym(ctx, w) || placeLookup(ctx, w)?.kind === 'country') a = k - 1;
    }
    if (a < 0) continue;
    const within = namesWithin(out, a, k + 1);
    if (within) putOverWithin(out, a, k + 1, ORG, COUNTRY_MISSION_ROW.id, within);
  }
}
