/**
 * Hostile imports (issue 14, item 4 for imports): what importing the crafted files costs, beside
 * an ordinary import of 20 highlights measured in the same run. Runs in Node on one core, the
 * same pure code the page (parsing, the reader's first placing) and the anchoring worker (the
 * orphan check, the reader's full placing) run. Run alone: `npx tsx bench/hostile-imports.ts`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { nearMissBackup, nearMissW3C } from '../src/features/export-import/hostile-imports';
import { incomingOf, planImport } from '../src/features/export-import/detect-import';
import { orphanGroups } from '../src/features/export-import/import-orphans';
import { contentHash } from '../src/lib/content-hash';
import { countOverBudget, anchorGroupsJob, runToEnd } from '../src/model/anchor-job';
import { anchorAll } from '../src/model/anchored';
import type { Article } from '../src/model/article';
import { serializeW3C } from '../src/model/format/w3c';
import { highlightsOn, seeded } from '../src/model/share/share-fixtures';
import {
  HOSTILE_INPUT_UNITS,
  MAIN_THREAD_STEP_UNITS,
  READER_SYNC_UNITS,
  READER_UNITS,
  workBudget,
} from '../src/model/work-budget';

const ms = (x: number) => `${x.toFixed(0)} ms`;

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

function open(file: string, article: Article): string {
  const [plan, parse] = timed(() => planImport(file, { currentArticleId: article.id }));
  if (plan.kind === 'error') return plan.message;
  const articles = plan.kind === 'backup' ? plan.backup.articles : [article];
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const candidates = plan.kind === 'backup' ? plan.backup.annotations : incomingOf(plan.results);
  const { groups } = orphanGroups(candidates, (id) => texts.get(id));
  const [checked, check] = timed(() => runToEnd(anchorGroupsJob(groups, workBudget(HOSTILE_INPUT_UNITS))).flat());
  const target = articles[0];
  const mine = candidates.filter((a) => a.articleId === target.id);
  const [quick, page] = timed(() =>
    anchorAll(target.text, mine, { budget: workBudget(READER_SYNC_UNITS, { maxStep: MAIN_THREAD_STEP_UNITS }) }),
  );
  const [full, worker] = quick.overBudget
    ? timed(() => anchorAll(target.text, mine, { budget: workBudget(READER_UNITS) }))
    : [quick, 0];
  return (
    `page: parse ${ms(parse)}, reader's first placing ${ms(page)}; ` +
    `worker: orphan check ${ms(check)} (${countOverBudget(checked)} of ${checked.length} unchecked), ` +
    `reader's placing ${ms(worker)} (${full.placed.length} placed, ${full.overBudget} over budget)`
  );
}

export async function benchHostileImports(): Promise<Record<string, string | number>> {
  const text = readFileSync('public/articles/putin-high-tech-duel.txt', 'utf8');
  const article: Article = { id: contentHash(text), title: 'Default', origin: { kind: 'paste' }, addedAt: '', text };
  const ordinary = highlightsOn(text, 20, seeded(5)).map((a) => ({ ...a, articleId: article.id }));
  return {
    'baseline: 20 highlights on the default article': open(serializeW3C({ article, annotations: ordinary }), article),
    'W3C: near-miss 5,000-character quotes of the open article': open(nearMissW3C(article), article),
    'backup: 1 M-character article, near-miss 5,000-character quotes': open(nearMissBackup(), article),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchHostileImports();
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  console.log('\n## Hostile imports');
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}
