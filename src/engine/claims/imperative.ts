/**
 * Row cue.imperative.report (lexicon/claims-31.ts): "Remember that …", "Make sure the bed is in
 * the shade", "For example, suppose Duke accepts …" — an imperative of knowing, noting or
 * supposing before a clause. Only the tokens are found here; claims.ts builds the claim when no
 * cue of the sentence made one.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { isCapWord, isPunctChar, OPEN_PAREN } from '../detect/named-spans';
import { IMPERATIVE_REPORT } from '../lexicon/claims-31';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import { isComma, type CCtx } from './claim-context';

const R = IMPERATIVE_REPORT.value;
const PHRASES: readonly (readonly string[])[] = R.phrases.map((p) => p.split(' '));
const FIRST_WORDS: ReadonlySet<string> = new Set(PHRASES.map((p) => p[0]));
const LEAD: ReadonlySet<string> = new Set(R.lead);
const FRONTED: ReadonlySet<string> = new Set(R.fronted);
const SUBJECTS: ReadonlySet<string> = new Set(R.subjects);
const DETERMINERS: ReadonlySet<string> = new Set(R.determiners);
const FINITE: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
/** A subject pronoun with a contracted auxiliary ("you've", "they're", "I'd"). */
const CONTRACTED_SUBJECT = /^(i|you|he|she|we|they|there)['’](m|re|ll|d|ve|s)$/;

/** The imperative's tokens [a, b) and where its clause starts. */
export interface Imperative {
  a: number;
  b: number;
  clause: number;
}

/** Token `i` is a word, whatever it says (named-spans' `isWord` asks for one word in particular). */
const isAnyWord = (cx: CCtx, i: number) => cx.t.kind[i] === Kind.Word;
/** The sentence ends with a question mark, or a run of them ("??"), which isPunctChar would not count. */
const endsQuestion = (cx: CCtx, i: number) => cx.t.kind[i] === Kind.Punct && cx.text.charCodeAt(cx.t.start[i]) === 63;
/** A lowercase verb of the third person or of the past ("means", "offers", "changed"). */
const finiteEnding = (cx: CCtx, i: number) =>
  isAnyWord(cx, i) && !isCapWord(cx, i) && /[a-z](s|ed)$/.test(lower(cx, i));

/** The phrase of the row that starts at token i, as its end token, or -1. */
function phraseEnd(cx: CCtx, i: number, b: number): number {
  if (!FIRST_WORDS.has(lower(cx, i))) return -1;
  for (const p of PHRASES) {
    let j = 0;
    while (j < p.length && i + j < b && isAnyWord(cx, i + j) && lower(cx, i + j) === p[j]) j++;
    if (j === p.length) return i + j;
  }
  return -1;
}

/** Nothing but lead words, commas and an opening bracket before token i, or a fronted phrase and its comma. */
function imperativePlace(cx: CCtx, a: number, i: number): boolean {
  let p = i - 1;
  while (p >= a && ((isAnyWord(cx, p) && LEAD.has(lower(cx, p))) || isComma(cx, p) || isPunctChar(cx, p, OPEN_PAREN))) {
    if (isComma(cx, p) && p > a && !(isAnyWord(cx, p - 1) && LEAD.has(lower(cx, p - 1)))) break;
    p--;
  }
  if (p < a) return true;
  if (!isComma(cx, p)) return false;
  let first = a;
  while (first < p && isPunctChar(cx, first, OPEN_PAREN)) first++;
  return isAnyWord(cx, first) && FRONTED.has(lower(cx, first));
}

/** A clause starts at token i: a subject pronoun, or a determiner or a name whose finite verb follows. */
function clauseAt(cx: CCtx, i: number, b: number): boolean {
  if (i + 1 >= b || !isAnyWord(cx, i)) return false;
  const w = lower(cx, i);
  if (CONTRACTED_SUBJECT.test(w)) return true;
  if (SUBJECTS.has(w)) return isAnyWord(cx, i + 1) || cx.t.kind[i + 1] === Kind.Poss;
  const det = DETERMINERS.has(w);
  if (!det && !isCapWord(cx, i)) return false;
  for (let j = i + 1; j < b && j <= i + R.maxSubjectWords; j++) {
    if (cx.t.kind[j] === Kind.Poss && j > i + 1) return true;
    if (!isAnyWord(cx, j)) return false;
    if (FINITE.has(lower(cx, j))) return true;
    if (finiteEnding(cx, j) && (det ? j > i + 1 : true)) return true;
  }
  return false;
}

/** After "that": a clause, or a finite verb among the next words ("Recall that a percent means …"). */
function clauseAfterThat(cx: CCtx, i: number, b: number): boolean {
  if (clauseAt(cx, i, b)) return true;
  for (let j = i + 1; j < b && j <= i + 12; j++) {
    if (cx.t.kind[j] === Kind.Punct && !isComma(cx, j)) return false;
    if (cx.t.kind[j] === Kind.Poss) return true;
    if (isAnyWord(cx, j) && (FINITE.has(lower(cx, j)) || finiteEnding(cx, j))) return true;
  }
  return false;
}

/** The imperative report of sentence tokens [a, b), outside quotation marks, if there is one. */
export function imperativeReport(cx: CCtx, a: number, b: number): Imperative | undefined {
  if (b - a < 4 || endsQuestion(cx, b - 1)) return undefined;
  for (let i = a; i < b - 2; i++) {
    if (!isAnyWord(cx, i) || cx.q.of[i] >= 0) continue;
    const e = phraseEnd(cx, i, b);
    if (e < 0 || e >= b || !imperativePlace(cx, a, i)) continue;
    if (isAnyWord(cx, e) && lower(cx, e) === 'that') {
      if (clauseAfterThat(cx, e + 1, b)) return { a: i, b: e, clause: e + 1 };
    } else if (clauseAt(cx, e, b)) return { a: i, b: e, clause: e };
  }
  return undefined;
}
