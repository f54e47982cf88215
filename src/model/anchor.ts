/**
 * Placing an annotation in the current article text, and describing a range so it can be placed
 * again later. Pure: offsets into the plain text, no DOM (the DOM adapter maps offsets to Ranges).
 *
 * Anchoring is a chain from cheapest to most robust, written down in one place (`anchorAnnotation`):
 * the stored position if the quote is still there, then the quote with its context, then the
 * fuzzy quote. Whatever falls off the end of the chain is an orphan that keeps its quote, so the
 * UI can still show what the reader had marked.
 */
import { findQuote, type MatchQuoteOptions, type NoMatch } from './match-quote';
import { findSelector, type Selector, type TextPositionSelector, type TextQuoteSelector } from './selectors';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; exact: boolean }
  | { status: 'orphan'; quote: string; reason: OrphanReason };

/** Why an annotation is an orphan: its passage is gone, it matches several places, or time ran out. */
export type OrphanReason = NoMatch;

/** Length of the prefix and suffix recorded around a quote (hypothesis uses the same). */
export const CONTEXT_LENGTH = 32;

/** The quote and both recorded contexts are all there, unchanged, around the place. */
function isConfirmed(text: string, at: { start: number; end: number }, quote: TextQuoteSelector): boolean {
  return (
    text.slice(at.start, at.end) === quote.exact &&
    !!(quote.prefix || quote.suffix) &&
    (!quote.prefix || text.slice(Math.max(0, at.start - quote.prefix.length), at.start) === quote.prefix) &&
    (!quote.suffix || text.startsWith(quote.suffix, at.end))
  );
}

/** The stored offsets are trusted only while they still hold the stored quote and its context. */
function anchorByPosition(
  text: string,
  position: TextPositionSelector | undefined,
  quote: TextQuoteSelector | undefined,
): AnchorResult | null {
  if (!position) return null;
  const { start, end } = position;
  if (start < 0 || end > text.length || start >= end) return null;
  if (!quote) return { status: 'anchored', start, end, exact: true };
  if (text.slice(start, end) !== quote.exact) return null;
  // Without the context check a shifted text can line a repeated sentence up with old offsets.
  const { prefix } = quote;
  if (prefix && (start < prefix.length || !text.startsWith(prefix, start - prefix.length))) return null;
  if (quote.suffix && !text.startsWith(quote.suffix, end)) return null;
  return { status: 'anchored', start, end, exact: true };
}

/**
 * Where the annotation described by `selectors` sits in `text` now.
 * An annotation without a quote or position (a page note) is an orphan with an empty quote;
 * callers do not anchor page notes.
 */
export function anchorAnnotation(
  text: string,
  selectors: Selector[],
  options?: MatchQuoteOptions,
  /** How far the text before this annotation is known to have moved (learned from confirmed neighbours). */
  shift = 0,
): AnchorResult {
  const position = findSelector(selectors, 'TextPositionSelector');
  const quote = findSelector(selectors, 'TextQuoteSelector');

  const byPosition = anchorByPosition(text, position, quote);
  if (byPosition) return byPosition;
  if (!quote) return { status: 'orphan', quote: '', reason: 'not-found' };

  const match = findQuote(text, quote, position && position.start + shift, options);
  if (typeof match !== 'string') return { status: 'anchored', start: match.start, end: match.end, exact: match.exact };
  return { status: 'orphan', quote: quote.exact, reason: match };
}

/** Both selectors for `text.slice(start, end)`, with `CONTEXT_LENGTH` characters of context. */
export function describeRange(text: string, start: number, end: number): Selector[] {
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describeRange: invalid range ${start}..${end} for text of length ${text.length}`);
  }
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return [quote, position];
}

/**
 * Anchor many annotations of one text at once. An edit shifts all the annotations after it by the
 * same amount, so once one annotation is found `delta` characters from its stored offset, the
 * next is first tried at that same shift (verified exactly like a stored position, quote and
 * context) before falling back to the full search. Only a place confirmed by its quote and both
 * contexts teaches a shift: a place chosen on weaker evidence must not steer its neighbours.
 * Results are in input order.
 */
export function anchorAnnotations(text: string, items: Selector[][], options?: MatchQuoteOptions): AnchorResult[] {
  const order = items
    .map((selectors, index) => ({ selectors, index, hint: findSelector(selectors, 'TextPositionSelector') }))
    .sort((a, b) => (a.hint?.start ?? Infinity) - (b.hint?.start ?? Infinity));
  const results: AnchorResult[] = new Array(items.length);
  let delta = 0;
  for (const { selectors, index, hint } of order) {
    const quote = findSelector(selectors, 'TextQuoteSelector');
    let result: AnchorResult | null = null;
    if (hint && delta !== 0) {
      const shifted = { ...hint, start: hint.start + delta, end: hint.end + delta };
      result = anchorByPosition(text, shifted, quote);
    }
    result ??= anchorAnnotation(text, selectors, options, delta);
    if (result.status === 'anchored' && hint && quote && isConfirmed(text, result, quote)) {
      delta = result.start - hint.start;
    }
    results[index] = result;
  }
  return results;
}
