import { describe, expect, it } from 'vitest';
import { countOverBudget, runAnchorJob, type JobItem } from './anchor-job';
import { decodeShareLink, encodeShareLink } from './share/share-link';
import { elidedQuoteFlood, nearMissQuotes } from './share/hostile-links';
import { MAX_HEAD_OCCURRENCES, restoreQuote } from './share/quote-elision';
import { articleText, highlightsOn, seeded } from './share/share-fixtures';
import { HOSTILE_INPUT_UNITS, workBudget } from './work-budget';
import { meteredBudget } from './metered-budget';

function open(fragment: string): { text: string; items: JobItem[] } {
  const decoded = decodeShareLink(fragment);
  if ('error' in decoded) throw new Error(decoded.error.message);
  const { article, annotations } = decoded.parsed;
  if (article.kind !== 'text') throw new Error('crafted links carry their text');
  return { text: article.text, items: annotations.map((a) => ({ selectors: a.selectors, elided: a.elided })) };
}

describe('anchoring untrusted annotations within a work allowance', () => {
  it.each([
    ['500 elided quotes on a 1 M-character text', elidedQuoteFlood, 500],
    ['300 near-miss 5,000-character quotes', nearMissQuotes, 300],
  ])('%s: stops at the allowance, every annotation kept as an orphan that says why', (_name, build, count) => {
    const { text, items } = open(build());
    expect(items).toHaveLength(count);
    const budget = meteredBudget(HOSTILE_INPUT_UNITS);
    const results = runAnchorJob(text, items, budget);
    expect(results).toHaveLength(count);
    expect(budget.spent).toBeLessThanOrEqual(HOSTILE_INPUT_UNITS);
    expect(results.every((r) => r.result.status === 'orphan')).toBe(true);
    expect(countOverBudget(results)).toBeGreaterThan(0);
  });

  it('places an ordinary link whole, far inside the allowance', () => {
    const rand = seeded(3);
    const text = articleText(rand, 6_000);
    const decoded = decodeShareLink(
      encodeShareLink({ article: { kind: 'bundled', id: 'x' }, annotations: highlightsOn(text, 20, rand) }),
    );
    if ('error' in decoded) throw new Error(decoded.error.message);
    const budget = meteredBudget(HOSTILE_INPUT_UNITS);
    const results = runAnchorJob(
      text,
      decoded.parsed.annotations.map((a) => ({ selectors: a.selectors, elided: a.elided })),
      budget,
    );
    expect(results.map((r) => r.result.status)).toEqual(new Array(20).fill('anchored'));
    expect(budget.spent).toBeLessThan(HOSTILE_INPUT_UNITS / 100);
  });

  it('turns what a tiny allowance cannot cover into orphans marked "budget"', () => {
    const rand = seeded(4);
    const text = articleText(rand, 4_000);
    const items = highlightsOn(text, 5, rand).map((a) => ({
      selectors: a.selectors.filter((s) => s.type === 'TextQuoteSelector'),
    }));
    // Enough for one search (two scans of the text and weighing the place found), not for five.
    const results = runAnchorJob(text, items, workBudget(text.length * 4));
    expect(results[0].result.status).toBe('anchored');
    expect(results.at(-1)?.result).toMatchObject({ status: 'orphan', reason: 'budget' });
  });
});

describe('restoreQuote', () => {
  const q = (head: string, tail: string, length: number) => ({ head, tail, length });

  it('gives up on a head that occurs too often to check, instead of scanning them all', () => {
    const text = 'a'.repeat(MAX_HEAD_OCCURRENCES * 3);
    expect(restoreQuote(text, q('aaaa', 'aaab', 40), 5)).toBeNull();
  });

  it('restores a unique match away from the hint, and only the text of identical copies', () => {
    const text = 'xx HEAD-one-TAIL yy HEAD-two-TAIL zz HEAD-one-TAIL';
    expect(restoreQuote('.. HEAD-one-TAIL', q('HEAD', 'TAIL', 13), 0)).toEqual({ start: 3 });
    expect(restoreQuote(text, q('HEAD', 'TAIL', 13), 3)).toEqual({ start: 3 });
    expect(restoreQuote(text, q('HEAD', 'TAIL', 13), 1)).toBeNull();
    expect(restoreQuote('a HEAD-one-TAIL b HEAD-one-TAIL', q('HEAD', 'TAIL', 13), 0)).toEqual({
      exact: 'HEAD-one-TAIL',
    });
  });
});
