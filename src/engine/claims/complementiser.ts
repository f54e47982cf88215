/**
 * Which "that" after a cue is its complementiser (row claim.content.that-before-clause): the first
 * one among the few words after the verb, as long as the clause has not begun before it — no
 * subject pronoun and no finite auxiliary between ("told reporters on Monday that …", not "said it
 * had raised twice that amount"). cues.ts asks it whether a clause follows; claims.ts where the
 * content starts.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { THAT_BEFORE_CLAUSE } from '../lexicon/claims-29';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import type { CCtx } from './claim-context';

const OPENS_CLAUSE: ReadonlySet<string> = new Set([...THAT_BEFORE_CLAUSE.value.subjects, ...FINITE_AUXILIARIES]);

/** The first "that" in tokens [from, min(b, from + window)) before the clause has begun, or -1. */
export function complementiserAt(cx: CCtx, from: number, b: number, window: number): number {
  for (let i = from; i < b && i < from + window; i++) {
    if (cx.t.kind[i] !== Kind.Word) continue;
    const w = lower(cx, i);
    if (w === 'that') return i;
    if (OPENS_CLAUSE.has(w)) return -1;
  }
  return -1;
}
