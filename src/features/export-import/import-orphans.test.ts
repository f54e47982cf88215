import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../lib/content-hash';
import { anchorGroupsJob, countOverBudget, runToEnd } from '../../model/anchor-job';
import type { Article } from '../../model/article';
import { HOSTILE_INPUT_UNITS } from '../../model/work-budget';
import { meteredBudget } from '../../model/metered-budget';
import { incomingOf, planImport } from './detect-import';
import { nearMissBackup, nearMissW3C } from './hostile-imports';
import { checkOrphans, orphanGroups } from './import-orphans';

const text = readFileSync('public/articles/putin-high-tech-duel.txt', 'utf8');
const article: Article = {
  id: contentHash(text),
  title: 'Default',
  origin: { kind: 'bundled', path: 'putin-high-tech-duel.txt' },
  addedAt: '2026-01-01T00:00:00.000Z',
  text,
};

/** The annotations a crafted file brings in, and the texts they are checked against. */
function crafted(file: string) {
  const plan = planImport(file, { currentArticleId: article.id });
  if (plan.kind === 'error') throw new Error(plan.message);
  const texts = new Map(
    plan.kind === 'backup' ? plan.backup.articles.map((a) => [a.id, a.text]) : [[article.id, article.text]],
  );
  const candidates = plan.kind === 'backup' ? plan.backup.annotations : incomingOf(plan.results);
  return { candidates, textOf: (id: string) => texts.get(id) };
}

// Each case builds and parses a 20 MB file and spends a whole allowance: seconds on a loaded machine.
describe('checking a crafted import against its texts within one allowance', { timeout: 60_000 }, () => {
  it.each([
    ['a backup: one 1,000,000-character article, ≈ 3,500 near-miss 5,000-character quotes', () => nearMissBackup()],
    ['W3C for the open article: ≈ 3,000 near-miss quotes of it', () => nearMissW3C(article)],
  ])('%s: stops at the allowance, every annotation kept and counted', (_name, build) => {
    const { candidates, textOf } = crafted(build());
    expect(candidates.length).toBeGreaterThan(2_500);
    const { groups } = orphanGroups(candidates, textOf);
    const budget = meteredBudget(HOSTILE_INPUT_UNITS);
    const results = runToEnd(anchorGroupsJob(groups, budget)).flat();
    expect(results).toHaveLength(candidates.length);
    expect(budget.spent).toBeLessThanOrEqual(HOSTILE_INPUT_UNITS);
    expect(countOverBudget(results)).toBeGreaterThan(candidates.length / 2);
  });

  it('reports the unchecked ones as orphans, through the same path the dialog takes', async () => {
    const { candidates, textOf } = crafted(nearMissW3C(article));
    const check = await checkOrphans(candidates, textOf);
    expect(check.overBudget).toBeGreaterThan(0);
    expect(check.orphanIds.length).toBeGreaterThanOrEqual(check.overBudget);
  });

  it('checks an ordinary import whole', async () => {
    const ordinary = candidatesOf(5);
    const check = await checkOrphans(ordinary, (id) => (id === article.id ? text : undefined));
    expect(check).toEqual({ orphanIds: [], overBudget: 0 });
  });
});

function candidatesOf(n: number) {
  const { candidates } = crafted(nearMissW3C(article));
  // The crafted quotes with the changed letter put back: what an honest export of this article holds.
  return candidates.slice(0, n).map((a) => ({
    ...a,
    selectors: a.selectors.map((s) => {
      if (s.type !== 'TextQuoteSelector') return s;
      const position = a.selectors.find((p) => p.type === 'TextPositionSelector');
      return position?.type === 'TextPositionSelector' ? { ...s, exact: text.slice(position.start, position.end) } : s;
    }),
  }));
}
