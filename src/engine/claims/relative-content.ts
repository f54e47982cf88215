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
import { RELATIVE_NO_COMMA } from '../lexicon/claims-54f';
import { isComma, type CCtx } from './claim-context';

const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_CONTENT_ENDS.value.relatives);
const BARE_RELATIVES: ReadonlySet<string> = new Set(RELATIVE_NO_COMMA.value.relatives);
const CLAUSE_LINKS: ReadonlySet<string> = new Set(RELATIVE_NO_COMMA.value.clauseLinks);
const AUXILIARY: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
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
  // "A scheme that residents say damages their homes was approved": no commas (row
  // claim.content.relative-clause-ends.no-comma-folds).
  if (!RELATIVES.has(lower(cx, rel)) || (rel - 1 >= a && !isComma(cx, rel - 1))) {
    for (let k = cueA - 1; k > a && cueA - 1 - k <= RELATIVE_ENDS_OBJECT.value.subjectWords; k--)
      if (BARE_RELATIVES.has(lower(cx, k)) && !isComma(cx, k - 1))
        return innerSubject(cx, k, cueA) ? subjectRelativeEnd(cx, a, k, k < cueA - 1 && from === cueA + 1, from, b) : b;
  }
  if (rel - 1 < a || !RELATIVES.has(lower(cx, rel)) || !isComma(cx, rel - 1)) return b;
  for (let k = from + 1; k + 1 < b; k++) {
    if (cx.q.of[k] >= 0) continue;
    if (isComma(cx, k) && (mainVerbAt(cx, k + 1) || adverbThenVerbAt(cx, k + 1, b))) return k;
  }
  return b;
}

/**
 * Row claim.content.relative-clause-ends.no-comma-folds: the words between the relative at `rel`
 * and the cue at `cueA` are the relative's own subject ("that residents say", "that the local
 * residents say"), or none ("who said"): no verb opens them and no determiner stands past their
 * first word ("who use the school say", "who reported the smell said" are the subject's own
 * clause, and the cue is the main verb).
 */
function innerSubject(cx: CCtx, rel: number, cueA: number): boolean {
  if (rel === cueA - 1) return true;
  if (lower(cx, rel) === 'who') return false;
  const first = lower(cx, rel + 1);
  if (AUXILIARY.has(first) || /^[a-z]{3,}ed$/.test(first)) return false;
  // "A group that supports Trump said": a name past the first word is the relative's object.
  for (let k = rel + 2; k < cueA; k++)
    if (/^(the|a|an|his|her|its|their|this|that)$/.test(lower(cx, k)) || cx.t.flags[k] & Flag.Cap) return false;
  return true;
}

/**
 * Row claim.content.relative-clause-ends.no-comma-folds: the relative at `rel` (no comma before
 * it) follows the sentence's opening noun phrase [a, rel) of words with no verb; the content from
 * `from` ends before the main clause's finite auxiliary, the first after the content's own verb
 * (`opensWithVerb`: the cue's object relative, "that residents say damages …"; a content opening
 * with its subject has a finite verb of its own first). `b` when none, or when the
 * content links a clause of its own first ("that", "and", a comma).
 */
function subjectRelativeEnd(cx: CCtx, a: number, rel: number, opensWithVerb: boolean, from: number, b: number): number {
  const { kind, flags } = cx.t;
  if (!BARE_RELATIVES.has(lower(cx, rel)) || rel - a > RELATIVE_NO_COMMA.value.maxSubject || rel === a) return b;
  for (let k = a; k < rel; k++) {
    const w = lower(cx, k);
    if (kind[k] !== Kind.Word || AUXILIARY.has(w) || /^[a-z]{3,}ed$/.test(w) || BARE_RELATIVES.has(w)) return b;
  }
  // A content that opens with its verb ("damages their homes", "would cost $4m") has its verb.
  let verb = opensWithVerb;
  for (let k = from + 1; k < b; k++) {
    if (cx.q.of[k] >= 0 || (kind[k] === Kind.Punct && /^[,;:(—–-]/.test(cx.text[cx.t.start[k]]))) return b;
    const w = lower(cx, k);
    if (CLAUSE_LINKS.has(w)) return b;
    if (kind[k] !== Kind.Word || flags[k] & Flag.Cap || !AUXILIARY.has(w)) continue;
    const p = lower(cx, k - 1);
    if (AUXILIARY.has(p) || p === 'not' || p === 'to' || /ly$/.test(p)) continue;
    if (verb) return k;
    verb = true;
  }
  return b;
}
