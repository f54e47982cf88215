/**
 * Anchoring a batch of annotations from untrusted input (a share link, an import) with bounded
 * work: elided quotes are restored from the text, then each annotation is anchored, all from one
 * work allowance. What the allowance cannot cover becomes an orphan marked 'budget', so the
 * reader can say that some annotations were not placed, instead of the page freezing.
 *
 * A generator, so that whoever runs it decides where to pause: the anchoring worker runs it to
 * the end; the main-thread fallback runs it in slices and yields to the page between them. Pure:
 * no DOM, no timers, no store.
 */
import { anchorAnnotations, type AnchorResult } from './anchor';
import type { Selector } from './selectors';
import { restoreQuote, type ElidedQuote } from './share/quote-elision';
import { findSelector } from './selectors';
import type { WorkBudget } from './work-budget';

export interface JobItem {
  selectors: Selector[];
  /** Set for a share-link quote sent as head…tail: restored from the text before anchoring. */
  elided?: ElidedQuote;
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

/**
 * Yields once per annotation (its index), returns every result in input order. Annotations are
 * anchored one by one against the shared allowance; once it is spent, the rest are orphans
 * without any further work.
 */
export function* anchorJob(
  text: string,
  items: readonly JobItem[],
  budget: WorkBudget,
): Generator<number, JobResult[]> {
  const results: JobResult[] = [];
  for (let i = 0; i < items.length; i++) {
    const restored = budget.exhausted ? 'budget' : restore(text, items[i], budget);
    if (restored === 'budget') {
      results.push({
        selectors: items[i].selectors,
        result: { status: 'orphan', quote: quoteOf(items[i].selectors), reason: 'budget' },
      });
    } else {
      const [result] = budget.exhausted
        ? [{ status: 'orphan', quote: quoteOf(restored), reason: 'budget' } as const]
        : anchorAnnotations(text, [restored], { budget });
      results.push({ selectors: restored, result });
    }
    yield i;
  }
  return results;
}

/** Runs the job to the end (tests, the worker). */
export function runAnchorJob(text: string, items: readonly JobItem[], budget: WorkBudget): JobResult[] {
  const job = anchorJob(text, items, budget);
  for (let step = job.next(); ; step = job.next()) if (step.done) return step.value;
}

/** How many of the results were left unplaced because the allowance ran out. */
export const countOverBudget = (results: readonly JobResult[]) =>
  results.filter((r) => r.result.status === 'orphan' && r.result.reason === 'budget').length;
