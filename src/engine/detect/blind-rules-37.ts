/**
 * Rules from the blind entity batches 110 and 111 (7 Dec 2026, helper ents58a, issue #9; rows in
 * lexicon/blind-news-37.ts). applyNameRules calls `applyBlindNewsRows37` after the rows of batches
 * 107 and 108, so these read the names every earlier rule decided. Each starts from its trigger
 * words' tokens (tokensOf), not from every token or name.
 * - organisation.bracket-initials-run: "the [Samagi Jana Balawegaya] (SJB)".
 * - organisation.of-place-whole: "the [Election Commission of Sri Lanka]".
 * - person.portfolio-and-tail: "Minister of Water and Irrigation [Raed Haddadin]".
 */
import { lower, placeLookup, spanText, tokensOf, type Ctx } from '../context';
import { BRACKET_INITIALS_RUN_ROW, OF_PLACE_WHOLE_ROW, PORTFOLIO_AND_TAIL_ROW } from '../lexicon/blind-news-37';
import { setOf } from '../lexicon/rule-row';
import { COMMON_WORDS, FIRST_NAME_SET } from '../lexicon/words';
import { Flag, Kind } from '../tokenize/tokenize';
import {
  CLOSE_PAREN,
  ORG,
  PERSON,
  PLACE,
  capitalisedOnLine,
  formMarks,
  initials,
  isCapWord,
  isLongAcronym,
  isPunctChar,
  isWordInLowercase,
  namesWithin,
  type Names,
} from './named-spans';

export function applyBlindNewsRows37(ctx: Ctx, out: Names): void {
  bracketInitialsRuns(ctx, out);
  ofPlaceWhole(ctx, out);
  portfolioAndTails(ctx, out);
}

const startsLine = (ctx: Ctx, i: number) => (ctx.t.flags[i] & Flag.NewLine) !== 0;

// --- organisation.bracket-initials-run ------------------------------------------------------------

/** Some word of [a, b) is a common English word. */
function hasCommonWord(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (COMMON_WORDS.has(lower(ctx, k))) return true;
  return false;
}

/** A place the map knows of two words or one opens [a, b) and does not fill it. */
function placeOpens(ctx: Ctx, a: number, b: number): boolean {
  for (let e = Math.min(a + 2, b - 1); e > a; e--) if (placeLookup(ctx, spanText(ctx, a, e))) return true;
  return false;
}

/** At or above this the model's person reading inside the run stands. */
const SURE_PERSON = 0.95;

/** organisation.bracket-initials-run: see the row. Only "(" is read. */
function bracketInitialsRuns(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { maxWords } = BRACKET_INITIALS_RUN_ROW.value;
  const opens = tokensOf(ctx, formMarks(ctx, new Set(['('])));
  for (let x = 0; x < opens.length; x++) {
    const i = opens[x];
    if (i < 2 || i + 2 >= t.count || t.kind[i + 1] !== Kind.Word || !isPunctChar(ctx, i + 2, CLOSE_PAREN)) continue;
    const short = spanText(ctx, i + 1, i + 2);
    if (!isLongAcronym(short) || !/^[A-Z]+$/.test(short) || startsLine(ctx, i)) continue;
    const want = short.toLowerCase();
    // The capitalised words right before the bracket, on its line, whose initials are the acronym.
    let a = i;
    while (i - a < maxWords && a > 0 && isCapWord(ctx, a - 1) && !startsLine(ctx, a)) {
      a--;
      if (i - a >= 2 && initials(ctx, a, i) === want) break;
    }
    if (i - a < 2 || initials(ctx, a, i) !== want) continue;
    // Words of a language the model has not seen: an English common word makes a defined term or a
    // body other rows decide ("System Under Test (SUT)", "Household Energy Consumption Survey").
    if (hasCommonWord(ctx, a, i)) continue;
    const within = namesWithin(out, a, i);
    if (!within || within.some((n) => n.type === ORG || (n.type === PLACE && n.a === a && n.b === i))) continue;
    if (within.some((n) => n.type === PERSON && !n.rule && n.probs[PERSON] >= SURE_PERSON)) continue;
    // A person's given name opens the run, not a place ("Sri Lanka Podujana Peramuna").
    if (FIRST_NAME_SET.has(lower(ctx, a)) && !placeOpens(ctx, a, i)) continue;
    out.put(a, i, ORG, BRACKET_INITIALS_RUN_ROW.id, undefined, within.length === 1 ? within[0] : undefined);
    // The acronym in the brackets, when nothing read it or read it otherwise.
    const inner = out.at(i + 1);
    if (!inner || (inner.a === i + 1 && inner.b === i + 2 && inner.type !== ORG))
      out.put(i + 1, i + 2, ORG, BRACKET_INITIALS_RUN_ROW.id, undefined, inner);
  }
}

// --- organisation.of-place-whole ------------------------------------------------------------------

/** At or above this the model's reading of the words after the cut stands. */
const UNSURE = 0.9;

/** organisation.of-place-whole: see the row. Only organisations holding "of" are read. */
function ofPlaceWhole(ctx: Ctx, out: Names): void {
  const { extraWords } = OF_PLACE_WHOLE_ROW.value;
  const holders = out.aliveHolding(tokensOf(ctx, formMarks(ctx, new Set(['of']))));
  for (let k = 0; k < holders.length; k++) {
    const n = holders[k];
    if (out.at(n.a) !== n || n.type !== ORG) continue;
    // The last "of" of the name, with only capitalised words after it.
    let o = n.b - 1;
    while (o > n.a && isCapWord(ctx, o)) o--;
    if (o === n.b - 1 || !isWordInLowercase(ctx, o, 'of')) continue;
    if (placeLookup(ctx, spanText(ctx, o + 1, n.b))) continue;
    for (let e = n.b + 1; e <= n.b + extraWords; e++) {
      if (!capitalisedOnLine(ctx, e - 1)) break;
      if (!placeLookup(ctx, spanText(ctx, o + 1, e))) continue;
      // The words after the cut: nothing, or the model alone and unsure, read them.
      const after = namesWithin(out, n.b, e);
      if (!after || after.some((m) => m.rule || m.probs[m.type] >= UNSURE)) break;
      out.put(n.a, e, ORG, OF_PLACE_WHOLE_ROW.id, undefined, n);
      break;
    }
  }
}

// --- person.portfolio-and-tail --------------------------------------------------------------------

const TITLES = setOf(PORTFOLIO_AND_TAIL_ROW.value.titles);
/** Most capitalised words of one field of the portfolio. */
const FIELD_WORDS = 3;

/** Capitalised words, "of" and a title before token `c` (the "and"): "Minister of Water [and]". */
function portfolioBefore(ctx: Ctx, c: number): boolean {
  let i = c - 1;
  const end = i;
  while (i >= 0 && end - i < FIELD_WORDS && isCapWord(ctx, i) && !startsLine(ctx, i + 1)) i--;
  if (i === end || !isWordInLowercase(ctx, i, 'of') || i < 1) return false;
  return isCapWord(ctx, i - 1) && TITLES.has(ctx.forms[ctx.form[i - 1]]);
}

/** person.portfolio-and-tail: see the row. Only people right after "and" (or one word after it) are read. */
function portfolioAndTails(ctx: Ctx, out: Names): void {
  const ands = tokensOf(ctx, formMarks(ctx, new Set(['and'])));
  for (let x = 0; x < ands.length; x++) {
    const c = ands[x];
    if (!isWordInLowercase(ctx, c, 'and')) continue;
    // The person opens right after "and", or one capitalised word after it ("Family Welfare …").
    let n = out.at(c + 1);
    if ((!n || n.a !== c + 1) && isCapWord(ctx, c + 1)) n = out.at(c + 2);
    if (!n || n.type !== PERSON || n.rule || n.b - n.a < 3 || n.a > c + 2 || n.a < c + 1) continue;
    if (FIRST_NAME_SET.has(lower(ctx, n.a)) || !portfolioBefore(ctx, c)) continue;
    out.put(n.a + 1, n.b, PERSON, PORTFOLIO_AND_TAIL_ROW.id, undefined, n);
  }
}
