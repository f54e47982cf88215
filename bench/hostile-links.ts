/**
 * Hostile share links (issue 14, defect 6): how long decoding and anchoring the two crafted links
 * take, beside an ordinary 20-highlight link measured in the same run. Runs in Node on one core,
 * the same pure code the anchoring worker runs. Run alone: `npx tsx bench/hostile-links.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { countOverBudget, runAnchorJob } from '../src/model/anchor-job';
import { articleText, highlightsOn, seeded } from '../src/model/share/share-fixtures';
import { elidedQuoteFlood, nearMissQuotes } from '../src/model/share/hostile-links';
import { decodeShareLink, encodeShareLink } from '../src/model/share/share-link';
import { HOSTILE_INPUT_UNITS, workBudget } from '../src/model/work-budget';

const ms = (x: number) => `${x.toFixed(0)} ms`;

function open(fragment: string, fallbackText: string): string {
  const t0 = performance.now();
  const decoded = decodeShareLink(fragment);
  if ('error' in decoded) return decoded.error.message;
  const t1 = performance.now();
  const { article, annotations } = decoded.parsed;
  const text = article.kind === 'text' ? article.text : fallbackText;
  const results = runAnchorJob(
    text,
    annotations.map((a) => ({ selectors: a.selectors, elided: a.elided })),
    workBudget(HOSTILE_INPUT_UNITS),
  );
  const t2 = performance.now();
  const placed = results.filter((r) => r.result.status === 'anchored').length;
  return `decode ${ms(t1 - t0)} + anchor ${ms(t2 - t1)} = ${ms(t2 - t0)} (${fragment.length.toLocaleString('en')} chars; ${placed} placed, ${countOverBudget(results)} over budget of ${results.length})`;
}

export async function benchHostileLinks(): Promise<Record<string, string | number>> {
  const rand = seeded(5);
  const text = articleText(rand, 6_000);
  const ordinary = encodeShareLink({
    article: { kind: 'bundled', id: 'x' },
    annotations: highlightsOn(text, 20, rand),
  });
  return {
    'baseline: 20 highlights on a 6 KB article': open(ordinary, text),
    '500 elided quotes on a 1 M-character text': open(elidedQuoteFlood(), ''),
    '300 near-miss 5,000-character quotes': open(nearMissQuotes(), ''),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchHostileLinks();
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  console.log('\n## Hostile share links');
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(width)}  ${v}`);
}
