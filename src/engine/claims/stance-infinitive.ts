/**
 * Row cue.infinitive.stance (lexicon/claims-36b.ts): "is pleased to announce that …", "were able to
 * confirm that …", "might be tempted to suggest that …", "preferred to think that …". The frame
 * before "to" — a form of "be" (with modals or "have" before it), degree words and a stance word,
 * or a verb of preference — makes the infinitive the subject's report. cues.ts asks here when a
 * cue verb follows "to"; speaker.ts asks to pass over the frame to the subject before it.
 * Row cue.modal.can-confirm lives here too: "can" before a verb of stating is the same kind of
 * frame between a subject and its cue.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { CAN_CONFIRM, STANCE_INFINITIVE } from '../lexicon/claims-36b';
import type { CCtx } from './claim-context';

const { stances, preferences, be, contracted, auxiliaries, possibility, degrees } = STANCE_INFINITIVE.value;
const POSSIBILITY: ReadonlySet<string> = new Set(possibility);
const CONTRACTED: ReadonlySet<string> = new Set(contracted);
const STANCES: ReadonlySet<string> = new Set(stances);
const PREFERENCES: ReadonlySet<string> = new Set(preferences);
const BE: ReadonlySet<string> = new Set(be);
const AUXILIARIES: ReadonlySet<string> = new Set(auxiliaries);
const DEGREES: ReadonlySet<string> = new Set(degrees);

const wordAt = (cx: CCtx, j: number, first: number): string =>
  j >= first && cx.t.kind[j] === Kind.Word ? lower(cx, j) : '';

/**
 * The first token of a stance frame ending right before the "to" at `to`, or -1 when the words
 * before "to" are no such frame. A negation anywhere in it ("was not able", "wasn't prepared")
 * stands where the frame expects "be" or a degree word, so it is no frame.
 */
export function stanceFrameStart(cx: CCtx, to: number, first: number): number {
  if (wordAt(cx, to, first) !== 'to') return -1;
  let j = to - 1;
  const head = wordAt(cx, j, first);
  if (PREFERENCES.has(head)) return j;
  // "realistic enough to realize": any adjective before "enough".
  if (head === 'enough' && wordAt(cx, j - 1, first) !== '') j--;
  else if (!STANCES.has(head)) return -1;
  j--;
  while (DEGREES.has(wordAt(cx, j, first)) || /^[a-z]+ly$/.test(wordAt(cx, j, first))) j--;
  // "I'm pleased to announce": the word is the subject too, so the frame starts after it.
  if (CONTRACTED.has(wordAt(cx, j, first).replace('’', "'"))) return j + 1;
  if (!BE.has(wordAt(cx, j, first))) return -1;
  while (AUXILIARIES.has(wordAt(cx, j - 1, first))) j--;
  // "might be tempted to suggest that": a possibility (as row guard.possibility-modal reads it).
  return POSSIBILITY.has(wordAt(cx, j - 1, first)) ? -1 : j;
}

const CAN = CAN_CONFIRM.value;
const CAN_VERBS: ReadonlySet<string> = new Set(CAN.verbs);
const NEED_HEARER: ReadonlySet<string> = new Set(CAN.needHearer);

/**
 * Row cue.modal.can-confirm: the "can" at `can` stands before a verb of stating whose "that"
 * clause follows within a few words ("can confirm that", "can report to the House that", "can tell
 * you that"), so the subject before "can" is the speaker.
 */
export function canConfirmAt(cx: CCtx, can: number): boolean {
  const n = cx.t.count;
  if (can + 2 >= n || lower(cx, can) !== CAN.modal) return false;
  const verb = wordAt(cx, can + 1, 0);
  if (!CAN_VERBS.has(verb)) return false;
  const from = can + 2;
  for (let j = from; j < n && j <= from + CAN.maxBetween; j++) {
    if (cx.t.kind[j] !== Kind.Word) return false;
    if (lower(cx, j) === 'that') return j > from || !NEED_HEARER.has(verb);
  }
  return false;
}
