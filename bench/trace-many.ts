/**
 * Where the main thread goes with 10,000 of the reader's highlights on the 1 MB article (issue 13's
 * "10,000 annotations" rows), from Chromium traces, for two builds side by side: a reload (→ the
 * Notes tab counts all 10,000 and every layer is painted) and creating one highlight with the
 * mouse (click → painted, and the tasks that follow within 400 ms). It prints each step's longest
 * task by CPU time on the main thread (the trace's thread time), which barely moves with the
 * machine's load, and alternates the builds step by step so both see the same load.
 *
 * A reload's figure counts the tasks from the one that commits the new page on
 * (`newDocumentCommit`: it runs the old page's pagehide and unload handlers, so they count). The
 * tracing starts before the reload, so the old page's last frames are in the trace too; they are
 * shown apart ("old page"), and were counted in the figure before: one of them restyled the whole
 * old page (2,617 elements, 36 ms) after the DevTools session it was attached to closed for the
 * navigation, the bench's doing, not the reader's (bench/reload-many-tasks.ts lists such tasks).
 *
 * Each build is served on a port of its own (MARGINALIA_BENCH_PORT and the next one), opened
 * once in a page of its own; the highlights are seeded again before every reload.
 * `npx tsx bench/trace-many.ts A_DIR [B_DIR] [pairs=3] [detailMs=0]` (e.g. a copy of an older
 * `dist/` and `dist`). `TRACE_PROFILE=1` adds CPU samples to the detail (slower page);
 * `TRACE_CREATES=0` traces reloads only; `TRACE_OUT=dir` keeps the traces there (default /tmp/trace-many).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { launch, median } from './browser';
import { selectWord } from './layers';
import { ANNOTATIONS_KEY, seededStorage, seedInPage, writeLongArticle } from './long-article';
import { probedPageWithFile, readProbes, waitForProbe, waitForTab, type Probes } from './page-metrics';
import { startPreview } from './preview-server';
import { newDocumentCommit, printSummary, type TaskSummary } from './trace-summary';
import { tracedTasks } from './traced-tasks';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
const COUNT = 10_000;
const CREATES = Number(process.env.TRACE_CREATES ?? 5);
const [A_DIR, B_DIR, PAIRS = '3', DETAIL = '0'] = process.argv.slice(2);
/** Where the traces go (`TRACE_OUT`): helpers running side by side each need their own. */
const OUT = process.env.TRACE_OUT ?? '/tmp/trace-many';

const maxCpu = (tasks: TaskSummary[]) => Math.max(0, ...tasks.map((t) => t.cpuMs));

interface Build {
  name: string;
  page: Page;
  text: string;
  /** Longest task by CPU per reload, from the new page's commit. */
  reloads: number[];
  /** Longest task by CPU per reload before that commit: the old page's last frames. */
  oldPage: number[];
  /** Longest task by wall time per reload (Long Tasks observer). */
  reloadWalls: number[];
  creates: Array<{ wall: number; cpu: number; sum: number }>;
}

async function openBuild(browser: Browser, name: string, dir: string, port: number, file: string, text: string) {
  const { base, stop } = await startPreview(port, dir);
  try {
    const { page } = await probedPageWithFile(browser, base, file);
    const build: Build = { name, page, text, reloads: [], oldPage: [], reloadWalls: [], creates: [] };
    return { build, stop };
  } catch (error) {
    // Not yet in the caller's list of servers to stop, so stopped here.
    stop();
    throw error;
  }
}

async function reloadStep(browser: Browser, b: Build, run: number) {
  await b.page.evaluate(seedInPage, { prefix: ANNOTATIONS_KEY, entries: seededStorage(b.text, COUNT) });
  const path = `${OUT}/${b.name}-reload-${run}.json`;
  const traced = await tracedTasks(browser, b.page, path, async () => {
    await b.page.reload({ waitUntil: 'commit' });
    await waitForTab(b.page, `Notes (${COUNT})`, 150_000);
    await waitForProbe(b.page, 'layersAt', 150_000);
    await b.page.waitForTimeout(500);
  });
  const commit = newDocumentCommit(path);
  if (commit === undefined) throw new Error(`${path}: no commit of the reloaded page`);
  const tasks = traced.filter((t) => t.ts >= commit);
  b.reloads.push(maxCpu(tasks));
  b.oldPage.push(maxCpu(traced.filter((t) => t.ts < commit)));
  // The bench's own figure: the page's Long Tasks observer, from navigation until settled (wall).
  const probes = await readProbes(b.page);
  const long = probes.long;
  b.reloadWalls.push(Math.round(Math.max(0, ...long.map((t) => t.duration))));
  const top = [...tasks].sort((x, y) => y.cpuMs - x.cpuMs).slice(0, 5);
  console.log(
    `${b.name} reload ${run}: longest task wall ${b.reloadWalls[b.reloadWalls.length - 1]} ms, ${long.filter((t) => t.duration > 50).length} over 50 ms; layers ${Math.round(probes.layersAt!)} ms; longest by CPU from the commit, ms (wall): ${top.map((t) => `${t.cpuMs} (${t.ms})`).join(', ')}; old page's longest ${b.oldPage[b.oldPage.length - 1]} ms CPU`,
  );
  if (+DETAIL) printSummary(tasks.filter((t) => t.cpuMs >= +DETAIL));
}

async function createStep(browser: Browser, b: Build, k: number, run: number) {
  await b.page.evaluate(() => window.scrollTo(0, 0));
  await b.page.waitForTimeout(300);
  await selectWord(b.page, k);
  const button = b.page.getByRole('button', { name: 'Highlight: important (yellow)' });
  await button.waitFor();
  const tasks = await tracedTasks(browser, b.page, `${OUT}/${b.name}-create-${run}.json`, async () => {
    const n = (await readProbes(b.page)).creations.length;
    await button.click();
    const painted = (n: number) => {
      const c = (window as unknown as { __mg: Probes }).__mg.creations[n];
      return c?.ms !== undefined;
    };
    await b.page.waitForFunction(painted, n, { polling: 'raf', timeout: 5000 });
    await b.page.waitForTimeout(400);
  });
  const p = await readProbes(b.page);
  const wall = p.creations[p.creations.length - 1].ms!;
  const sum = tasks.reduce((a, t) => a + t.cpuMs, 0);
  b.creates.push({ wall, cpu: maxCpu(tasks), sum });
  const big = tasks.filter((t) => t.cpuMs >= 3).map((t) => `${t.start}:${t.cpuMs}`);
  console.log(`${b.name} create ${run}: painted ${Math.round(wall)} ms; tasks ≥ 3 ms CPU (start:cpu) ${big.join(' ')}`);
  if (+DETAIL) printSummary(tasks.filter((t) => t.cpuMs >= +DETAIL));
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const long = writeLongArticle();
  const browser = await launch();
  const dirs = [A_DIR, B_DIR].filter(Boolean);
  const opened = [];
  try {
    for (const [i, dir] of dirs.entries())
      opened.push(await openBuild(browser, i ? 'B' : 'A', dir, PORT + i, long.file, long.text));
    const builds = opened.map((o) => o.build);
    for (let run = 0; run < +PAIRS; run++) {
      for (const b of run % 2 ? [...builds].reverse() : builds) await reloadStep(browser, b, run);
      for (let j = 0; j < CREATES; j++)
        for (const b of (run + j) % 2 ? [...builds].reverse() : builds)
          await createStep(browser, b, 2 + j, run * CREATES + j);
    }
    for (const b of builds) {
      const c = b.creates;
      const created = c.length
        ? `; create: painted median ${Math.round(median(c.map((x) => x.wall)))} ms, longest task CPU median ${median(c.map((x) => x.cpu))} / max ${Math.max(...c.map((x) => x.cpu))}, CPU in 400 ms median ${median(c.map((x) => x.sum))}`
        : '';
      console.log(
        `${b.name}: reload longest task CPU ${b.reloads.join(', ')} (median ${median(b.reloads)}), wall ${b.reloadWalls.join(', ')} (median ${median(b.reloadWalls)}); counting the old page's last frames too (as before), CPU median ${median(b.reloads.map((r, i) => Math.max(r, b.oldPage[i])))}${created}`,
      );
    }
  } finally {
    await browser.close();
    for (const o of opened) o.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
