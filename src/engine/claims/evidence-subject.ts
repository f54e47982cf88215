/**
 * Row speaker.subject.evidence-seen-by (lexicon/claims-30.ts): "Documents seen by Reuters show …".
 * The subject search of claims.ts stops at "by", so a record named by who has seen it had no
 * source; this reads the opening phrase whole when the cue is evidence-shows.
 * claims30b's speaker.subject.seen-by (speaker.ts) lets the subject search itself pass "by" after
 * the participles of SEEN_BY ("seen", "obtained", "reviewed", "viewed"), so those sentences never
 * reach this row; it still takes the other participles of obtaining a record ("released",
 * "compiled", "leaked" …), which SEEN_BY does not list.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { EVIDENCE_SHOWS } from '../lexicon/claims-29';
import { EVIDENCE_SEEN_BY } from '../lexicon/claims-30';
import type { CCtx } from './claim-context';

const SUBJECTS: ReadonlySet<string> = new Set(EVIDENCE_SHOWS.value.subjects);
const PARTICIPLES: ReadonlySet<string> = new Set(EVIDENCE_SEEN_BY.value.participles);

/**
 * The phrase [a, cueA) when it is a record, a participle of obtaining or reading it, "by" and
 * an agent: its first token, or -1.
 */
export function evidenceSeenBy(cx: CCtx, a: number, cueA: number): number {
  if (cueA - a > EVIDENCE_SEEN_BY.value.maxWords) return -1;
  for (let j = a; j < cueA; j++) if (cx.t.kind[j] === Kind.Punct || cx.q.of[j] >= 0) return -1;
  // The record within the first three words ("Court records", "Internal emails"), then its participle and "by".
  for (let j = a; j < a + 3 && j + 3 < cueA; j++)
    if (SUBJECTS.has(lower(cx, j)) && PARTICIPLES.has(lower(cx, j + 1)) && lower(cx, j + 2) === 'by') return a;
  return -1;
}
