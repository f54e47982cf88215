/**
 * Row guard.participle.admitted-to-care (lexicon/claims-46.ts): "children admitted to hospital" —
 * "admitted to" a place of care or study is taken in, not a confession.
 */
import { lower } from '../context';
import { ADMITTED_TO_CARE } from '../lexicon/claims-46';
import type { CCtx } from './claim-context';

const FORMS: ReadonlySet<string> = new Set(ADMITTED_TO_CARE.value.forms);
const PLACES: ReadonlySet<string> = new Set(ADMITTED_TO_CARE.value.places);
const DETERMINERS: ReadonlySet<string> = new Set(ADMITTED_TO_CARE.value.determiners);

/** Cue token `i` is "admitted to" (an article) and a place of care or study, before `b`. */
export function admittedToCare(cx: CCtx, i: number, b: number): boolean {
  if (!FORMS.has(lower(cx, i)) || i + 2 >= b || lower(cx, i + 1) !== 'to') return false;
  let j = i + 2;
  if (DETERMINERS.has(lower(cx, j)) && j + 1 < b) j++;
  if (!PLACES.has(lower(cx, j))) return false;
  // "admitted to school officials that he had been drinking": a "that" after the place word
  // opens what was confessed, and the place word only modified a noun (review, stop 56).
  for (let k = j + 1; k < b && k <= j + THAT_WINDOW; k++) if (lower(cx, k) === 'that') return false;
  return true;
}
/** Words after the place word in which a "that" makes the verb a confession again. */
const THAT_WINDOW = 6;
