/**
 * Rules for the news-shaped misses fold rows 32 left on the study folds, seventeenth round (helper
 * ents62c, issue #9; rows in lexicon/fold-patterns-33.ts). applyNameRules calls
 * `applyFoldPatternRows33` right after the fold-32 rows.
 * - organisation.country-abbreviation-agency: "the [U.S. Centers for Disease Control]" is one body.
 */
import { tokensOf, word, type Ctx } from '../context';
import { COUNTRY_AGENCY_ROW } from '../lexicon/fold-patterns-33';
import { ORG, PLACE, exactFormMarks, onLine, type Names } from './named-spans';

export function applyFoldPatternRows33(ctx: Ctx, out: Names): void {
  countryAgency(ctx, out);
}

// --- organisation.country-abbreviation-agency -----------------------------------------------------

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_AGENCY_ROW.value.countries);
const AGENCY_HEADS: ReadonlySet<string> = new Set(COUNTRY_AGENCY_ROW.value.heads);

/** organisation.country-abbreviation-agency: see the row. */
function countryAgency(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, COUNTRIES));
  for (let x = 0; x < hits.length; x++) {
    const c = hits[x];
    const own = out.at(c);
    // The abbreviation alone, read as a place or by nothing.
    if (own && (own.type !== PLACE || own.a !== c || own.b !== c + 1)) continue;
    if (!onLine(ctx, c + 1)) continue;
    const body = out.at(c + 1);
    if (!body || body.a !== c + 1 || body.type !== ORG) continue;
    let kind = false;
    for (let i = body.a; i < body.b && !kind; i++) kind = AGENCY_HEADS.has(word(ctx, i));
    if (kind) out.put(c, body.b, ORG, COUNTRY_AGENCY_ROW.id, undefined, body);
  }
}
