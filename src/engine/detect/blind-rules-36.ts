/**
 * Rules from the blind entity batches 107 and 108 (6 Dec 2026, helper ents57a, issue #9; rows in
 * lexicon/blind-news-36.ts). applyNameRules calls `applyBlindNewsRows36` after the rows of batches
 * 104 and 105, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - place.kind-such-as: "small towns such as [Barnoldswick] and [Ilfracombe]".
 * - organisation.made-by: "AW149 helicopters made by [Leonardo]".
 * - organisation.and-firm-name: "[China Road and Bridge Corporation]".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { AND_FIRM_NAME_ROW, KIND_SUCH_AS_ROW, MADE_BY_ROW } from '../lexicon/blind-news-36';
import { lowerSetOf, setOf } from '../lexicon/rule-row';
import { COMMON_WORDS } from '../lexicon/words';
import { Flag, Kind } from '../tokenize/tokenize';
import {
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  capitalisedRun,
  capitalisedRunBefore,
  exactFormMarks,
  formMarks,
  isLowerWord,
  isWeekdayOrMonth,
  isWord,
  isWordInLowercase,
  modelReadWithin,
  onLine,
  putOverWithin,
  type Names,
  type NamedSpan,
} from './named-spans';

export function applyBlindNewsRows36(ctx: Ctx, out: Names): void {
  kindSuchAs(ctx, out);
  madeBy(ctx, out);
  andFirmNames(ctx, out);
}

/** The model's reading at or above which these rows leave a name as it is. */
const UNSURE = 0.9;
/** Most capitalised words of one name these rows read. */
const NAME_WORDS = 3;

/** No word of [a, b) is a common word, a weekday, a month or written all in capitals. */
function properWords(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if (COMMON_WORDS.has(lower(ctx, i)) || isWeekdayOrMonth(ctx, i) || ctx.t.flags[i] & Flag.AllCaps) return false;
  return true;
}

/** The names over [a, b) when only the model read them and it is not sure (UNSURE) of any type. */
function unsureWithin(out: Names, a: number, b: number): NamedSpan[] | undefined {
  const within = modelReadWithin(out, a, b, UNSURE);
  if (!within) return undefined;
  for (const n of within) if (Math.max(n.probs[PERSON], n.probs[PLACE], n.probs[ORG]) >= UNSURE) return undefined;
  return within;
}

/** Some word of [a, b) is no common word, and none is a weekday or a month: a firm's name may end in one ("Damen Naval"). */
function firmWords(ctx: Ctx, a: number, b: number): boolean {
  let proper = false;
  for (let i = a; i < b; i++) {
    if (isWeekdayOrMonth(ctx, i)) return false;
    if (!COMMON_WORDS.has(lower(ctx, i))) proper = true;
  }
  return proper;
}

// --- place.kind-such-as ---------------------------------------------------------------------------

const KINDS = lowerSetOf(KIND_SUCH_AS_ROW.value.kinds);
const BRIDGES = lowerSetOf(KIND_SUCH_AS_ROW.value.bridges);
const BARE_KINDS = lowerSetOf(KIND_SUCH_AS_ROW.value.bare);
/** Most places in one list. */
const LIST_ITEMS = 6;

/** place.kind-such-as: see the row. Only "such", "like" and "including" are read. */
function kindSuchAs(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, BRIDGES));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (!isLowerWord(ctx, h) || !isLowerWord(ctx, h - 1) || !KINDS.has(lower(ctx, h - 1))) continue;
    let a = h + 1;
    if (lower(ctx, h) === 'such') {
      if (!isWordInLowercase(ctx, a, 'as')) continue;
      a++;
    }
    placeList(ctx, out, a);
  }
  // The bare list: "counties [Galway], [Mayo] and [Clare]", led by a place already read or known.
  const bare = tokensOf(ctx, formMarks(ctx, BARE_KINDS));
  for (let x = 0; x < bare.length; x++) {
    const h = bare[x];
    if (!isLowerWord(ctx, h) || !capitalisedOnLine(ctx, h + 1)) continue;
    const b = capitalisedRun(ctx, h + 1, NAME_WORDS);
    if (capitalisedOnLine(ctx, b) || listNext(ctx, b) === b) continue;
    const first = out.at(h + 1);
    const placed = first && first.a === h + 1 && first.b === b && first.type === PLACE;
    if (placed || placeLookup(ctx, spanText(ctx, h + 1, b))) placeList(ctx, out, h + 1);
  }
}

/** The token after the list item ending at `b` and its ",", "and", "or" or ", and" (`b` when none). */
function listNext(ctx: Ctx, b: number): number {
  let k = b;
  if (ctx.t.kind[k] === Kind.Punct && ctx.text.slice(ctx.t.start[k], ctx.t.end[k]) === ',') k++;
  if (isWordInLowercase(ctx, k, 'and') || isWordInLowercase(ctx, k, 'or')) k++;
  return k;
}

/** Each unsure item of the list of places from token `a` becomes a place. */
function placeList(ctx: Ctx, out: Names, a: number): void {
  for (let item = 0; item < LIST_ITEMS && capitalisedOnLine(ctx, a); item++) {
    const b = capitalisedRun(ctx, a, NAME_WORDS);
    if (capitalisedOnLine(ctx, b) || !properWords(ctx, a, b)) break;
    const within = unsureWithin(out, a, b);
    if (within) putOverWithin(out, a, b, PLACE, KIND_SUCH_AS_ROW.id, within);
    // The next item after ",", "and", "or" or ", and".
    const k = listNext(ctx, b);
    if (k === b || !onLine(ctx, k)) break;
    a = k;
  }
}

// --- organisation.made-by -------------------------------------------------------------------------

const MAKING = lowerSetOf(MADE_BY_ROW.value.verbs);
const PRODUCTS = lowerSetOf(MADE_BY_ROW.value.products);
/** Most words between the made thing and the verb ("helicopters [that were] made by"). */
const PRODUCT_REACH = 4;

/** A noun of a made thing among the PRODUCT_REACH words before `v`, with no punctuation between. */
function productBefore(ctx: Ctx, v: number): boolean {
  for (let i = v - 1; i >= 0 && v - i <= PRODUCT_REACH; i--) {
    if (ctx.t.kind[i] === Kind.Punct) return false;
    if (isLowerWord(ctx, i) && PRODUCTS.has(lower(ctx, i))) return true;
  }
  return false;
}

/** organisation.made-by: see the row. Only "by" after a verb of making is read. */
function madeBy(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, new Set(['by'])));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (!isLowerWord(ctx, h) || !isLowerWord(ctx, h - 1) || !MAKING.has(lower(ctx, h - 1))) continue;
    if (!productBefore(ctx, h - 1) || !capitalisedOnLine(ctx, h + 1)) continue;
    const b = capitalisedRun(ctx, h + 1, NAME_WORDS);
    if (capitalisedOnLine(ctx, b) || !firmWords(ctx, h + 1, b)) continue;
    if (placeLookup(ctx, spanText(ctx, h + 1, b))) continue;
    const within = modelReadWithin(out, h + 1, b, UNSURE);
    if (within) putOverWithin(out, h + 1, b, ORG, MADE_BY_ROW.id, within);
  }
}

// --- organisation.and-firm-name -------------------------------------------------------------------

const FIRM_HEADS = setOf(AND_FIRM_NAME_ROW.value.heads);
/** Most capitalised words between "and" and the head. */
const TRADE_WORDS = 2;

/** organisation.and-firm-name: see the row. Only the heads are read. */
function andFirmNames(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, FIRM_HEADS));
  for (let x = 0; x < hits.length; x++) {
    const h = hits[x];
    if (capitalisedOnLine(ctx, h + 1)) continue;
    const m = capitalisedRunBefore(ctx, h, TRADE_WORDS + 1);
    if (m === h || !isWordInLowercase(ctx, m - 1, 'and') || !onLine(ctx, m)) continue;
    const and = m - 1;
    const a = capitalisedRunBefore(ctx, and, NAME_WORDS);
    if (a === and || !onLine(ctx, and) || (a > 0 && capitalisedOnLine(ctx, a) && isWord(ctx, a - 1, 'of'))) continue;
    // The part after "and" is a firm; the part before it is none, and not a firm of its own.
    const firm = out.at(h);
    if (!firm || firm.type !== ORG || firm.a < m || firm.b !== h + 1) continue;
    if (FIRM_HEADS.has(ctx.forms[ctx.form[and - 1]]) || placeLookup(ctx, spanText(ctx, a, and))) continue;
    const before = modelReadWithin(out, a, and, UNSURE);
    if (!before || before.some((n) => n.type === ORG)) continue;
    out.put(a, h + 1, ORG, AND_FIRM_NAME_ROW.id, undefined, firm);
  }
}
