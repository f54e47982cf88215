/**
 * Placing an annotation in the current article text, and describing a range so it can be placed
 * again later. Pure: offsets into the plain text, no DOM (the DOM adapter maps offsets to Ranges).
 *
 * Anchoring is a chain from cheapest to most robust, written down in one place (`anchorAnnotation`):
 * the stored position if the quote is still there, then the quote with its context, then the
 * fuzzy quote. Whatever falls off the end of the chain is an orphan that keeps its quote, so the
 * UI can still show what the reader had marked.
 */
import { findQuote, type Expected, type MatchQuoteOptions, type NoMatch } from './match-quote';
import { findSelector, type Selector, type TextPositionSelector, type TextQuoteSelector } from './selectors';
import { consecutiveRepeats, MAX_REPEAT_PERIOD } from './quote-evidence';
import type { WorkBudget } from './work-budget';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; exact: boolean }
  | { status: 'orphan'; quote: string; reason: OrphanReason };

/** Why an annotation is an orphan: its passage is gone, it matches several places, or time ran out. */
export type OrphanReason = NoMatch;

/** Length of the prefix and suffix recorded around a quote (hypothesis uses the same). */
export const CONTEXT_LENGTH = 32;

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
  /** Where the quote is now expected to start, if neighbours have told (else its stored offset). */
  hint?: number,
): AnchorResult {
  const position = findSelector(selectors, 'TextPositionSelector');
  const quote = findSelector(selectors, 'TextQuoteSelector');

  const byPosition = anchorByPosition(text, position, quote);
  if (byPosition) return byPosition;
  if (!quote) return { status: 'orphan', quote: '', reason: 'not-found' };

  const match = findQuote(text, quote, hint ?? position?.start, options);
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

/** The quote and both recorded contexts are there, unchanged, around the place (cheap: no search). */
function holdsRecord(text: string, at: AnchorResult, quote: TextQuoteSelector | undefined): boolean {
  if (at.status !== 'anchored' || !quote || !(quote.prefix || quote.suffix)) return false;
  const prefix = quote.prefix ?? '';
  const from = at.start - prefix.length;
  return from >= 0 && text.startsWith(prefix + quote.exact + (quote.suffix ?? ''), from);
}

/**
 * A place that can teach its neighbours how far the text moved: it holds its record (above), that
 * whole passage occurs nowhere else, and it is not one of a pasted pair (a copy pasted right
 * before or after can carry all of its context: then the text cannot say which of the two was
 * marked). A place chosen on anything less is not passed on, so a guess never steers another.
 */
function isVerified(text: string, place: Confirmed, budget?: WorkBudget): boolean {
  const { quote, start } = place;
  const prefix = quote.prefix ?? '';
  const passage = prefix + quote.exact + (quote.suffix ?? '');
  const from = start - prefix.length;
  if (budget && !budget.spend(text.length)) return false;
  if (text.indexOf(passage, from + 1) !== -1 || (from > 0 && text.lastIndexOf(passage, from - 1) !== -1)) return false;
  return !copiesOf(text, quote.exact, start).some((other) =>
    consecutiveRepeats(text, start, other, quote.exact.length),
  );
}

/** Other occurrences of `quote` close enough to `at` to be a repeat of the same passage. */
function copiesOf(text: string, quote: string, at: number): number[] {
  const out: number[] = [];
  const from = Math.max(0, at - MAX_REPEAT_PERIOD);
  for (let i = text.indexOf(quote, from); i !== -1 && i <= at + MAX_REPEAT_PERIOD; i = text.indexOf(quote, i + 1)) {
    if (i !== at) out.push(i);
  }
  return out;
}

interface Item {
  index: number;
  selectors: Selector[];
  stored: number | undefined;
  quote: TextQuoteSelector | undefined;
}

/** An annotation placed where it holds its record; verified lazily, only if a neighbour needs it. */
interface Confirmed {
  stored: number;
  shift: number;
  start: number;
  quote: TextQuoteSelector;
  verified?: boolean;
}

/** How many confirmed places on each side are tried, nearest first, for a verified neighbour. */
const NEIGHBOUR_TRIES = 8;

/**
 * Where the quote would start now if nothing changed between it and the nearest verified
 * neighbour on each side. `confirmed` is in stored order (binary search: imports can be large).
 */
function expectedOffsets(stored: number, confirmed: Confirmed[], verify: (place: Confirmed) => boolean): Expected {
  let lo = 0;
  let hi = confirmed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (confirmed[mid].stored < stored) lo = mid + 1;
    else hi = mid;
  }
  // lo: the first place stored at or after this one; one stored at the same offset counts on both sides.
  const pick = (from: number, step: 1 | -1) => {
    for (let i = from, n = 0; i >= 0 && i < confirmed.length && n < NEIGHBOUR_TRIES; i += step, n++) {
      if (verify(confirmed[i])) return confirmed[i];
    }
    return undefined;
  };
  const after = pick(lo, 1);
  const before = after?.stored === stored ? after : pick(lo - 1, -1);
  return { before: before && stored + before.shift, after: after && stored + after.shift };
}

/**
 * Anchor many annotations of one text at once, as a generator that yields after each step (the
 * index of the annotation just handled) and returns the results in input order, so a caller can
 * run it in slices or in a worker.
 *
 * An edit shifts everything after it by the same amount, so annotations whose place is verified
 * (see isVerified) tell where their neighbours should be: a first pass anchors each annotation on
 * its own; a second pass weighs again each one that was not found with all its record, knowing
 * the offsets its nearest verified neighbours before and after point at. That position can
 * settle copies that context alone cannot tell apart — and can overrule a choice made on context
 * when a copy sits exactly where the neighbours say and the chosen one does not. When every
 * annotation holds its record (the usual reload), there is no second pass and nothing to verify.
 */
export function* anchorEach(
  text: string,
  items: readonly Selector[][],
  options: MatchQuoteOptions = {},
): Generator<number, AnchorResult[]> {
  const order: Item[] = items
    .map((selectors, index) => ({
      index,
      selectors,
      stored: findSelector(selectors, 'TextPositionSelector')?.start,
      quote: findSelector(selectors, 'TextQuoteSelector'),
    }))
    .sort((a, b) => (a.stored ?? Infinity) - (b.stored ?? Infinity));
  const results: AnchorResult[] = new Array(items.length);
  const confirmed: Confirmed[] = [];
  const revisit: Item[] = [];
  const { budget } = options;

  for (const item of order) {
    // Out of allowance, an annotation still holding its stored offsets is placed (that costs nothing).
    const result = anchorAnnotation(text, item.selectors, options);
    results[item.index] = result;
    if (
      item.stored !== undefined &&
      item.quote &&
      result.status === 'anchored' &&
      holdsRecord(text, result, item.quote)
    ) {
      confirmed.push({
        stored: item.stored,
        shift: result.start - item.stored,
        start: result.start,
        quote: item.quote,
      });
    } else if (item.stored !== undefined && (result.status === 'anchored' || result.reason !== 'budget')) {
      revisit.push(item);
    }
    yield item.index;
  }
  if (confirmed.length === 0) return results;

  const verify = (place: Confirmed) => (place.verified ??= isVerified(text, place, budget));
  for (const item of revisit) {
    if (budget?.exhausted) break;
    const expected = expectedOffsets(item.stored!, confirmed, verify);
    if (expected.before === undefined && expected.after === undefined) continue;
    const result = anchorAnnotation(text, item.selectors, { ...options, expected }, expected.before ?? expected.after);
    // Out of allowance on the second look, the first look's answer stands: it was made on its own evidence.
    if (result.status === 'anchored' || result.reason !== 'budget') results[item.index] = result;
    yield item.index;
  }
  return results;
}

/** Runs `anchorEach` to the end. */
export function anchorAnnotations(
  text: string,
  items: readonly Selector[][],
  options?: MatchQuoteOptions,
): AnchorResult[] {
  const run = anchorEach(text, items, options);
  for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
}
