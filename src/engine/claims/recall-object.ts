/**
 * Row claim.recall.quantity-object (lexicon/claims-32b.ts): "Fenwood Dairies recalled 40,000 pots
 * of yoghurt" — "recall" with a number as its object takes goods back and says nothing. Read by
 * claims.ts beside `tellsThingOnly`.
 */
import { Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { isLowerWord } from '../detect/named-spans';
import { RECALL_QUANTITY_OBJECT } from '../lexicon/claims-32b';
import type { CCtx } from './claim-context';
import type { Cue } from './cues';

const FORMS: ReadonlySet<string> = new Set(RECALL_QUANTITY_OBJECT.value.forms);
const BEFORE: ReadonlySet<string> = new Set(RECALL_QUANTITY_OBJECT.value.before);

/** The one-word "recall" cue in sentence tokens [a, b) has a number as its object, past words of approximation. */
export function recallsQuantity(cx: CCtx, cue: Cue, b: number): boolean {
  if (cue.b !== cue.a + 1 || !FORMS.has(lower(cx, cue.a))) return false;
  let i = cue.b;
  while (i < b && i - cue.b < 3 && isLowerWord(cx, i) && BEFORE.has(lower(cx, i))) i++;
  return i < b && cx.t.kind[i] === Kind.Num;
}
