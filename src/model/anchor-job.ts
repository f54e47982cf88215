/**
 * Anchoring batches of annotations with bounded work: from untrusted input (a share link, an
 * import) and, later, the reader's own. Elided quotes are restored from the text, then each
 * text's annotations are anchored together (so verified neighbours can tell where the others
 * are), all from one work allowance. What the allowance cannot cover becomes an orphan marked
 * 'budget', so the caller can say that some annotations were not placed, instead of the page
 * freezing.
 *
 * Generators, so that whoever runs them decides where to pause: the anchoring worker runs them to
 * the end; the main-thread fallback runs them in slices and yields to the page between them.
 * Pure: no DOM, no timers, no store.
 */
import { anchorEach, type AnchorResult } from './anchor';
import type { Selector } from './selectors';
import { restoreQuote, type ElidedQuote } from './share/quote-elision';
import { findSelector } from './selectors';
import type { WorkBudget } from './work-budget';

export interface JobItem {
  selectors: Selector[];
  /** Set for a share-link quote sent as head…tail: restored from the text before anchoring. */
  elided?: ElidedQuote;
}

/** One text and the annotations to place on it. */
export interface JobGroup {
  text: string;
  items: readonly JobItem[];
}

export interface JobResult {
  /** The selectors with an elided quote restored (unchanged when it could not be). */
  selectors: Selector[];
  result: AnchorResult;
}

/** Looking an elided quote up scans the text once. */
function restore(text: string, item: JobItem, budget: WorkBudget): Selector[] | 'budget' {
  const position = findSelector(item.selectors, 'TextPositionSelector');
  if (!item.elided || !position) return item.selectors;
  if (!budget.spend(text.length)) return 'budget';
  const restored = restoreQuote(text, item.elided, position.start);
  if (restored === null) return item.selectors;
  if ('exact' in restored) {
    return item.selectors.map((s) => (s.type === 'TextQuoteSelector' ? { ...s, exact: restored.exact } : s));
  }
  const { start } = restored;
  const end = start + item.elided.length;
  return item.selectors.map((s) =>
    s.type === 'TextQuoteSelector' ? { ...s, exact: text.slice(start, end) } : { ...s, start, end },
  );
}

const quoteOf = (selectors: Selector[]) => findSelector(selectors, 'TextQuoteSelector')?.exact ?? '';

const overBudget = (selectors: Selector[]): JobResult => ({
  selectors,
  result: { status: 'orphan', quote: quoteOf(selectors), reason: 'budget' },
});

/**
 * Yields after each step (restoring one quote, anchoring one annotation), returns every result
 * in input order. Once the allowance is spent, the rest are orphans without any further work.
 */
export function* anchorJob(
  text: string,
  items: readonly JobItem[],
  budget: WorkBudget,
): Generator<number, JobResult[]> {
  const restored: (Selector[] | 'budget')[] = [];
  for (let i = 0; i < items.length; i++) {
    restored.push(budget.exhausted ? 'budget' : restore(text, items[i], budget));
    if (items[i].elided) yield i;
  }
  const ready = restored.flatMap((r, i) => (r === 'budget' ? [] : [{ i, selectors: r }]));
  const anchored = yield* anchorEach(
    text,
    ready.map((r) => r.selectors),
    { budget },
  );
  const results: JobResult[] = items.map((item) => overBudget(item.selectors));
  ready.forEach((r, k) => {
    results[r.i] = { selectors: r.selectors, result: anchored[k] };
  });
  return results;
}

/** Several texts (an import of many articles) from one allowance, one after the other. */
export function* anchorGroupsJob(groups: readonly JobGroup[], budget: WorkBudget): Generator<number, JobResult[][]> {
  const results: JobResult[][] = [];
  for (const group of groups) results.push(yield* anchorJob(group.text, group.items, budget));
  return results;
}

/** Runs a job to the end (tests, the worker). */
export function runToEnd<T>(job: Generator<number, T>): T {
  for (let step = job.next(); ; step = job.next()) if (step.done) return step.value;
}

/** Runs `anchorJob` to the end. */
export const runAnchorJob = (text: string, items: readonly JobItem[], budget: WorkBudget): JobResult[] =>
  runToEnd(anchorJob(text, items, budget));

/** How many of the results were left unplaced because the allowance ran out. */
export const countOverBudget = (results: readonly JobResult[]) =>
  results.filter((r) => r.result.status === 'orphan' && r.result.reason === 'budget').length;
