/**
 * claims62's claim rows (lexicon/claims-52.ts) that read where a claim and its content lie.
 */
import { lower } from '../context';
import { Flag, Kind } from '../tokenize/tokenize';
import { NAME_AFTER_COMMA, SECOND_AFTER_OBJECT } from '../lexicon/claims-52';
import { SECOND_AFTER_FIGURES } from '../lexicon/claims-53f';
import type { CCtx } from './claim-context';

/**
 * Row claim.second-cue.coordinated.after-object: tokens [a, b) between a cue and the conjunction
 * are a short plain object: words only, none a quotation, "that" or a finite verb cue of its own.
 */
export function plainObject(cx: CCtx, a: number, b: number): boolean {
  // "confirmed 43 cases on Monday, and warned …": a figure in the object, a comma before the
  // conjunction (row claim.second-cue.coordinated.after-object.figures-folds).
  if (SECOND_AFTER_FIGURES.value && b - 1 > a && cx.t.kind[b - 1] === Kind.Punct && cx.text[cx.t.start[b - 1]] === ',')
    b--;
  if (b <= a || b - a > SECOND_AFTER_OBJECT.value.maxObject) return false;
  for (let i = a; i < b; i++) {
    const k = cx.t.kind[i];
    if (k !== Kind.Word && !(SECOND_AFTER_FIGURES.value && k === Kind.Num)) return false;
    if (cx.q.of[i] >= 0 || lower(cx, i) === 'that') return false;
  }
  return true;
}

/**
 * Row speaker.according-to.name-after-comma: tokens [i, end) are one to `maxWords` capitalised
 * words outside quotation marks, not a pronoun or an article, running to the sentence's end:
 * that name; undefined otherwise.
 */
export function capitalisedToEnd(cx: CCtx, i: number, end: number): { a: number; b: number } | undefined {
  if (!NAME_AFTER_COMMA.value.maxWords || end <= i || end - i > NAME_AFTER_COMMA.value.maxWords) return undefined;
  for (let k = i; k < end; k++)
    if (cx.t.kind[k] !== Kind.Word || !(cx.t.flags[k] & Flag.Cap) || cx.q.of[k] >= 0) return undefined;
  if (/^(the|a|an|he|she|it|they|we|i)$/.test(lower(cx, i))) return undefined;
  return { a: i, b: end };
}
