/**
 * Where the 1 MB article's two slow moments of issue 13 spend the main thread, from Chromium
 * traces: opening it (file chosen → every layer painted) and clicks on the Claims tab (→ claims on
 * screen). Besides wall times it prints each task's CPU time on the main thread (the trace's
 * thread time), which barely moves with the machine's load: on a shared 2-core machine a task of
 * 20 ms CPU can take 300 ms of wall time, so compare builds by CPU, alternated, and read the wall
 * figures of `npm run bench` with its load average.
 *
 * Serves `dist/` (build it first; `TRACE_DIST` serves another build, for A/B runs) on MARGINALIA_BENCH_PORT. `TRACE_PROFILE=1` adds CPU samples
 * and the stacks of forced layouts (names need `MARGINALIA_KEEP_NAMES=1 npx vite build`); it
 * slows the page, so its CPU figures run higher.
 * The open's longest tasks by wall always get their breakdown (`TRACE_WALL_TOP`, default 3).
 * `npx tsx bench/trace-long.ts [outDir] [minTaskMs by CPU for the detail, 0 = none]`
 */
import { mkdirSync } from 'node:fs';
import { launch, median } from './browser';
import { writeLongArticle } from './long-article';
import { startPreview } from './preview-server';
import { probedPage, readProbes, waitForProbe } from './page-metrics';
import { printSummary, type TaskSummary } from './trace-summary';
import { tracedTasks } from './traced-tasks';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
const OUT = process.argv[2] ?? '/tmp/trace-long';
const DETAIL = Number(process.argv[3] ?? 0);
/** How long tracing goes on after every layer is painted (ms), `TRACE_TAIL_MS`. */
const TAIL_MS = Number(process.env.TRACE_TAIL_MS ?? 1500);
/** How many of the open's longest tasks by wall get their breakdown, `TRACE_WALL_TOP`. */
const WALL_TOP = Number(process.env.TRACE_WALL_TOP ?? 3);

const top = (tasks: TaskSummary[]) =>
  [...tasks]
    .sort((a, b) => b.cpuMs - a.cpuMs)
    .slice(0, 5)
    .map((t) => `${t.cpuMs} (${t.ms})`)
    .join(', ');

async function main() {
  mkdirSync(OUT, { recursive: true });
  const long = writeLongArticle();
  const { base, stop } = await startPreview(PORT, process.env.TRACE_DIST);
  const browser = await launch();
  try {
    const { page } = await probedPage(browser);
    await page.goto(`${base}#/library`);
    await page.waitForTimeout(1000);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file', exact: true }).click();
    const files = await chooser;
    const open = await tracedTasks(browser, page, `${OUT}/open.json`, async () => {
      await files.setFiles(long.file);
      await waitForProbe(page, 'layersAt', 150_000);
      // Work the analysis starts but that lands after the probe (a panel's rows, the overview) still
      // belongs to opening the article: keep tracing a while after it.
      await page.waitForTimeout(TAIL_MS);
    });
    const p = await readProbes(page);
    const wall = p.long.filter((t) => t.start + t.duration >= p.fileChosenAt! && t.start <= p.layersAt!);
    console.log(
      `open: layers ${Math.round(p.layersAt! - p.fileChosenAt!)} ms after the file was chosen; longest task ${Math.round(Math.max(0, ...wall.map((t) => t.duration)))} ms wall; longest by CPU, ms (wall): ${top(open)}`,
    );
    // The figure a Long Tasks observer sees is wall time: show what fills the longest tasks by wall
    // (per kind, wall next to CPU) whether or not they are long by CPU.
    console.log(`longest ${WALL_TOP} tasks by wall while opening:`);
    printSummary([...open].sort((a, b) => b.ms - a.ms).slice(0, WALL_TOP));
    if (DETAIL) printSummary(open.filter((t) => t.cpuMs >= DETAIL));

    await page.waitForTimeout(500);
    const clicks: Array<{ wall: number; cpu: number }> = [];
    for (let run = 0; run < 5; run++) {
      await page.getByRole('tab', { name: 'Cast' }).click();
      await page.waitForTimeout(500);
      let took = 0;
      const tasks = await tracedTasks(browser, page, `${OUT}/claims-${run}.json`, async () => {
        // Timed inside the page, as bench/layers.ts does: click → a claim in the panel, two frames on.
        took = await page.evaluate(async () => {
          const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) =>
            t.textContent?.startsWith('Claims'),
          )!;
          const t0 = performance.now();
          tab.click();
          while (!document.querySelector('[role="tabpanel"] .claim-item'))
            await new Promise((done) => requestAnimationFrame(done));
          await frames();
          return performance.now() - t0;
        });
      });
      clicks.push({ wall: took, cpu: tasks.reduce((a, t) => a + t.cpuMs, 0) });
      if (DETAIL) printSummary(tasks.filter((t) => t.cpuMs >= DETAIL));
    }
    console.log(
      `claims tab, wall / CPU ms: ${clicks.map((c) => `${Math.round(c.wall)} / ${c.cpu}`).join(', ')}; medians ${Math.round(median(clicks.map((c) => c.wall)))} / ${median(clicks.map((c) => c.cpu))}`,
    );
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
