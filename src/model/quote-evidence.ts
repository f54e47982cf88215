/**
 * How strongly the text around one place speaks for it being the place a quote was taken from:
 * graded evidence per side of recorded context, and whether two copies of a quote are
 * indistinguishable repeats. Pure string functions; `match-quote.ts` weighs the places with them.
 */
import search from 'approx-string-match';

/** What one recorded side of context (prefix or suffix) says about a place. */
export interface SideEvidence {
  /** Boundary-aligned similarity of the recorded side to the text beside the place, 0..1. */
  similarity: number;
  /** Recognised right at the quote's edge. */
  aligned: boolean;
  /** Not at the edge, but most of it a little further off: an edit touched the quote's edge. */
  displaced: boolean;
  /** How much this side counts for the place, 0..1 (see `sideWeight`). */
  weight: number;
}

/**
 * One side counts as recognised at this similarity. Unrelated prose scores ≈ 0.15–0.45 against
 * a 32-character context; an edit a few words away from the quote keeps ≈ 0.7 or more.
 */
export const SIDE_MATCH = 0.7;
/** Similarity that unrelated prose reaches by chance: below it a side says nothing. */
const CHANCE_SIMILARITY = 0.45;
/** A displaced side is real evidence but weaker than one in place: it could be a nearby lookalike. */
const DISPLACED_WEIGHT = 0.5;
/** A side that is neither aligned nor displaced counts for at most this much (its surviving part). */
const PARTIAL_WEIGHT = 0.25;
/** How far (in recorded lengths) a displaced side of context is looked for. */
const NEARBY_REACH = 3;
/** A side shorter than this (the quote was next to the end of the text) is no evidence at all. */
export const MIN_SIDE_LENGTH = 12;
/** …and it must agree in this many characters next to the quote (an edit touching the quote breaks a side). */
const ADJACENT_AGREEMENT = 3;
/** Two copies whose repeated surroundings stop this many characters short of touching still form one repeat (a separator). */
const REPEAT_SEPARATOR = 2;
/** Copies further apart than this are not looked at as one repeated passage (bounds the work; several paragraphs). */
export const MAX_REPEAT_PERIOD = 4096;

/**
 * How well a recorded side of context matches the text beside a place, 0..1: one minus the edit
 * distance between the two, aligned at the quote boundary (the far end may run on or stop short),
 * over the recorded length. Anchoring the alignment at the boundary matters: a copy a few
 * characters away sees the same text shifted, which a free substring search would score high.
 * `beside` runs away from the quote (reversed for a prefix) and may be longer than `recorded`.
 */
export function boundarySimilarity(recorded: string, beside: string): number {
  const m = recorded.length;
  if (m === 0) return 0;
  let prev = Array.from({ length: beside.length + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    for (let j = 1; j <= beside.length; j++) {
      const cost = recorded.charCodeAt(i - 1) === beside.charCodeAt(j - 1) ? 0 : 1;
      row.push(Math.min(prev[j - 1] + cost, prev[j] + 1, row[j - 1] + 1));
    }
    prev = row;
  }
  return Math.max(0, 1 - Math.min(...prev) / m);
}

/** Characters that agree right at the quote boundary, counted away from it. */
function adjacentRun(recorded: string, beside: string): number {
  let n = 0;
  while (n < recorded.length && n < beside.length && recorded[n] === beside[n]) n++;
  return n;
}

const reverse = (s: string) => [...s].reverse().join('');

/**
 * Graded weight of a side: its similarity when aligned (0.7–1); half a side when displaced; and
 * otherwise only what survives above chance, capped low — a broken side says little, and a side
 * half rewritten must not add up with another to look like one intact side.
 */
function sideWeight(similarity: number, aligned: boolean, displaced: boolean): number {
  if (aligned) return similarity;
  const partial = (PARTIAL_WEIGHT * Math.max(0, similarity - CHANCE_SIMILARITY)) / (SIDE_MATCH - CHANCE_SIMILARITY);
  return Math.max(displaced ? DISPLACED_WEIGHT : 0, Math.min(PARTIAL_WEIGHT, partial));
}

/** A quote at least this long still at the very edge of the text counts that edge as a side of context. */
const EDGE_QUOTE_LENGTH = 32;
/** A side recorded short because the quote was near an end of the text, and still exactly so. */
const EDGE: SideEvidence = { similarity: 1, aligned: true, displaced: false, weight: 1 };

function atTextEdge(text: string, start: number, end: number, recorded: string, side: 'prefix' | 'suffix'): boolean {
  return side === 'prefix' ? text.slice(0, start) === recorded : text.slice(end) === recorded;
}

/**
 * What the recorded `side` of context says about the place [start, end) of `text`; null when
 * nothing was recorded on that side, or too little to weigh. A side recorded short (the quote was
 * near an end of the text) counts only where the place is still that near the end, with the same
 * characters between: elsewhere it says nothing, since any passage can come to start a text
 * when what was before it is deleted.
 */
export function sideEvidence(
  text: string,
  start: number,
  end: number,
  recorded: string | undefined,
  side: 'prefix' | 'suffix',
): SideEvidence | null {
  if (recorded === undefined) return null;
  if (recorded.length < MIN_SIDE_LENGTH) {
    // A lede often opens with the headline's first words: only a longer quote is told by the edge.
    return end - start >= EDGE_QUOTE_LENGTH && atTextEdge(text, start, end, recorded, side) ? EDGE : null;
  }
  const slack = Math.ceil(recorded.length / 4);
  const [rec, beside] =
    side === 'prefix'
      ? [reverse(recorded), reverse(text.slice(Math.max(0, start - recorded.length - slack), start))]
      : [recorded, text.slice(end, end + recorded.length + slack)];
  const similarity = boundarySimilarity(rec, beside);
  const aligned = adjacentRun(rec, beside) >= Math.min(ADJACENT_AGREEMENT, rec.length) && similarity >= SIDE_MATCH;
  let displaced = false;
  if (!aligned) {
    // Most of the side a little further off: a word inserted or replaced next to the quote.
    const reach = NEARBY_REACH * recorded.length;
    const window = side === 'prefix' ? text.slice(Math.max(0, start - reach), start) : text.slice(end, end + reach);
    displaced = search(window, recorded, Math.floor(recorded.length * (1 - SIDE_MATCH))).length > 0;
  }
  return { similarity, aligned, displaced, weight: sideWeight(similarity, aligned, displaced) };
}

/**
 * Whether two copies of a quote (starting at `a` and `b`, `length` long) sit in two consecutive
 * repeats of one passage — a sentence pasted twice in a row. Then the text reads the same
 * whichever copy was there first, so nothing recorded about the first text can tell which one a
 * reader marked: a place chosen between them is a guess.
 */
export function consecutiveRepeats(text: string, a: number, b: number, length: number): boolean {
  const [first, second] = a < b ? [a, b] : [b, a];
  const period = second - first;
  if (period === 0 || period > MAX_REPEAT_PERIOD) return false;
  let before = 0;
  while (before < period && first - before > 0 && text[first - before - 1] === text[second - before - 1]) before++;
  let after = 0;
  while (
    after < period &&
    second + length + after < text.length &&
    text[first + length + after] === text[second + length + after]
  ) {
    after++;
  }
  return before + length + after >= period - REPEAT_SEPARATOR;
}

/** A sentence ends here (with the space after it): closing punctuation, quotes or brackets, or line breaks. */
const SENTENCE_BREAK = /[.!?]["”’)\]]*\s+|\n+/g;

/**
 * How many characters of each recorded side belong to the quote's own sentence: a prefix after
 * the last sentence end in it, a suffix up to the end of the quote's sentence.
 */
export function ownSentence(selector: { exact: string; prefix?: string; suffix?: string }): {
  prefix: number;
  suffix: number;
} {
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  let prefixOwn = prefix.length;
  for (const m of prefix.matchAll(SENTENCE_BREAK)) prefixOwn = prefix.length - (m.index + m[0].length);
  // The quote may end its sentence itself; else the suffix runs on to the first sentence end.
  const endsSentence = /[.!?]["”’)\]]*$/.test(selector.exact) && /^(\s|$)/.test(suffix);
  const closed = suffix.search(/[.!?]["”’)\]]*(\s|$)|\n/);
  const suffixOwn = endsSentence ? 0 : closed === -1 ? suffix.length : closed;
  return { prefix: prefixOwn, suffix: suffixOwn };
}
