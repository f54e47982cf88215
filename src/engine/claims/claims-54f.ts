/**
 * claims64f's claim rows (lexicon/claims-54f.ts) that read where a cue reports a clause.
 */
import { lower } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import { DIRECT_THAT_CLAUSE, PASSIVE_TOLD_HEARING } from '../lexicon/claims-54f';
import type { CCtx } from './claim-context';
import { complementiserAt } from './complementiser';

const NAME_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  ...FINITE_AUXILIARIES,
  ...DIRECT_THAT_CLAUSE.value.subjunctive,
]);
const TO_VERBS: ReadonlySet<string> = new Set(DIRECT_THAT_CLAUSE.value.toVerbs);
const AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are']);

/**
 * Row cue.verb.direct-that.clause-shown-folds: the "that" after the cue at `i` (sentence ends at
 * `b`) opens a clause, not a noun phrase ("directed that Tom Hanks film") nor a relative clause on
 * the one told ("instructed the lawyers that she had hired to sue").
 */
export function directThatClause(cx: CCtx, i: number, b: number): boolean {
  const t = complementiserAt(cx, i + 1, b);
  if (t < 0 || t + 1 >= b) return true;
  const { kind, flags } = cx.t;
  const n = t + 1;
  // A name or a number after "that": a verb must follow it for it to be a clause's subject.
  const opensWithName =
    (kind[n] === Kind.Word &&
      flags[n] & Flag.Cap &&
      !/^(the|a|an|this|these|those|his|her|its|their|our|my|your|we|i|you|he|she|they|it|there)$/.test(
        lower(cx, n),
      )) ||
    kind[n] === Kind.Num;
  if (opensWithName) {
    let k = n;
    while (k < b && ((kind[k] === Kind.Word && flags[k] & Flag.Cap) || kind[k] === Kind.Num || lower(cx, k) === '.'))
      k++;
    if (k >= b) return false;
    // "that Mr Askew's case be heard": a possessive goes on into the subject.
    if (/^['’]s?$/.test(lower(cx, k))) return true;
    const w = lower(cx, k);
    return kind[k] === Kind.Word && (NAME_CLAUSE_VERBS.has(w) || /ed$/.test(w));
  }
  // "the lawyers that she had hired to sue": a relative clause whose verb's object is the one told.
  if (t > i + 1) {
    let k = n + 1;
    if (k < b && AUXILIARIES.has(lower(cx, k))) k++;
    const v = lower(cx, k);
    if (k + 2 < b && /ed$/.test(v) && !TO_VERBS.has(v) && lower(cx, k + 1) === 'to' && kind[k + 2] === Kind.Word)
      return false;
  }
  return true;
}

const HEARINGS: ReadonlySet<string> = new Set(PASSIVE_TOLD_HEARING.value.hearings);
/**
 * Row cue.passive.told-hearing-folds: the "was"/"were" at `be` (sentence [a, b)) has "told that"
 * after it and, as its subject, a court's hearers opening the sentence ("The jury", "Jurors", "The
 * inquest", "Magistrates").
 */
export function toldHearing(cx: CCtx, a: number, be: number, b: number): boolean {
  if (be + 2 >= b || lower(cx, be + 2) !== 'that' || be - a < 1 || be - a > PASSIVE_TOLD_HEARING.value.maxSubject)
    return false;
  for (let k = a; k < be; k++) if (cx.t.kind[k] !== Kind.Word) return false;
  return HEARINGS.has(lower(cx, be - 1));
}
