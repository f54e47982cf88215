/**
 * Row guard.counted-object.quantifier (lexicon/claims-36b.ts): "Employers added fewer jobs than
 * expected" — "add" with a quantifier opening its object is arithmetic. cues.ts asks here beside
 * guard.counted-object (numbers and "a/another").
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { ADD_QUANTITY } from '../lexicon/claims-36b';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import type { CCtx } from './claim-context';

const { quantifiers, reach } = ADD_QUANTITY.value;
const QUANTIFIERS: ReadonlySet<string> = new Set(quantifiers);
const AUXILIARIES: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);

/** The form of "add" at `i` (sentence end `b`) takes an amount: a quantifier and no clause's verb after it. */
export function addsQuantity(cx: CCtx, i: number, b: number): boolean {
  const q = i + 1;
  if (q + 1 >= b || cx.t.kind[q] !== Kind.Word || !QUANTIFIERS.has(lower(cx, q))) return false;
  // "added further that …", "added, further, …": what follows is said.
  if (cx.t.kind[q + 1] === Kind.Punct || lower(cx, q + 1) === 'that') return false;
  // "added more needed to be done", "added more people would come": a clause whose subject it opens.
  if (cx.t.kind[q + 1] === Kind.Word && /ed$/.test(lower(cx, q + 1))) return false;
  for (let j = q + 1; j < b && j <= q + reach; j++) if (AUXILIARIES.has(lower(cx, j))) return false;
  return true;
}
