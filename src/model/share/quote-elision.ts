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

/** Start of the span in `text` matching the elided quote, nearest to `hint`; null when none matches. */
export function restoreQuote(text: string, q: ElidedQuote, hint: number): number | null {
  const fits = (start: number) =>
    start >= 0 && text.startsWith(q.head, start) && text.startsWith(q.tail, start + q.length - q.tail.length);
  if (fits(hint)) return hint;
  let best: number | null = null;
  for (let i = text.indexOf(q.head); i >= 0; i = text.indexOf(q.head, i + 1)) {
    if (fits(i) && (best === null || Math.abs(i - hint) < Math.abs(best - hint))) best = i;
  }
  return best;
}
