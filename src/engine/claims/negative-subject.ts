/**
 * Row claim.negated-cue.negative-subject (lexicon/claims-46.ts): "Neither government would say
 * whether talks had resumed." — a verb of saying or disclosing whose subject is "neither", "none",
 * "nobody", "no one" or "no" and a noun reports that nothing was said.
 */
import { lower } from '../context';
import { Kind } from '../tokenize/tokenize';
import { NEGATIVE_SUBJECT } from '../lexicon/claims-46';
import type { CCtx } from './claim-context';

const OPENERS: ReadonlySet<string> = new Set(NEGATIVE_SUBJECT.value.openers);
const VERBS: ReadonlySet<string> = new Set(NEGATIVE_SUBJECT.value.verbForms);

/** The subject [a, b) opens with a negative quantifier and cue token `cue` is a verb of saying or disclosing. */
export function negativeSubjectSaysNothing(cx: CCtx, a: number, b: number, cue: number): boolean {
  if (!NEGATIVE_SUBJECT.value.on || !VERBS.has(lower(cx, cue))) return false;
  const w = lower(cx, a);
  if (OPENERS.has(w)) return true;
  // "No one", "No official", "No spokesman": "no" before a word of the subject (not "No. 10"),
  // within the subject or just before it (the subject of "No official would …" is "official").
  if (w === 'no') return a + 1 < b && cx.t.kind[a + 1] === Kind.Word;
  return a > 0 && lower(cx, a - 1) === 'no' && cx.t.kind[a] === Kind.Word && cx.t.end[a - 1] < cx.t.start[a];
}
