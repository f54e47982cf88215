/**
 * Quotatives of speech (rows cue.quotative.be-like and cue.quotative.go, lexicon/claims-30.ts):
 * "I was like, I'll call you", "She's like, 'leave me alone'", 'Nonna goes "What do you think?"'.
 * Neither "like" nor "go" is a cue verb, so cues.ts asks here when it meets one. The cue runs
 * from the form of "be" (and the modal before it) to "like", so the subject stands right before
 * it, where the speaker is looked for.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { QUOTATIVE_GO, QUOTATIVE_LIKE } from '../lexicon/claims-30';
import { SUBJECT_PRONOUN_WORDS } from '../lexicon/claim-words';
import { isComma, type CCtx } from './claim-context';
import { QRole } from './quotes';

const LIKE = QUOTATIVE_LIKE.value;
const BE: ReadonlySet<string> = new Set(LIKE.be);
const BETWEEN: ReadonlySet<string> = new Set(LIKE.between);
const BEFORE_BE: ReadonlySet<string> = new Set(LIKE.beforeBe);
const NOT_SUBJECTS: ReadonlySet<string> = new Set(LIKE.notSubjects);
const OPENERS: ReadonlySet<string> = new Set(LIKE.openers);
const GO_FORMS: ReadonlySet<string> = new Set(QUOTATIVE_GO.value.forms);
/** "I'm", "they're", "you're", "we're": a subject pronoun carrying "be". */
const CONTRACTED_BE = /^(i|you|we|they)['’](m|re)$/;
/** A subject pronoun with a contracted auxiliary ("she'll", "I'd"), an opener of speech. */
const CONTRACTED_OPENER = /^(i|you|he|she|we|they|it|that|there)['’](m|re|ll|d|ve|s)$/;
/** The subject pronouns that can speak: all of speaker.subject-pronoun's but "it". */
const SPEAKING_PRONOUNS: ReadonlySet<string> = new Set(SUBJECT_PRONOUN_WORDS.value.pronouns.filter((p) => p !== 'it'));

export interface QuotativeCue {
  /** First token of the cue ("was" of "was like", "goes"). */
  a: number;
  /** One past its last token. */
  b: number;
  why: string;
}

/** A quotation opens at `i` with enough in it to be speech, not a scare quote or a title. */
function speechQuote(cx: CCtx, i: number, b: number, minWords: number): boolean {
  if (i >= b || cx.q.role[i] !== QRole.Open) return false;
  let words = 0;
  for (let k = i + 1; k < b && cx.q.role[k] !== QRole.Close; k++) {
    if (cx.t.kind[k] === Kind.Word || cx.t.kind[k] === Kind.Num) words++;
    // A sentence mark of its own inside: "hey!", "Yep, that's a bear".
    else if (cx.t.kind[k] === Kind.Punct && /[,.!?…]/.test(cx.text[cx.t.start[k]])) return words > 0;
  }
  return words >= minWords;
}

/** What follows the quotative at `after` is speech: a quotation, or a comma and an opener of speech. */
function speechAfter(cx: CCtx, after: number, b: number, minWords: number): boolean {
  let k = after;
  const comma = k < b && (isComma(cx, k) || cx.text[cx.t.start[k]] === ':');
  if (comma) k++;
  if (speechQuote(cx, k, b, minWords)) return true;
  if (!comma || k >= b || cx.t.kind[k] !== Kind.Word) return false;
  const w = lower(cx, k);
  return OPENERS.has(w) || CONTRACTED_OPENER.test(w);
}

/** A subject that may speak: not "it", "that", "there", "which" …, nor the end of a clause. */
function speakingSubject(cx: CCtx, s: number, a: number): boolean {
  if (s < a) return false;
  if (cx.t.kind[s] !== Kind.Word) return false;
  const w = lower(cx, s);
  return !NOT_SUBJECTS.has(w) && !/^(it|that|there|what)['’]/.test(w);
}

/** "be like" at `i` ("like"), in sentence tokens [a, b). */
function beLike(cx: CCtx, a: number, i: number, b: number): QuotativeCue | undefined {
  let p = i - 1;
  while (p > a && i - p <= 3 && BETWEEN.has(lower(cx, p))) p--;
  if (p < a) return undefined;
  const be = lower(cx, p);
  let start: number;
  if (CONTRACTED_BE.test(be)) start = p + 1;
  else if (BE.has(be)) {
    start = p;
    // "would just be like": the modal and adverbs before "be" belong to the cue.
    if (be === 'be') while (start - 1 > a && BEFORE_BE.has(lower(cx, start - 1))) start--;
    // "seem to be like" and the like: an infinitive is left.
    if (be === 'be' && start === p) return undefined;
    // "and was like": a coordinated verb shares the sentence's subject (speaker.ts finds it).
    const s = start - 1;
    if (!(s >= a && /^(and|but|so)$/.test(lower(cx, s))) && !speakingSubject(cx, s, a)) return undefined;
  } else return undefined;
  if (!speechAfter(cx, i + 1, b, 2)) return undefined;
  return { a: start, b: i + 1, why: QUOTATIVE_LIKE.id };
}

/** "goes", "go" at `i` before speech, in sentence tokens [a, b). */
function goQuotative(cx: CCtx, a: number, i: number, b: number): QuotativeCue | undefined {
  const min = QUOTATIVE_GO.value.minQuoteWords;
  if (speechQuote(cx, i + 1, b, min) || (isComma(cx, i + 1) && speechQuote(cx, i + 2, b, min)))
    return { a: i, b: i + 1, why: QUOTATIVE_GO.id };
  // After a comma only with a pronoun or a name right before: "And she goes, no …".
  if (i <= a || !isComma(cx, i + 1)) return undefined;
  const s = i - 1;
  const subject = SPEAKING_PRONOUNS.has(lower(cx, s)) || (cx.t.flags[s] & Flag.Cap) !== 0;
  if (!subject || cx.t.kind[s] !== Kind.Word || !speechAfter(cx, i + 1, b, min)) return undefined;
  return { a: i, b: i + 1, why: QUOTATIVE_GO.id };
}

/** The quotative cue at token `i` ("like" or a form of "go"), if it introduces speech. */
export function quotativeCue(cx: CCtx, a: number, i: number, b: number): QuotativeCue | undefined {
  const w = lower(cx, i);
  if (w === 'like') return beLike(cx, a, i, b);
  if (GO_FORMS.has(w)) return goQuotative(cx, a, i, b);
  return undefined;
}
