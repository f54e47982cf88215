/**
 * Rules for a missed place and a type error fold rows 30 left on the study folds,
 * fourteenth round (helper ents59c, issue #9; rows in lexicon/fold-patterns-31.ts). applyNameRules
 * calls `applyFoldPatternRows31` right after the fold-30 rows.
 * - place.county-before-name: "Born in [County Clare]": "County" and an Irish county is a place.
 * - organisation.town-newspaper: "the [San Francisco Bulletin]" is a newspaper, not a place.
 */
import { lower, tokensOf, word, type Ctx } from '../context';
import { IRISH_COUNTY_ROW, TOWN_NEWSPAPER_ROW } from '../lexicon/fold-patterns-31';
import {
  ORG,
  PLACE,
  capitalisedOnLine,
  formMarks,
  isCapWord,
  namesWithin,
  onLine,
  putOverWithin,
  retype,
  type LiveSpan,
  type Names,
} from './named-spans';

export function applyFoldPatternRows31(ctx: Ctx, out: Names): void {
  countyBeforeName(ctx, out);
  townNewspaper(ctx, out);
}

// --- place.county-before-name ---------------------------------------------------------------------

const COUNTIES: ReadonlySet<string> = new Set(IRISH_COUNTY_ROW.value);
const COUNTY: ReadonlySet<string> = new Set(['county']);

/** place.county-before-name: see the row. Only the tokens of "County" are read. */
function countyBeforeName(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, COUNTY));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (word(ctx, h) !== 'County' || !onLine(ctx, h + 1) || !COUNTIES.has(word(ctx, h + 1))) continue;
    if (capitalisedOnLine(ctx, h + 2)) continue;
    const within = namesWithin(out, h, h + 2);
    if (!within) continue;
    putOverWithin(out, h, h + 2, PLACE, IRISH_COUNTY_ROW.id, within);
  }
}

// --- organisation.town-newspaper ------------------------------------------------------------------

const PAPER_WORDS: ReadonlySet<string> = new Set(TOWN_NEWSPAPER_ROW.value);

/** organisation.town-newspaper: see the row. */
function townNewspaper(ctx: Ctx, out: Names): void {
  for (const n of out.alive() as readonly LiveSpan[]) {
    if (n.dead || n.type !== PLACE || n.rule || n.a < 1 || lower(ctx, n.a - 1) !== 'the') continue;
    const last = n.b - 1;
    if (n.b - n.a >= 2 && isCapWord(ctx, last) && PAPER_WORDS.has(lower(ctx, last))) {
      if (!capitalisedOnLine(ctx, n.b)) retype(out, n, ORG, TOWN_NEWSPAPER_ROW.id);
      continue;
    }
    // The town alone, the paper's word right after it unread.
    const p = n.b;
    if (!capitalisedOnLine(ctx, p) || !PAPER_WORDS.has(lower(ctx, p)) || out.at(p)) continue;
    if (capitalisedOnLine(ctx, p + 1)) continue;
    out.put(n.a, p + 1, ORG, TOWN_NEWSPAPER_ROW.id, undefined, n);
  }
}
