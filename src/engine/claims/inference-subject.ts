/**
 * Row guard.inference-without-source (lexicon/claims-38.ts): "This suggests that …", "…, which
 * means that …" — a verb of showing or meaning whose subject is only a demonstrative opening the
 * sentence, or a "which" after a comma, is the writer's inference, not a report.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { INFERENCE_WITHOUT_SOURCE } from '../lexicon/claims-38';
import { ADVERBS_BETWEEN_SET, DOCUMENT_SAYING_SET } from '../lexicon/claim-cues';
import { isComma, type CCtx } from './claim-context';

const VERBS: ReadonlySet<string> = new Set(INFERENCE_WITHOUT_SOURCE.value.verbs);
const SUBJECTS: ReadonlySet<string> = new Set(INFERENCE_WITHOUT_SOURCE.value.subjects);

/** The one-word cue at `cueA` of the sentence opening at `a` has no source but the clause before. */
export function inferenceWithoutSource(cx: CCtx, a: number, cueA: number, cueB: number): boolean {
  if (cueB - cueA !== 1 || !VERBS.has(lower(cx, cueA))) return false;
  let s = cueA - 1;
  // "This also suggests", "which clearly means": adverbs between the subject and the verb.
  while (s > a && cx.t.kind[s] === Kind.Word && (ADVERBS_BETWEEN_SET.has(lower(cx, s)) || lower(cx, s).endsWith('ly')))
    s--;
  if (s < a || cx.t.kind[s] !== Kind.Word || cx.q.of[s] >= 0 || !SUBJECTS.has(lower(cx, s))) return false;
  if (lower(cx, s) !== 'which') return s === a;
  // "the Commerce Department data, which showed that …": data or a document before the comma is
  // the source, as in "The data show that …" (review, stop 48).
  return s > a && isComma(cx, s - 1) && !(s > a + 1 && EVIDENCE_NOUNS.has(lower(cx, s - 2)));
}

/** Nouns for what a source issues or measures: before ", which shows that" they speak. */
const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  ...DOCUMENT_SAYING_SET,
  ...['data', 'figures', 'poll', 'polls', 'survey', 'study', 'report', 'minutes', 'tally', 'filing', 'records'],
]);
