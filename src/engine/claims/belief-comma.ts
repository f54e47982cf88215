/**
 * Row cue.belief.comma-clause (lexicon/claims-30.ts): "And I was thinking, this is interesting" —
 * a thought reported after a comma, as speech is after "I was like,". The cue verb's own check
 * wants the clause right after it, so cues.ts asks here when a comma stands there instead.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { BELIEF_COMMA_CLAUSE, QUOTATIVE_LIKE } from '../lexicon/claims-30';
import { isComma, type CCtx } from './claim-context';

const FORMS: ReadonlySet<string> = new Set(BELIEF_COMMA_CLAUSE.value.forms);
const SUBJECTS: ReadonlySet<string> = new Set(BELIEF_COMMA_CLAUSE.value.subjects);
const BE: ReadonlySet<string> = new Set(BELIEF_COMMA_CLAUSE.value.be);
const OPENERS: ReadonlySet<string> = new Set(QUOTATIVE_LIKE.value.openers);
/** A subject pronoun with a contracted auxiliary ("it's" is split; "they'll", "I'd" are one word). */
const CONTRACTED_OPENER = /^(i|you|he|she|we|they|it|that|there)['’](m|re|ll|d|ve)$/;

/** The form of "think" at `i` (sentence tokens [a, b)) has its thought after a comma. */
export function beliefBeforeComma(cx: CCtx, a: number, i: number, b: number): boolean {
  if (!FORMS.has(lower(cx, i)) || i + 2 >= b || !isComma(cx, i + 1)) return false;
  let s = i - 1;
  // "I was thinking", "she's thinking": the subject stands before "be".
  if (lower(cx, i).endsWith('ing')) {
    if (s < a) return false;
    if (BE.has(lower(cx, s))) s--;
    else if (!/['’](m|re)$/.test(lower(cx, s))) return false;
  }
  if (s < a || cx.t.kind[s] !== Kind.Word || !SUBJECTS.has(lower(cx, s))) return false;
  const next = i + 2;
  if (cx.t.kind[next] !== Kind.Word) return false;
  const w = lower(cx, next);
  return OPENERS.has(w) || CONTRACTED_OPENER.test(w);
}
