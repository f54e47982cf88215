/**
 * Rules for the weak patterns of issue #9, twenty-second round (helper ents63b; rows in
 * lexicon/news-leftovers-29.ts). applyNameRules calls `applyLeftoverRows29` after the leftover-28
 * rows, so these read the names every earlier rule decided. Each row starts from its trigger
 * words' tokens, never from every token.
 * - organisation.complement-chain: "[Commission for the Protection of Competition]".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { BLIND_NEWS_ROWS_2 } from '../lexicon/names';
import { COMPLEMENT_CHAIN_ROW } from '../lexicon/news-leftovers-29';
import { lowerSetOf, rowNamed } from '../lexicon/rule-row';
import {
  ORG,
  PERSON,
  PLACE,
  POSSESSIVE_S,
  capitalisedOnLine,
  capitalisedRun,
  capitalisedRunBefore,
  formMarks,
  isCapWord,
  isLowerWord,
  isWord,
  namesWithin,
  onLine,
  type Names,
} from './named-spans';

export function applyLeftoverRows29(ctx: Ctx, out: Names): void {
  complementChains(ctx, out);
}

// --- organisation.complement-chain ----------------------------------------------------------------

const CHAIN_HEADS: ReadonlySet<string> = new Set([
  ...(rowNamed(BLIND_NEWS_ROWS_2, 'organisation.head-complement').value as readonly string[]),
  'university',
  'college',
]);
const OPENS = lowerSetOf(COMPLEMENT_CHAIN_ROW.value.opens);
const LINKS = lowerSetOf(COMPLEMENT_CHAIN_ROW.value.links);
const FIELD_LINKS = lowerSetOf(COMPLEMENT_CHAIN_ROW.value.fieldLinks);
/** Most capitalised words before the head, in the first complement, and after each link. */
const BEFORE_HEAD = 3;
const FIRST_COMPLEMENT = 4;
const LINKED = 3;
const MOST_LINKS = 3;
const FIELD_WORDS = 2;
/** At or above this the model's reading of the words after a last "and" stands. */
const SURE_AND = 0.6;
/** At or above this the model's person reading inside the run stands. */
const SURE_PERSON = 0.9;

/** The start of the body's name before its head at `h`: its capitalised words on the line. */
function bodyStart(ctx: Ctx, h: number): number {
  let a = capitalisedRunBefore(ctx, h, BEFORE_HEAD);
  // "The Institute …" opening a sentence: the article is no part of the name.
  if (a < h && lower(ctx, a) === 'the') a++;
  return a;
}

/** A plural noun written with a capital ("Islands", "Sciences"), no possessive. */
const pluralWord = (ctx: Ctx, i: number) => /[^s'’]s$/.test(lower(ctx, i));

/**
 * The words after a last "and" from `c` that pair with the plural before it ("Highlands and
 * [Islands]"): one or two capitalised words ending in a plural, that no rule read, the model read
 * below SURE_AND and the map does not know; `c` when none.
 */
function pairedPlurals(ctx: Ctx, out: Names, c: number): number {
  const f = capitalisedRun(ctx, c, FIELD_WORDS);
  if (f === c || capitalisedOnLine(ctx, f) || !pluralWord(ctx, f - 1)) return c;
  const within = namesWithin(out, c, f);
  if (!within || within.some((n) => n.rule || n.probs[n.type] >= SURE_AND)) return c;
  return placeLookup(ctx, spanText(ctx, c, f)) ? c : f;
}

/** The end of the complement's links from `e`, or `e` when none runs on. */
function linkedEnd(ctx: Ctx, out: Names, e: number): number {
  for (let links = 0; links < MOST_LINKS; links++) {
    if (!isLowerWord(ctx, e) || !onLine(ctx, e)) break;
    const w = lower(ctx, e);
    const c = e + 1;
    if (LINKS.has(w)) {
      const d = isWord(ctx, c, 'the') && isLowerWord(ctx, c) ? c + 1 : c;
      const f = capitalisedRun(ctx, d, LINKED);
      if (f === d || capitalisedOnLine(ctx, f)) break;
      e = f;
      continue;
    }
    // A last "and" pairs two plurals ("Highlands and Islands"), never a second name ("and Google").
    if (FIELD_LINKS.has(w) && pluralWord(ctx, e - 1)) {
      const f = pairedPlurals(ctx, out, c);
      return f === c ? e : f;
    }
    break;
  }
  return e;
}

/** organisation.complement-chain: see the row. */
function complementChains(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, formMarks(ctx, OPENS));
  for (let x = 0; x < hits.length; x++) {
    const j = hits[x];
    const h = j - 1;
    if (!isLowerWord(ctx, j) || !onLine(ctx, j) || h < 0 || !isCapWord(ctx, h) || !CHAIN_HEADS.has(lower(ctx, h)))
      continue;
    if (!isWord(ctx, j + 1, 'the') || !isLowerWord(ctx, j + 1) || !onLine(ctx, j + 1)) continue;
    const c = j + 2;
    const first = capitalisedRun(ctx, c, FIRST_COMPLEMENT);
    if (first === c) continue;
    const e = linkedEnd(ctx, out, first);
    if (e === first) continue;
    let a = bodyStart(ctx, h);
    // "Cyprus's Commission": the possessor is no part of the body.
    if (a > 0 && POSSESSIVE_S.has(lower(ctx, a - 1))) a = h;
    const within = namesWithin(out, a, e);
    if (!within) continue;
    if (within.some((n) => n.type === PERSON && (n.rule || n.probs[PERSON] >= SURE_PERSON))) continue;
    // "the Supreme Court of the State of Hawaiʻi": a place after "of the" is the body's place, no part of it.
    if (
      lower(ctx, j) === 'of' &&
      within.some((n) => n.type === PLACE && n.a > h && (n.rule || n.probs[PLACE] >= SURE_AND))
    )
      continue;
    const one = within.length === 1 ? within[0] : undefined;
    if (one && one.a === a && one.b === e && one.type === ORG) continue;
    out.put(a, e, ORG, COMPLEMENT_CHAIN_ROW.id, undefined, one);
  }
}
