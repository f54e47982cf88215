/**
 * claims62's claim rows (lexicon/claims-52.ts) that read where a claim and its content lie.
 */
import { lower } from '../context';
import { Kind } from '../tokenize/tokenize';
import { ADDRESSEE_CLAUSE_AFTER, SECOND_AFTER_OBJECT } from '../lexicon/claims-52';
import type { CCtx } from './claim-context';

/**
 * Row claim.tail.addressee-only.clause-past-addressee: the content was found past the one told
 * (`after` beyond the cue's end `cueEnd`: "told reporters the decision was final"), so what
 * follows a verb of telling is no addressee alone.
 */
export function clausePastAddressee(cueEnd: number, after: number): boolean {
  return ADDRESSEE_CLAUSE_AFTER.value && after > cueEnd;
}

/**
 * Row claim.second-cue.coordinated.after-object: tokens [a, b) between a cue and the conjunction
 * are a short plain object: words only, none a quotation, "that" or a finite verb cue of its own.
 */
export function plainObject(cx: CCtx, a: number, b: number): boolean {
  if (b <= a || b - a > SECOND_AFTER_OBJECT.value.maxObject) return false;
  for (let i = a; i < b; i++)
    if (cx.t.kind[i] !== Kind.Word || cx.q.of[i] >= 0 || lower(cx, i) === 'that') return false;
  return true;
}
