/**
 * Row cue.infinitive.prompted-object (claims-43.ts): "The ruling prompted the union to warn that …"
 * — the object of a verb of causing before "to" and a cue is the cue's source.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { pastInEd, type CCtx } from './claim-context';
import { DETERMINERS } from '../lexicon/words';
import { PROMPTED_OBJECT } from '../lexicon/claims-43';
import { PROMPTED_CLAUSE_STOP } from '../lexicon/claims-44';
import { isIrregularPast } from './verb-forms';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import type { NP } from './speaker';

const VERBS: ReadonlySet<string> = new Set([...PROMPTED_OBJECT.value.verbs, ...PROMPTED_CLAUSE_STOP.value.verbs]);
const STOPS: ReadonlySet<string> = new Set([...PROMPTED_CLAUSE_STOP.value.stops, ...FINITE_AUXILIARIES]);

/**
 * Token `v`, right before "to", is the finite verb "to" depends on ("declined to", "refused to",
 * "agreed to"), not the object's head ("Mohammed", "the accused"; row
 * cue.infinitive.prompted-object.clause-stop).
 */
function verbBeforeTo(cx: CCtx, v: number): boolean {
  return pastInEd(cx, v) || isIrregularPast(lower(cx, v));
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * Token `k` opens a noun phrase, so an "and" or "or" before it joins objects ("unions and
 * employers", "the mayor and her deputy", "customers and Reyes"): a determiner, a capital, or a
 * plural in -s that is no auxiliary.
 */
function nounPhraseAt(cx: CCtx, k: number): boolean {
  if (cx.t.kind[k] !== Kind.Word) return false;
  const w = lower(cx, k);
  if (DETERMINERS.has(w) || /^[A-Z]/.test(cx.text[cx.t.start[k]])) return true;
  return /[^s]s$/.test(w) && w.length > 3 && !STOPS.has(w);
}

/**
 * The object between a verb of causing and the "to" at `to` (words only, at most maxObject, after
 * `a`), or undefined: "prompted [the union] to", "prompting [Sen. Ann Reyes] to". The walk back
 * stops at a relative pronoun, a conjunction (not "and" or "or" before a noun phrase: "unions and
 * employers"), an auxiliary or a past verb right before "to" ("Officials who forced the vote
 * declined to …": row cue.infinitive.prompted-object.clause-stop).
 */
export function promptedObject(cx: CCtx, a: number, to: number): NP | undefined {
  if (to <= a || lower(cx, to) !== 'to') return undefined;
  if (to - 1 >= a && cx.t.kind[to - 1] === Kind.Word && (verbBeforeTo(cx, to - 1) || STOPS.has(lower(cx, to - 1))))
    return undefined;
  for (let v = to - 2; v >= a && to - v - 1 <= PROMPTED_OBJECT.value.maxObject; v--) {
    const k = cx.t.kind[v];
    // "Sen." : a title's stop is inside the object.
    if (k === Kind.Punct && cx.text[cx.t.start[v]] === '.' && v > a && cx.t.kind[v - 1] === Kind.Word) continue;
    if (k !== Kind.Word || cx.q.of[v] >= 0) return undefined;
    const w = lower(cx, v);
    // "the Saudi-led coalition": a verb joined to the word before it is an adjective.
    if (VERBS.has(w) && !(v > 0 && cx.t.end[v - 1] === cx.t.start[v])) return { a: v + 1, b: to };
    // "unions and employers": "and" or "or" before a noun phrase joins objects.
    if (COORDINATORS.has(w) && v + 1 < to && nounPhraseAt(cx, v + 1)) continue;
    if (STOPS.has(w)) return undefined;
  }
  return undefined;
}
