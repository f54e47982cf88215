/**
 * Shortening long quotes for share links, and restoring them from the recipient's copy of the text.
 *
 * When the recipient is guaranteed to hold the article text (a bundled article, or a pasted text that
 * travels in the link itself), sending a 90-character quote in full mostly repeats what they have.
 * We send its first and last EDGE characters plus its length instead; the receiver finds the span at
 * the given position (or nearby, if the text moved) whose edges match, and recovers the exact quote.
 * Measured: 20 highlights on the default article go from ~2,400 to ~1,900 URL characters; 12-char
 * edges still pin a span once position and length are known.
 * If no span matches, the placeholder `head…tail` stays and anchoring reports an orphan, which is the
 * honest outcome: the quote is never guessed into a lookalike sentence.
 */

export const EDGE = 12;
/** Only quotes clearly longer than two edges are worth eliding. */
export const ELIDE_OVER = 2 * EDGE + 8;

export interface ElidedQuote {
  head: string;
  tail: string;
  length: number;
}

export function elideQuote(exact: string): ElidedQuote | null {
  if (exact.length <= ELIDE_OVER) return null;
  return { head: exact.slice(0, EDGE), tail: exact.slice(-EDGE), length: exact.length };
}

export function placeholderOf(q: ElidedQuote): string {
  return `${q.head}…${q.tail}`;
}

/** Head occurrences examined per quote; a text made of one repeated character has a million. */
export const MAX_HEAD_OCCURRENCES = 1_000;

export type Restored =
  /** One span fits (or the sender's own position does): its start. */
  | { start: number }
  /** Several spans fit and hold the same text: the quote is known, its place is for anchoring to judge. */
  | { exact: string }
  | null;

/**
 * The span of `text` matching the elided quote. At the sender's position it is taken as is;
 * elsewhere it must be the only span whose edges match, or all such spans must hold the same text
 * (identical copies, which anchoring then tells apart by context). Null when nothing fits, when
 * copies differ in their hidden middle (a guess could pick the wrong one), or when the head occurs
 * so often that checking them all would let a crafted link keep the page busy.
 */
export function restoreQuote(text: string, q: ElidedQuote, hint: number): Restored {
  const fits = (start: number) =>
    start >= 0 && text.startsWith(q.head, start) && text.startsWith(q.tail, start + q.length - q.tail.length);
  if (fits(hint)) return { start: hint };
  const found: number[] = [];
  let seen = 0;
  for (let i = text.indexOf(q.head); i >= 0; i = text.indexOf(q.head, i + 1)) {
    if (++seen > MAX_HEAD_OCCURRENCES) return null;
    if (fits(i)) found.push(i);
  }
  if (found.length === 0) return null;
  if (found.length === 1) return { start: found[0] };
  const first = text.slice(found[0], found[0] + q.length);
  return found.every((i) => text.startsWith(first, i)) ? { exact: first } : null;
}
