/**
 * Row claim.content.relative-clause-ends (lexicon/claims-30.ts): "The senator, who said the law
 * was unfair, voted against it" — a cue inside a relative clause set off by commas reports up to
 * the clause's closing comma, where the main clause resumes with its own verb.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { RELATIVE_CONTENT_ENDS } from '../lexicon/claims-30';
import { RELATIVE_ENDS_OBJECT } from '../lexicon/claims-50';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import { IRREGULAR_PASTS } from '../lexicon/claims-38';
import { RELATIVE_ENDS_IRREGULAR } from '../lexicon/claims-51';
import { RELATIVE_ENDS_ADVERB } from '../lexicon/claims-52f';
import { isComma, type CCtx } from './claim-context';

const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_CONTENT_ENDS.value.relatives);
const ADVERBS: ReadonlySet<string> = new Set(RELATIVE_ENDS_ADVERB.value.adverbs);
const FINITE: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, 'says', 'said', 'did', 'does', 'do']);

/** A finite verb or a past form opens the main clause again at `i`. */
function mainVerbAt(cx: CCtx, i: number): boolean {
  if (cx.t.kind[i] !== Kind.Word || cx.t.flags[i] & Flag.Cap) return false;
  const w = lower(cx, i);
  // "The toll, which drivers said was too high, rose again" (row
  // claim.content.relative-clause-ends.irregular-past).
  return FINITE.has(w) || /^[a-z]{3,}ed$/.test(w) || (RELATIVE_ENDS_IRREGULAR.value && IRREGULAR_PASTS.has(w));
}

/**
 * The main clause resumes at `i` with one adverb before its verb: ", later resigned" (row
 * claim.content.relative-clause-ends.adverb-first).
 */
function adverbThenVerbAt(cx: CCtx, i: number, b: number): boolean {
  if (i + 1 >= b || cx.t.kind[i] !== Kind.Word || cx.t.flags[i] & Flag.Cap) return false;
  const w = lower(cx, i);
  return (ADVERBS.has(w) || /^[a-z]{3,}ly$/.test(w)) && mainVerbAt(cx, i + 1);
}

/**
 * The end of the content that starts at `from` for the cue starting at `cueA` in the sentence
 * [a, b): the closing comma of ", who said …," or `b` when the cue opens no such clause.
 */
export function relativeContentEnd(cx: CCtx, a: number, cueA: number, from: number, b: number): number {
  let rel = cueA - 1;
  // ", which lawyers said …,": the relative's own subject before the cue (row
  // claim.content.relative-clause-ends.object-relative).
  for (let k = cueA - 2; k > a && cueA - 1 - k <= RELATIVE_ENDS_OBJECT.value.subjectWords; k--) {
    if (RELATIVES.has(lower(cx, rel)) || cx.t.kind[k] !== Kind.Word) break;
    if (RELATIVES.has(lower(cx, k)) && lower(cx, k) !== 'who') rel = k;
  }
  if (rel - 1 < a || !RELATIVES.has(lower(cx, rel)) || !isComma(cx, rel - 1)) return b;
  for (let k = from + 1; k + 1 < b; k++) {
    if (cx.q.of[k] >= 0) continue;
    if (isComma(cx, k) && (mainVerbAt(cx, k + 1) || adverbThenVerbAt(cx, k + 1, b))) return k;
  }
  return b;
}
