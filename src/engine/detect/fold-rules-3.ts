/**
 * Rules of 1 Dec 2026, evening (helper ents12b, issue #9: patterns of travel guides and papers
 * across the held-out fold documents; rows FOLD_PATTERN_ROWS_3 in lexicon/fold-patterns-3.ts).
 * applyNameRules calls `applyFoldPatternRows3` last, so these read every other rule's names. Each
 * visits only the tokens of its own words (`tokensOf`), never every token.
 * - citation.numbered-pair: "Carrano & Biewener [7]" are two cited authors, people.
 * - place.street-abbreviation: "1214 Anderson Ave", "along N 44th St" are streets.
 * - place.numbered-terminal: "from Terminal 2" is a building, a place.
 * - organisation.airline, organisation.airline-shared: "JetBlue", "Air Canada", and "Delta" in
 *   a sentence about flying, are firms.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower, spanText, tokensOf, type Ctx } from '../context';
import { COMMON_WORDS, FUNCTION_WORDS, STAFF_NOUNS } from '../lexicon/words';
import { AIRLINE_WORD_AS_ADJECTIVE_ROW } from '../lexicon/lead-names-59';
import { FOLD_PATTERN_ROWS_3 } from '../lexicon/fold-patterns-3';
import { rowNamed } from '../lexicon/rule-row';
import { REVIEW_ROWS_1 } from '../lexicon/review-rows-1';
import {
  ORG,
  PERSON,
  PLACE,
  exactFormMarks,
  formMarks,
  isCapWord,
  isLowerWord,
  isPunctChar,
  type Names,
  namesWithin,
  putOverWithin,
  capitalisedOnLine,
  phraseEnd,
} from './named-spans';

export function applyFoldPatternRows3(ctx: Ctx, out: Names): void {
  numberedPairs(ctx, out);
  streetAbbreviations(ctx, out);
  numberedTerminals(ctx, out);
  airlines(ctx, out);
}

const PAIR_JOINS = new Set(rowNamed(FOLD_PATTERN_ROWS_3, 'citation.numbered-pair').value);
/** A single capitalised word that may be a surname: not a function or common word, not all capitals. */
const surnameAt = (ctx: Ctx, i: number) =>
  isCapWord(ctx, i) &&
  !(ctx.t.flags[i] & Flag.AllCaps) &&
  !FUNCTION_WORDS.has(lower(ctx, i)) &&
  !COMMON_WORDS.has(lower(ctx, i));

/** citation.numbered-pair: "Carrano & Biewener [7]": see the row. */
function numberedPairs(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_3, 'citation.numbered-pair');
  const hits = tokensOf(ctx, formMarks(ctx, PAIR_JOINS));
  let authors: Set<string> | undefined;
  for (let x = 0; x < hits.length; x++) {
    const k = hits[x];
    // "[7]" or "[12, 13]": an opening bracket, then a number. Tested before the surnames: every
    // "and" of the text is a hit, and a bracket after the next word is rare.
    if (k < 1 || k + 4 >= t.count || !isPunctChar(ctx, k + 2, 91) || t.kind[k + 3] !== Kind.Num) continue;
    if (!surnameAt(ctx, k - 1) || !surnameAt(ctx, k + 1)) continue;
    // "John Carrano & Biewener": a longer run of capitals is left to the rules that read names.
    if (k >= 2 && surnameAt(ctx, k - 2) && !(t.flags[k - 1] & Flag.NewLine)) continue;
    // "Procter & Gamble [2]": a pair the model itself reads as one firm stays one.
    const pair = out.at(k);
    if (pair && pair.type === ORG && !pair.rule) continue;
    if (!namesWithin(out, k - 1, k + 2)) continue;
    (authors ??= new Set()).add(spanText(ctx, k - 1, k)).add(spanText(ctx, k + 1, k + 2));
    // One name over the pair ("Carrano & Biewener" read as a firm by a rule) is split in two.
    if (pair) {
      out.put(k - 1, k, PERSON, id, undefined, pair);
      out.put(k + 1, k + 2, PERSON, id);
      continue;
    }
    putOverWithin(out, k - 1, k, PERSON, id, namesWithin(out, k - 1, k) ?? []);
    putOverWithin(out, k + 1, k + 2, PERSON, id, namesWithin(out, k + 1, k + 2) ?? []);
  }
  if (!authors) return;
  // The same surnames elsewhere: one-word names of another type, or a pair read as one firm.
  const names = out.alive();
  for (let x = 0; x < names.length; x++) {
    const n = names[x];
    if (n.type === PERSON) continue;
    if (n.b - n.a === 1) {
      if (authors.has(spanText(ctx, n.a, n.b))) out.put(n.a, n.b, PERSON, id, undefined, n);
      continue;
    }
    if (n.b - n.a !== 3 || !PAIR_JOINS.has(lower(ctx, n.a + 1))) continue;
    if (!authors.has(spanText(ctx, n.a, n.a + 1)) || !authors.has(spanText(ctx, n.a + 2, n.b))) continue;
    const a = n.a,
      b = n.b;
    out.put(a, a + 1, PERSON, id, undefined, n);
    out.put(b - 1, b, PERSON, id);
  }
}

const STREET_ABBREVIATIONS = new Set(rowNamed(FOLD_PATTERN_ROWS_3, 'place.street-abbreviation').value);
/** The most words of a street's name read back before its abbreviation ("N 44th", "Martin Luther King"). */
const STREET_NAME_WORDS = 3;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** place.street-abbreviation: "1214 Anderson Ave", "along N 44th St": see the row. */
function streetAbbreviations(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = rowNamed(FOLD_PATTERN_ROWS_3, 'place.street-abbreviation');
  const hits = tokensOf(ctx, exactFormMarks(ctx, STREET_ABBREVIATIONS));
  const nameWord = (i: number) =>
    i >= 0 &&
    !(t.flags[i + 1] & Flag.NewLine) &&
    (isCapWord(ctx, i) || (t.kind[i] === Kind.Num && ORDINAL.test(ctx.forms[ctx.form[i]])));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (i < 1 || !nameWord(i - 1) || capitalisedOnLine(ctx, i + 1)) continue;
    let a = i - 1;
    while (i - a < STREET_NAME_WORDS && nameWord(a - 1) && !STREET_ABBREVIATIONS.has(ctx.forms[ctx.form[a - 1]])) a--;
    // "The", "In", "Take" opening a sentence are no words of the street ("Main" inside one is).
    const first = ctx.s.first[ctx.s.of[i]];
    while (a < i && (FUNCTION_WORDS.has(lower(ctx, a)) || (a === first && COMMON_WORDS.has(lower(ctx, a))))) a++;
    if (a === i) continue;
    const within = namesWithin(out, a, i + 1);
    if (!within) continue;
    putOverWithin(out, a, i + 1, PLACE, id, within);
  }
}

const TERMINAL_ROW = rowNamed(FOLD_PATTERN_ROWS_3, 'place.numbered-terminal');
const TERMINALS = new Set(TERMINAL_ROW.value.map((w) => w.toLowerCase()));

/** place.numbered-terminal: "from Terminal 2": see the row. */
function numberedTerminals(ctx: Ctx, out: Names): void {
  const t = ctx.t;
  const { id } = TERMINAL_ROW;
  const hits = tokensOf(ctx, formMarks(ctx, TERMINALS));
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    if (i + 1 >= t.count || !isCapWord(ctx, i) || t.flags[i] & Flag.AllCaps) continue;
    const next = ctx.forms[ctx.form[i + 1]];
    const numbered = (t.kind[i + 1] === Kind.Num && /^\d{1,2}$/.test(next)) || /^[A-H]$/.test(next);
    if (!numbered || t.flags[i + 1] & Flag.NewLine) continue;
    if (i > 0 && isCapWord(ctx, i - 1) && !(t.flags[i] & Flag.NewLine) && ctx.s.first[ctx.s.of[i]] !== i) continue;
    const within = namesWithin(out, i, i + 2);
    if (!within) continue;
    putOverWithin(out, i, i + 2, PLACE, id, within);
  }
}

/** Multi-word names of a row as word lists, longest first, and their first words to visit. */
function phrases(values: readonly string[]): { words: string[][]; firsts: Set<string> } {
  const words = values.map((v) => v.split(' ')).sort((x, y) => y.length - x.length);
  return { words, firsts: new Set(words.map((w) => w[0].toLowerCase())) };
}

const AIRLINES = phrases(rowNamed(FOLD_PATTERN_ROWS_3, 'organisation.airline').value);
const SHARED_AIRLINES = phrases(rowNamed(FOLD_PATTERN_ROWS_3, 'organisation.airline-shared').value);
/** Words that make a sentence one about flying (lowercase ones only lowercase, so "Flight" in a title is not). */
const FLYING_WORDS = new Set(['airline', 'airlines', 'airways', 'carrier', 'carriers', 'flight', 'flights']);
const AIRLINE_VISITS = new Set([...AIRLINES.firsts, ...SHARED_AIRLINES.firsts, ...FLYING_WORDS]);
const PLACE_PREPOSITIONS = new Set(rowNamed(REVIEW_ROWS_1, 'place.after-motion-preposition').value);
/** place.after-motion-preposition: "flew to Alaska", "over the Great Lakes" name the place (see the row). */
function afterPlacePreposition(ctx: Ctx, i: number): boolean {
  const t = ctx.t;
  let p = i - 1;
  if (p >= 0 && t.kind[p] === Kind.Word && lower(ctx, p) === 'the' && !(t.flags[p] & Flag.Cap)) p--;
  return p >= 0 && t.kind[p] === Kind.Word && !(t.flags[p] & Flag.Cap) && PLACE_PREPOSITIONS.has(lower(ctx, p));
}

/**
 * An airline's words from `i` to `b` stand alone: no capitalised word after them, and not after a
 * capitalised word that may be a name's ("Both United and …" opening a sentence may). A module
 * function: made per call, it was a new call target and V8 threw airlines' optimised code away.
 */
function standsAlone(ctx: Ctx, i: number, b: number): boolean {
  return !capitalisedOnLine(ctx, b) && !(i > 0 && surnameAt(ctx, i - 1) && !(ctx.t.flags[i] & Flag.NewLine));
}

const QUALIFIED_NOUNS: ReadonlySet<string> = new Set([...AIRLINE_WORD_AS_ADJECTIVE_ROW.value, ...STAFF_NOUNS]);
/** none.airline-word-as-adjective: "the Norwegian governments", "American officials" (see the row). */
function qualifiesNoun(ctx: Ctx, b: number): boolean {
  return isLowerWord(ctx, b) && QUALIFIED_NOUNS.has(lower(ctx, b));
}

/** organisation.airline, organisation.airline-shared: "JetBlue", "Delta" in a sentence about flying: see the rows. */
function airlines(ctx: Ctx, out: Names): void {
  const { id } = rowNamed(FOLD_PATTERN_ROWS_3, 'organisation.airline');
  const { id: sharedId } = rowNamed(FOLD_PATTERN_ROWS_3, 'organisation.airline-shared');
  const hits = tokensOf(ctx, formMarks(ctx, AIRLINE_VISITS));
  if (!hits.length) return;
  const flying = new Uint8Array(ctx.s.count);
  const shared: [number, number][] = [];
  for (let x = 0; x < hits.length; x++) {
    const i = hits[x];
    const w = lower(ctx, i);
    // "Airlines", "Airways" closing a name, or a lowercase "flights", "carrier".
    if (FLYING_WORDS.has(w) && (!isCapWord(ctx, i) || (w.startsWith('air') && isCapWord(ctx, i - 1)))) {
      flying[ctx.s.of[i]] = 1;
      continue;
    }
    let b = phraseEnd(ctx, i, AIRLINES.words);
    if (b >= 0 && standsAlone(ctx, i, b)) {
      flying[ctx.s.of[i]] = 1;
      const within = namesWithin(out, i, b);
      if (within) putOverWithin(out, i, b, ORG, id, within);
      continue;
    }
    b = phraseEnd(ctx, i, SHARED_AIRLINES.words);
    if (b >= 0 && standsAlone(ctx, i, b) && !afterPlacePreposition(ctx, i) && !qualifiesNoun(ctx, b))
      shared.push([i, b]);
  }
  // An airport terminal in the sentence: "Terminal 3: Delta, Frontier".
  const terminals = out.alive();
  for (let k = 0; k < terminals.length; k++)
    if (terminals[k].rule === TERMINAL_ROW.id) flying[ctx.s.of[terminals[k].a]] = 1;
  for (const [i, b] of shared) {
    if (!flying[ctx.s.of[i]]) continue;
    const within = namesWithin(out, i, b);
    if (within) putOverWithin(out, i, b, ORG, sharedId, within);
  }
}
