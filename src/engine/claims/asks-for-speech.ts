/**
 * Row claim.question.asks-for-speech (lexicon/claims-31b.ts): "What do you say to them?", "How do
 * you explain the delay?" — a question asking the person addressed for a statement makes none.
 * Read by claims.ts beside `tellsThingOnly`.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { QUESTION_ASKS_FOR_SPEECH } from '../lexicon/claims-31b';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import type { CCtx } from './claim-context';
import type { Cue } from './cues';

const WH: ReadonlySet<string> = new Set(QUESTION_ASKS_FOR_SPEECH.value.whWords);
const SUBJECTS: ReadonlySet<string> = new Set(QUESTION_ASKS_FOR_SPEECH.value.subjects);
/** Words that may stand before the question word ("So what do you say …?"). */
const OPENERS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'then', 'well']);
/** Words that show a clause after the cue: what the question asks about was said or held. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...FINITE_AUXILIARIES,
  ...QUESTION_ASKS_FOR_SPEECH.value.clauseSubjects,
]);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
const CONTRACTED = /['’](?:ve|s|re|ll|d|m)$/;

const charAt = (cx: CCtx, i: number) => cx.text.charCodeAt(cx.t.start[i]);

/**
 * Sentence tokens [a, b) are a question opening with a word for what is said, the cue's subject is
 * "you", and no clause follows the cue ("What do you think the impact will be?" keeps its claim).
 */
export function asksForSpeech(cx: CCtx, cue: Cue, a: number, b: number): boolean {
  if (cue.a - 1 < a || !SUBJECTS.has(lower(cx, cue.a - 1))) return false;
  let last = b - 1;
  // A question mark may stand just before the sentence's closing quotation mark.
  if (last > a && cx.t.kind[last] === Kind.Punct && charAt(cx, last) !== 63) last--;
  if (cx.t.kind[last] !== Kind.Punct || charAt(cx, last) !== 63) return false;
  let i = a;
  while (i < cue.a && cx.t.kind[i] !== Kind.Word) i++;
  if (i < cue.a && OPENERS.has(lower(cx, i))) i++;
  while (i < cue.a && cx.t.kind[i] !== Kind.Word) i++;
  if (i >= cue.a || !WH.has(lower(cx, i))) return false;
  for (let j = cue.b; j < last; j++) {
    if (cx.t.kind[j] !== Kind.Word) continue;
    const w = lower(cx, j);
    // "… to critics who call it a waste?": a relative clause belongs to the object, not the cue.
    if (RELATIVES.has(w)) break;
    if (w === 'that' || CLAUSE_WORDS.has(w) || CONTRACTED.test(w)) return false;
  }
  return true;
}
