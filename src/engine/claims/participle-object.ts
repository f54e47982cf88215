/**
 * Row speaker.subject.relative-name-object (lexicon/claims-39.ts), its participle half: "A super PAC
 * backing Harris said …" — a name right after a participle in -ing that follows the subject's head
 * noun is what the participle acts on, not the source, as a name after "seen by" is whoever saw it.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { RELATIVE_NAME_OBJECT } from '../lexicon/claims-39';
import { ADJUNCT_PREPOSITIONS } from '../lexicon/speaker-words';
import { DETERMINERS } from '../lexicon/words';
import { mentionAt, mentionEnd, startsMention, type CCtx } from './claim-context';

const { participleEnding, minLength } = RELATIVE_NAME_OBJECT.value;
const PREPOSITIONS: ReadonlySet<string> = new Set(ADJUNCT_PREPOSITIONS);

/**
 * The first token of a name inside [a, b) that a participle after the head noun takes as its
 * object ("PAC backing Harris"), or `b`. The word before the participle must be a noun: not an
 * article or other determiner ("the ruling Labour Party"), a possessive or a preposition.
 */
export function participleObjectAt(cx: CCtx, np: { a: number; b: number }): number {
  const { t } = cx;
  for (let i = np.a + 1; i + 1 < np.b; i++) {
    const w = lower(cx, i);
    if (t.kind[i] !== Kind.Word || t.flags[i] & Flag.Cap || w.length < minLength || !w.endsWith(participleEnding))
      continue;
    const h = lower(cx, i - 1);
    if (t.kind[i - 1] !== Kind.Word || DETERMINERS.has(h) || PREPOSITIONS.has(h)) continue;
    if (startsMention(cx, i + 1) && !personAfter(cx, mentionEnd(cx, i + 1, np.b), np.b)) return i + 1;
  }
  return np.b;
}

/**
 * A person named in [from, b): "Former ruling Conservative Party leader John Smith" — the name
 * after the participle is the party of the person the subject names, not an object (review, stop 49).
 */
function personAfter(cx: CCtx, from: number, b: number): boolean {
  for (let k = from; k < b; k++) {
    const m = mentionAt(cx, k);
    if (m && cx.entityById.get(m.entityId)?.type === 'person') return true;
  }
  return false;
}
