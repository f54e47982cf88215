/**
 * Which tasks issue 13's "10,000 annotations: longest task while loading" counts, and which it does
 * not: reloads the 1 MB article with 10,000 highlights stored (as `npm run bench` does), traced,
 * and lists, on the new page's clock (0 = its navigation start), every main-thread task of the
 * trace over `minMs` of wall time — the old page's included, since the trace starts before the
 * reload — beside the long tasks the new page's Long Tasks observer reported (the bench's figure).
 * `npx tsx bench/reload-many-tasks.ts DIST [reloads=3] [minMs=30]`
 */
import { mkdirSync } from 'node:fs';
import { launch } from './browser';
import { ANNOTATIONS_KEY, seededStorage, seedInPage, writeLongArticle } from './long-article';
import { probedPageWithFile, readProbes, waitForProbe, waitForTab } from './page-metrics';
import { startPreview } from './preview-server';
import { pageNavigation, traceEvents } from './traced-rounds';
import type { TraceEvent } from './trace-summary';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
const COUNT = 10_000;
const [DIST = 'dist', RELOADS = '3', MIN_MS = '30'] = process.argv.slice(2);
const OUT = process.env.TRACE_OUT ?? '/tmp/reload-many-tasks';
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  // `TRACE_CATEGORIES=disabled-by-default-devtools.timeline.invalidationTracking` says what made each restyle.
  ...(process.env.TRACE_CATEGORIES?.split(',').filter(Boolean) ?? []),
];

/** Names of the work inside a task that took the most wall time, with their ms. */
function inside(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const kinds = new Map<string, number>();
  for (const e of events)
    if (e !== task && e.ph === 'X' && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end)
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  return [...kinds]
    .filter(([name]) => !['RunTask', 'ThreadControllerImpl::RunTask'].includes(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, ms]) => `${k} ${Math.round(ms)}`)
    .join(', ');
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const long = writeLongArticle();
  const browser = await launch();
  const { base, stop } = await startPreview(PORT, DIST);
  try {
    const { page } = await probedPageWithFile(browser, base, long.file);
    for (let run = 0; run < +RELOADS; run++) {
      await page.evaluate(seedInPage, { prefix: ANNOTATIONS_KEY, entries: seededStorage(long.text, COUNT) });
      const path = `${OUT}/reload-${run}.json`;
      await browser.startTracing(page, { path, categories: CATEGORIES });
      await page.waitForTimeout(300);
      await page.reload({ waitUntil: 'commit' });
      await waitForTab(page, `Notes (${COUNT})`);
      await waitForProbe(page, 'layersAt', 150_000);
      await page.waitForTimeout(500);
      await browser.stopTracing();
      const probes = await readProbes(page);
      const events = traceEvents(path);
      const nav = pageNavigation(events);
      if (!nav) throw new Error(`${path}: no navigationStart`);
      const at = (ts: number) => Math.round((ts - nav.ts) / 1000);
      // Every renderer main thread: the old page and the new one may live in different processes.
      const mains = new Set(
        events
          .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const tasks = events.filter(
        (e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) / 1000 >= +MIN_MS,
      );
      console.log(`\nreload ${run} (${path}): the page's Long Tasks observer, start+duration ms:`);
      console.log(`  ${probes.long.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(', ')}`);
      console.log(`  trace, tasks ≥ ${MIN_MS} ms wall on a renderer main thread (start on the new page's clock):`);
      for (const t of tasks) {
        const where = t.ts + (t.dur ?? 0) <= nav.ts ? 'before navigation' : t.ts < nav.ts ? 'spans it' : 'after';
        console.log(
          `  ${String(at(t.ts)).padStart(6)} ms  ${Math.round((t.dur ?? 0) / 1000)} ms wall, CPU ${Math.round((t.tdur ?? 0) / 1000)} ms, ${where}${t.pid === nav.pid ? '' : ' (another process)'}: ${inside(events, t)}`,
        );
      }
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
