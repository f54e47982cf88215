/**
 * Which "that" after a cue is its complementiser (row claim.content.that-before-clause): the first
 * one among the few words after the verb, as long as the clause has not begun before it — no
 * subject pronoun and no finite auxiliary between ("told reporters on Monday that …", not "said it
 * had raised twice that amount"). cues.ts asks it whether a clause follows; claims.ts where the
 * content starts.
 */
import { Flag, Kind } from '../tokenize/tokenize';
import { lower } from '../context';
import { THAT_BEFORE_CLAUSE } from '../lexicon/claims-29';
import { FINITE_AUXILIARIES } from '../lexicon/verb-forms';
import { isComma, startsMention, wordEnd, type CCtx } from './claim-context';
import { THAT_AFTER_ASIDE, THAT_AFTER_INNER_VERB } from '../lexicon/claims-38';
import { ADJUNCT_PREPOSITIONS } from '../lexicon/speaker-words';

const OPENS_CLAUSE: ReadonlySet<string> = new Set([...THAT_BEFORE_CLAUSE.value.subjects, ...FINITE_AUXILIARIES]);
const FINITE: ReadonlySet<string> = new Set(FINITE_AUXILIARIES);
const COORDINATORS: ReadonlySet<string> = new Set(THAT_BEFORE_CLAUSE.value.coordinators);

/**
 * How many words after a cue verb its "that" may come ("told reporters outside the Congress
 * building in Valparaíso that …"), a name counting as one word (claim-context.ts `wordEnd`). One
 * window and one unit for both readers: when cues.ts accepted a "that" that claims.ts's window did
 * not reach, the content began at the addressee.
 */
export const THAT_WINDOW = 8;

/**
 * How many words past the cue a "that" may come after a chain of adjuncts ("wrote in an op-ed in The Arizona
 * Republic on Thursday that …", cues.ts `thatFollows`). Longer than THAT_WINDOW because past it the
 * "that" counts only when a preposition opens the chain and a name or a time closes it right before
 * the "that", which a relative "that" does not follow ("a report on the plan that was leaked").
 * Known gap: claims.ts's `skipThat` reads only THAT_WINDOW, so such a content starts at the chain
 * ("in an op-ed in The Arizona Republic on Thursday that Lake had …").
 */
export const ADJUNCT_CHAIN_WINDOW = 14;

/**
 * The first "that" in the THAT_WINDOW words after `from` (within `b`) before the clause has begun,
 * or -1. Words as `wordEnd` counts them: a name the mention layer found is one word, so "in a
 * filing with the Securities and Exchange Commission that" reaches its "that" (row
 * claim.content.that-window.name-one-word), and a name's own words ("told Will Smith that") are
 * not read as a clause's auxiliary or subject.
 */
export function complementiserAt(cx: CCtx, from: number, b: number): number {
  for (let i = from, n = 0; i < b && n < THAT_WINDOW; i = wordEnd(cx, i, b), n++) {
    if (startsMention(cx, i) || cx.t.kind[i] !== Kind.Word) continue;
    const w = lower(cx, i);
    if (w === 'that') return i === from || complementiserShape(cx, i, b) ? i : -1;
    if (OPENS_CLAUSE.has(w)) return -1;
    // "told reporters the agreement showed that": the clause began at its noun subject (row
    // claim.content.that-after-inner-verb).
    // Not a participle with its agent ("a memo confirmed by aides that").
    if (INNER_VERBS.has(w) && i > from && innerSubjectBefore(cx, i - 1) && lower(cx, i + 1) !== 'by') return -1;
  }
  return -1;
}

/** Where the window of `complementiserAt` ends when it starts at `from`: THAT_WINDOW words, as `wordEnd` counts them. */
export function thatWindowEnd(cx: CCtx, from: number, b: number): number {
  let i = from;
  for (let n = 0; i < b && n < THAT_WINDOW; n++) i = wordEnd(cx, i, b);
  return i;
}

const INNER_VERBS: ReadonlySet<string> = new Set(THAT_AFTER_INNER_VERB.value);
/** The word at `i` may be the subject noun of an inner verb: a lowercase word that is no article, preposition or adverb. */
function innerSubjectBefore(cx: CCtx, i: number): boolean {
  if (cx.t.kind[i] !== Kind.Word || cx.t.flags[i] & Flag.Cap) return false;
  const w = lower(cx, i);
  return !ARTICLES_AND_PREPOSITIONS.has(w) && !w.endsWith('ly');
}
const ARTICLES_AND_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...ADJUNCT_PREPOSITIONS,
  'a',
  'an',
  'the',
  'to',
  'and',
  'or',
  'but',
]);

/**
 * A "that" past the cue's first word opens the reported clause unless it is a relative pronoun
 * ("vowed to veto a bill that would require …": a finite verb right after it) or the second of two
 * coordinated clauses ("pledged to lengthen runways but that work had not begun": the report began
 * before it).
 */
export function complementiserShape(cx: CCtx, i: number, b: number): boolean {
  if (i + 1 < b && cx.t.kind[i + 1] === Kind.Word && FINITE.has(lower(cx, i + 1))) return false;
  return !(cx.t.kind[i - 1] === Kind.Word && COORDINATORS.has(lower(cx, i - 1)));
}

/**
 * "posted on X, formerly Twitter, that …": at the comma `c`, an aside of a few words, a second
 * comma and "that" right after it; the "that", or -1 (row cue.verb.that-after-aside).
 */
export function thatAfterAside(cx: CCtx, c: number, b: number): number {
  let words = 0;
  for (let k = c + 1; k + 1 < b; k++) {
    if (cx.q.of[k] >= 0) return -1;
    // "said yes, in principle, that was the plan": a pronoun "that" before a finite verb opens no clause.
    if (isComma(cx, k))
      return words > 0 &&
        cx.t.kind[k + 1] === Kind.Word &&
        lower(cx, k + 1) === 'that' &&
        complementiserShape(cx, k + 1, b)
        ? k + 1
        : -1;
    if (cx.t.kind[k] === Kind.Punct || ++words > THAT_AFTER_ASIDE.value.maxWords) return -1;
  }
  return -1;
}
