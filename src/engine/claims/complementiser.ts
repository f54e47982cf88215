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
const FINITE: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
const COORDINATORS: ReadonlySet<string> = new Set(THAT_BEFORE_CLAUSE.value.coordinators);

/**
 * How many tokens after a cue verb its "that" may come ("told reporters outside the Congress
 * building in Valparaíso that …"). One window for both readers: when cues.ts accepted a "that" that
 * claims.ts's shorter window did not reach, the content began at the addressee.
 */
export const THAT_WINDOW = 8;

/**
 * How far past the cue a "that" may come after a chain of adjuncts ("wrote in an op-ed in The Arizona
 * Republic on Thursday that …", cues.ts `thatFollows`). Longer than THAT_WINDOW because past it the
 * "that" counts only when a preposition opens the chain and a name or a time closes it right before
 * the "that", which a relative "that" does not follow ("a report on the plan that was leaked").
 * Known gap: claims.ts's `skipThat` reads only THAT_WINDOW, so such a content starts at the chain
 * ("in an op-ed in The Arizona Republic on Thursday that Lake had …").
 */
export const ADJUNCT_CHAIN_WINDOW = 14;

/** The first "that" in tokens [from, min(b, from + THAT_WINDOW)) before the clause has begun, or -1. */
export function complementiserAt(cx: CCtx, from: number, b: number): number {
  for (let i = from; i < b && i < from + THAT_WINDOW; i++) {
    if (cx.t.kind[i] !== Kind.Word) continue;
    const w = lower(cx, i);
    if (w === 'that') return i === from || complementiserShape(cx, i, b) ? i : -1;
    if (OPENS_CLAUSE.has(w)) return -1;
  }
  return -1;
}

/**
 * A "that" past the cue's first word opens the reported clause unless it is a relative pronoun
 * ("vowed to veto a bill that would require …": a finite verb right after it) or the second of two
 * coordinated clauses ("pledged to lengthen runways but that work had not begun": the report began
 * before it).
 */
export function complementiserShape(cx: CCtx, i: number, b: number): boolean {
  if (i + 1 < b && cx.t.kind[i + 1] === Kind.Word && FINITE.has(lower(cx, i + 1))) return false;
  return !(cx.t.kind[i - 1] === Kind.Word && COORDINATORS.has(lower(cx, i - 1)));
}
