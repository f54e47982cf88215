/**
 * How much work one full garbage collection is once a reload with 10,000 of the reader's
 * highlights on the 1 MB article has settled: the cost of marking what the page keeps, which is
 * what a major collection's final pause grows with when the concurrent markers fall behind (on this
 * loaded 2-core machine they often do, and the pause lands in a task of ~45 ms CPU). Each build's
 * page is reloaded and settled, then collected `rounds` times through CDP while tracing; prints the
 * main thread's CPU in each collection (all of it, and its marking) and the heap left after, the
 * builds alternated round by round.
 * `GC_SINGLE_THREAD=1` runs the collector on the main thread only (`--single-threaded-gc`), so its
 * CPU there is all the collector's work, unmoved by how the helper threads are scheduled.
 * `npx tsx bench/gc-mark-many.ts A_DIR [B_DIR] [rounds=6]`, served on MARGINALIA_BENCH_PORT (+1 for B).
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromeArgs, findChrome } from '../e2e/support/chrome';
import { median } from './browser';
import { ANNOTATIONS_KEY, seededStorage, seedInPage, writeLongArticle } from './long-article';
import { probedPageWithFile, waitForProbe, waitForTab } from './page-metrics';
import { startPreview } from './preview-server';
import type { TraceEvent } from './trace-summary';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
const COUNT = Number(process.env.GC_COUNT ?? 10_000);
const [A_DIR, B_DIR, ROUNDS = '6'] = process.argv.slice(2);
const OUT = process.env.TRACE_OUT ?? '/tmp/gc-mark-many';

interface Build {
  name: string;
  page: Page;
  cdp: CDPSession;
  gc: number[];
  mark: number[];
  heap: number[];
}

/** The main thread's full collections in a trace: CPU of each, of its marking, and the heap after. */
function collections(file: string) {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const majors = events.filter((e) => e.ph === 'X' && e.name === 'MajorGC');
  const marks = events.filter((e) => e.ph === 'X' && e.name === 'V8.GC_MC_MARK');
  // The page's renderer: the thread whose collections freed or kept the most heap.
  const main = majors.sort(
    (a, b) => Number(b.args?.usedHeapSizeAfter ?? 0) - Number(a.args?.usedHeapSizeAfter ?? 0),
  )[0];
  if (!main) return undefined;
  const on = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
  return {
    gc: majors.filter(on).reduce((a, e) => a + cpu(e), 0),
    mark: marks.filter(on).reduce((a, e) => a + cpu(e), 0),
    heap: Number(main.args?.usedHeapSizeAfter ?? 0) / 1e6,
  };
}

async function openBuild(browser: Browser, name: string, dir: string, port: number, file: string, text: string) {
  const { base, stop } = await startPreview(port, dir);
  try {
    const { page } = await probedPageWithFile(browser, base, file);
    await page.evaluate(seedInPage, { prefix: ANNOTATIONS_KEY, entries: seededStorage(text, COUNT) });
    await page.reload({ waitUntil: 'commit' });
    if (COUNT) await waitForTab(page, `Notes (${COUNT})`);
    await waitForProbe(page, 'layersAt', 150_000);
    await page.waitForTimeout(2000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    // The first collection also frees what loading left behind: not counted.
    await cdp.send('HeapProfiler.collectGarbage');
    const build: Build = { name, page, cdp, gc: [], mark: [], heap: [] };
    return { build, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function round(browser: Browser, b: Build, run: number) {
  const path = `${OUT}/${b.name}-gc-${run}.json`;
  await browser.startTracing(b.page, { path, categories: ['devtools.timeline', 'disabled-by-default-v8.gc'] });
  await b.cdp.send('HeapProfiler.collectGarbage');
  await b.page.waitForTimeout(200);
  await browser.stopTracing();
  const c = collections(path);
  if (!c) return console.log(`${b.name} round ${run}: no collection traced`);
  b.gc.push(+c.gc.toFixed(1));
  b.mark.push(+c.mark.toFixed(1));
  b.heap.push(+c.heap.toFixed(1));
  console.log(
    `${b.name} round ${run}: GC ${c.gc.toFixed(1)} ms CPU, marking ${c.mark.toFixed(1)}, heap after ${c.heap.toFixed(1)} MB`,
  );
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const long = writeLongArticle();
  const args = process.env.GC_SINGLE_THREAD ? [...chromeArgs, '--js-flags=--single-threaded-gc'] : chromeArgs;
  const browser = await chromium.launch({ executablePath: findChrome(), args });
  const opened = [];
  try {
    for (const [i, dir] of [A_DIR, B_DIR].filter(Boolean).entries())
      opened.push(await openBuild(browser, i ? 'B' : 'A', dir, PORT + i, long.file, long.text));
    const builds = opened.map((o) => o.build);
    for (let run = 0; run < +ROUNDS; run++)
      for (const b of run % 2 ? [...builds].reverse() : builds) await round(browser, b, run);
    for (const b of builds)
      console.log(
        `${b.name}: full GC CPU median ${median(b.gc)} ms (${b.gc.join(', ')}), marking median ${median(b.mark)}, heap ${median(b.heap)} MB`,
      );
  } finally {
    await browser.close();
    for (const o of opened) o.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
