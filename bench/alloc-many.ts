/**
 * What a reload with 10,000 of the reader's highlights on the 1 MB article allocates on the main
 * thread, by function: V8's sampling heap profiler (through CDP) from the reload until the Notes
 * tab counts all 10,000 and the layers are painted, then 500 ms more. Objects collected since are
 * counted too, so this is what the collector has to deal with, not what stays. Prints the
 * functions with the most bytes (self) and the call paths above them.
 * `npx tsx bench/alloc-many.ts DIST_DIR [reloads=2] [top=25]`, served on MARGINALIA_BENCH_PORT.
 */
import type { CDPSession } from '@playwright/test';
import { launch } from './browser';
import { ANNOTATIONS_KEY, seededStorage, seedInPage, writeLongArticle } from './long-article';
import { probedPageWithFile, waitForProbe, waitForTab } from './page-metrics';
import { startPreview } from './preview-server';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
const COUNT = 10_000;
const [DIR = 'dist', RELOADS = '2', TOP = '25'] = process.argv.slice(2);

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface HeapNode {
  callFrame: Frame;
  selfSize: number;
  children: HeapNode[];
}

const short = (f: Frame) =>
  `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(assets|src)\//, '$1/')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;

function summarize(root: HeapNode, top: number) {
  const self = new Map<string, number>();
  const paths = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode, stack: string[]) => {
    const name = short(node.callFrame);
    const here = [...stack, name];
    if (node.selfSize) {
      total += node.selfSize;
      self.set(name, (self.get(name) ?? 0) + node.selfSize);
      const path = here.slice(-5).reverse().join(' ← ');
      paths.set(path, (paths.get(path) ?? 0) + node.selfSize);
    }
    for (const c of node.children) walk(c, here);
  };
  walk(root, []);
  const mb = (n: number) => (n / 1e6).toFixed(2).padStart(7);
  console.log(`sampled total ${mb(total)} MB`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${mb(v)} MB  ${k}`);
  console.log('call paths:');
  for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${mb(v)} MB  ${k}`);
  // A task's entry with all it called: the analysis' arrival is `onmessage` with its decoding below it.
  const inclusive = (node: HeapNode): number => node.selfSize + node.children.reduce((n, c) => n + inclusive(c), 0);
  const entries = new Map<string, number>();
  for (const c of root.children) entries.set(short(c.callFrame), (entries.get(short(c.callFrame)) ?? 0) + inclusive(c));
  console.log('task entries, with what they called:');
  for (const [k, v] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${mb(v)} MB  ${k}`);
}

async function main() {
  const long = writeLongArticle(`${DIR}/bench-long-article.txt`);
  const { base, stop } = await startPreview(PORT, DIR);
  const browser = await launch();
  try {
    const { page } = await probedPageWithFile(browser, base, long.file);
    const cdp: CDPSession = await page.context().newCDPSession(page);
    for (let run = 0; run < +RELOADS; run++) {
      await page.evaluate(seedInPage, { prefix: ANNOTATIONS_KEY, entries: seededStorage(long.text, COUNT) });
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.startSampling', {
        samplingInterval: 8192,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      await page.reload({ waitUntil: 'commit' });
      await waitForTab(page, `Notes (${COUNT})`);
      await waitForProbe(page, 'layersAt', 150_000);
      await page.waitForTimeout(500);
      const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
      console.log(`\nreload ${run}:`);
      summarize(profile.head, +TOP);
    }
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
