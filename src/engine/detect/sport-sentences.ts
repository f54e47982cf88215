/** How much of an article is about sport: the sports-report rows read whole-article evidence from this. */
import { Kind } from '../tokenize/tokenize';
import { lower, tokensOf, type Ctx } from '../context';
import { SPORT_WORDS } from '../lexicon/names';
import { BLIND_NEWS_ROWS_5 } from '../lexicon/blind-news-5';
import { rowNamed } from '../lexicon/rule-row';
import { EN_DASH, HYPHEN, formMarks, isPunctChar, onLine } from './named-spans';

/** A score in a sentence: "2-1", "by 40 runs". */
export const SCORE = /\b\d{1,3} ?[-–] ?\d{1,3}\b|\bby \d+ (?:runs?|wickets?|points?|goals?)\b/;

const DIGIT = /[0-9]/;

/** One sentence in this many about sport makes a whole article a sports report. */
export const SPORT_REPORT = 4;

/**
 * Each document's count, made once: half a dozen row modules ask whether the article is a sports
 * report, and each count reads every sentence without a sport word through SCORE.
 */
const COUNTS = new WeakMap<Ctx, number>();

/** Sentences with a sport word or a score (the same reading as sport.place-team's, without side words). */
export function sportSentenceCount(ctx: Ctx): number {
  let count = COUNTS.get(ctx);
  if (count === undefined) COUNTS.set(ctx, (count = countSportSentences(ctx)));
  return count;
}

function countSportSentences(ctx: Ctx): number {
  const { t, s } = ctx;
  // The sentences with a sport word first, from the words' own tokens; the score's regular
  // expression only reads the others.
  const withWord = new Uint8Array(s.count);
  const hits = tokensOf(ctx, formMarks(ctx, SPORT_WORDS));
  for (let x = 0; x < hits.length; x++) if (t.kind[hits[x]] === Kind.Word) withWord[s.of[hits[x]]] = 1;
  // A score has digits: only sentences with a token holding one are sliced for the expression
  // (every character but spaces is in some token, so no sentence with a score is skipped).
  const withDigit = new Uint8Array(s.count);
  const digitForms = new Uint8Array(ctx.forms.length);
  for (let f = 0; f < digitForms.length; f++) if (DIGIT.test(ctx.forms[f])) digitForms[f] = 1;
  const numbers = tokensOf(ctx, digitForms);
  for (let x = 0; x < numbers.length; x++) withDigit[s.of[numbers[x]]] = 1;
  let count = 0;
  for (let k = 0; k < s.count; k++)
    if (withWord[k] || (withDigit[k] && SCORE.test(ctx.text.slice(t.start[s.first[k]], t.end[s.last[k] - 1])))) count++;
  return count;
}

/**
 * Sentence `k` has a sport word or a score: the evidence of one sentence, for rows whose own words
 * are a strong sign already ("Rayo Vallecano beat …": a club prefix) and need no whole report.
 */
export function sentenceAboutSport(ctx: Ctx, k: number): boolean {
  return sentenceHasSportWord(ctx, k) || sentenceHasScore(ctx, k);
}

/**
 * Sentence `k` has a sport word ("goals", "striker"), other than at token `except` if given:
 * unlike a score, never a vote's count.
 */
export function sentenceHasSportWord(ctx: Ctx, k: number, except = -1): boolean {
  const { t, s } = ctx;
  for (let i = s.first[k]; i < s.last[k]; i++)
    if (i !== except && t.kind[i] === Kind.Word && SPORT_WORDS.has(lower(ctx, i))) return true;
  return false;
}

/** Sentence `k` holds a score ("24-17", "by 40 runs"): a result, not only a sport word. */
export function sentenceHasScore(ctx: Ctx, k: number): boolean {
  const { t, s } = ctx;
  return SCORE.test(ctx.text.slice(t.start[s.first[k]], t.end[s.last[k] - 1]));
}

/**
 * A score "2-1" (number, hyphen or en dash, number) written from token `a` on, spaces around the
 * dash allowed ("2 - 1"), its last number on the first's line (unlike blind-rules-15's scoreAt,
 * which wants the dash touching both numbers).
 */
export function scoreTokensAt(ctx: Ctx, a: number): boolean {
  const t = ctx.t;
  if (a + 2 >= t.count || t.kind[a] !== Kind.Num || t.kind[a + 2] !== Kind.Num) return false;
  return (isPunctChar(ctx, a + 1, HYPHEN) || isPunctChar(ctx, a + 1, EN_DASH)) && onLine(ctx, a + 2);
}

/** Sport fills at least one sentence in SPORT_REPORT (the reading the team rows share). */
export function isSportsReport(ctx: Ctx): boolean {
  const count = sportSentenceCount(ctx);
  return count >= 2 && count * SPORT_REPORT >= ctx.s.count;
}

const ELECTION_WORDS = new Set(rowNamed(BLIND_NEWS_ROWS_5, 'politics.election-words').value);
/** A sports report that names no election: where a town acting is its club, not its council. */
export function isSportsReportNamingNoElection(ctx: Ctx): boolean {
  return isSportsReport(ctx) && !tokensOf(ctx, formMarks(ctx, ELECTION_WORDS)).length;
}

/** Sentence `k` has a sport word or a score, and the text names no election (votes "45-43"). */
export function sentenceAboutSportNamingNoElection(ctx: Ctx, k: number): boolean {
  return sentenceAboutSport(ctx, k) && !tokensOf(ctx, formMarks(ctx, ELECTION_WORDS)).length;
}

/**
 * Each document's reading, made once for all the row groups that ask. Kept in a map rather than in
 * a field of the reading: a field written after its object was made turns from constant to mutable
 * in V8's eyes, and the optimised code of every row group that had read it as a constant was
 * thrown away in the second analysis (applyBlindNewsRows8, applyBlindNewsRows9,
 * applyLeftoverRows1: "code dependencies"), to be compiled again.
 */
const READINGS = new WeakMap<Ctx, boolean>();

/**
 * The sports-report reading of one document, made at most once and only when a rule asks: most
 * documents give no rule a candidate, so they never pay for the whole-article count.
 */
export class SportsReading {
  constructor(private readonly ctx: Ctx) {}
  get yes(): boolean {
    let yes = READINGS.get(this.ctx);
    if (yes === undefined) READINGS.set(this.ctx, (yes = isSportsReportNamingNoElection(this.ctx)));
    return yes;
  }
  /**
   * The document is already known to be no sports report (its reading or count was made for
   * another rule): a rule gated on `yes` may skip gathering its candidates. Never makes the count
   * itself, so a document no rule asks about still never pays for it.
   */
  get ruledOut(): boolean {
    const yes = READINGS.get(this.ctx);
    if (yes !== undefined) return !yes;
    return COUNTS.has(this.ctx) && !this.yes;
  }
}
