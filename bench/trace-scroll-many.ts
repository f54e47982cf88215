/**
 * Where the main thread goes while scrolling the 1 MB article with 10,000 of the reader's
 * highlights (issue 13's "10,000 annotations: longest task while scrolling"), from Chromium traces,
 * for one or two builds alternated run by run so both see the same load. Each run scrolls as the
 * bench does (one viewport per frame for 3 s, back to the top, then the mouse wheel for 3 s) and
 * prints the tasks of at least `minCpuMs` thread time, each with what is inside it (style, layout,
 * paint, script…), plus the page's own Long Tasks figure (wall).
 *
 * `npx tsx bench/trace-scroll-many.ts A_DIR [B_DIR] [runs=3] [minCpuMs=10]`. Builds are served on
 * MARGINALIA_BENCH_PORT and the next port; `TRACE_PROFILE=1` adds the script's functions;
 * `TRACE_OUT=dir` keeps the traces (default /tmp/trace-scroll-many).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { launch, median } from './browser';
import { ANNOTATIONS_KEY, seededStorage, seedInPage, writeLongArticle } from './long-article';
import {
  frameStats,
  probedPageWithFile,
  readProbes,
  scrollFrames,
  waitForProbe,
  waitForTab,
  wheelFrames,
} from './page-metrics';
import { startPreview } from './preview-server';
import { printSummary } from './trace-summary';
import { tracedTasks } from './traced-tasks';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
const COUNT = 10_000;
const [A_DIR, B_DIR, RUNS = '3', MIN = '10'] = process.argv.slice(2);
const OUT = process.env.TRACE_OUT ?? '/tmp/trace-scroll-many';

interface Build {
  name: string;
  page: Page;
  cpu: number[];
  wall: number[];
  p95: number[];
}

async function scrollRun(browser: Browser, b: Build, run: number) {
  await b.page.evaluate(() => window.scrollTo(0, 0));
  await b.page.waitForTimeout(500);
  const before = (await readProbes(b.page)).long.length;
  let frames = { p95: 0 };
  const tasks = await tracedTasks(browser, b.page, `${OUT}/${b.name}-scroll-${run}.json`, async () => {
    frames = frameStats(await scrollFrames(b.page));
    await b.page.evaluate(() => window.scrollTo(0, 0));
    await b.page.waitForTimeout(300);
    await wheelFrames(b.page);
  });
  const long = (await readProbes(b.page)).long.slice(before);
  const wall = Math.round(Math.max(0, ...long.map((t) => t.duration)));
  const cpu = Math.max(0, ...tasks.map((t) => t.cpuMs));
  b.cpu.push(cpu);
  b.wall.push(wall);
  b.p95.push(frames.p95);
  const top = [...tasks].sort((x, y) => y.cpuMs - x.cpuMs).slice(0, 6);
  console.log(
    `${b.name} scroll ${run}: viewport p95 ${frames.p95} ms; Long Tasks longest ${wall} ms; longest by CPU (wall), ms: ${top.map((t) => `${t.cpuMs} (${t.ms})`).join(', ')}`,
  );
  printSummary(tasks.filter((t) => t.cpuMs >= +MIN));
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const long = writeLongArticle();
  const browser = await launch();
  const stops: Array<() => void> = [];
  try {
    const builds: Build[] = [];
    for (const [i, dir] of [A_DIR, B_DIR].filter(Boolean).entries()) {
      const { base, stop } = await startPreview(PORT + i, dir);
      stops.push(stop);
      const { page } = await probedPageWithFile(browser, base, long.file);
      await page.evaluate(seedInPage, { prefix: ANNOTATIONS_KEY, entries: seededStorage(long.text, COUNT) });
      await page.reload({ waitUntil: 'commit' });
      await waitForTab(page, `Notes (${COUNT})`, 150_000);
      await waitForProbe(page, 'layersAt', 150_000);
      await page.waitForTimeout(1500);
      builds.push({ name: i ? 'B' : 'A', page, cpu: [], wall: [], p95: [] });
    }
    for (let run = 0; run < +RUNS; run++)
      for (const b of run % 2 ? [...builds].reverse() : builds) await scrollRun(browser, b, run);
    for (const b of builds)
      console.log(
        `${b.name}: longest task CPU ${b.cpu.join(', ')} (median ${median(b.cpu)}); Long Tasks wall ${b.wall.join(', ')} (median ${median(b.wall)}); viewport p95 ${b.p95.join(', ')}`,
      );
  } finally {
    await browser.close();
    for (const stop of stops) stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
