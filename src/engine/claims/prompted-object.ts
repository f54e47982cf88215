/**
 * Row cue.infinitive.prompted-object (claims-43.ts): "The ruling prompted the union to warn that …"
 * — the object of a verb of causing before "to" and a cue is the cue's source.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import type { CCtx } from './claim-context';
import { PROMPTED_OBJECT } from '../lexicon/claims-43';
import type { NP } from './speaker';

const VERBS: ReadonlySet<string> = new Set(PROMPTED_OBJECT.value.verbs);

/**
 * The object between a verb of causing and the "to" at `to` (words only, at most maxObject, after
 * `a`), or undefined: "prompted [the union] to", "prompting [Sen. Ann Reyes] to".
 */
export function promptedObject(cx: CCtx, a: number, to: number): NP | undefined {
  if (to <= a || lower(cx, to) !== 'to') return undefined;
  for (let v = to - 2; v >= a && to - v - 1 <= PROMPTED_OBJECT.value.maxObject; v--) {
    const k = cx.t.kind[v];
    // "Sen." : a title's stop is inside the object.
    if (k === Kind.Punct && cx.text[cx.t.start[v]] === '.' && v > a && cx.t.kind[v - 1] === Kind.Word) continue;
    if (k !== Kind.Word || cx.q.of[v] >= 0) return undefined;
    if (VERBS.has(lower(cx, v))) return { a: v + 1, b: to };
  }
  return undefined;
}
