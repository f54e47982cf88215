/**
 * Where the time from text to layers goes for a user's own article (no build-time analysis), on
 * its first open (Open file) and on a reload: a Chromium trace of each, summarised per thread
 * (the page's main thread, the analysis worker) as the spans that matter on this path — the
 * worker's start, its scripts' fetch and evaluation, the analysis message, the replies' handling
 * on the page — in ms from the action (file chosen, or navigation), wall and CPU.
 * `npx tsx bench/trace-own.ts <dist> [<dist>…] [--runs N]`; ports from MARGINALIA_BENCH_PORT on;
 * TRACE_KEEP=1 keeps the traces.
 */
import { median } from './browser';
import { readProbes, waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';
import type { TraceEvent as Ev } from './trace-summary';
import { distsAndRuns, pageNavigation, traceEvents, tracedRounds } from './traced-rounds';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'loading',
  '__metadata',
];

const ARTICLE = 'public/articles/putin-high-tech-duel.txt';

interface Summary {
  /** ms from the action: when the worker thread ran its first task. */
  workerFirst: number;
  /** ms from the action: when the worker's scripts were evaluated (each: start, wall, CPU). */
  workerScripts: Array<{ url: string; at: number; ms: number; cpu: number }>;
  /** The worker's busiest function call (the analysis): start, wall, CPU. */
  analysis: { at: number; ms: number; cpu: number };
  /** Worker thread CPU in all. */
  workerCpu: number;
  /** Main thread CPU from the text's frame to the layers' frame. */
  mainTextToLayers: number;
  /** Main thread's tasks over 5 ms CPU between text and layers: start, CPU, wall. */
  mainTasks: string[];
  text: number;
  layers: number;
}

/**
 * `from`: the page-clock time (performance.now) the figures count from; `mark`: a user-timing mark
 * the page set at a known page-clock time, to place the page's clock in the trace (the first open
 * has no navigation in its trace). `textAt`, `layersAt`: page-clock times.
 */
function summarise(file: string, from: number, textAt: number, layersAt: number, mark?: number): Summary {
  const ev = traceEvents(file);
  const navEv = pageNavigation(ev);
  const markEv = ev.find((e) => e.name === 'mg-zero');
  const names = new Map<string, string>();
  for (const e of ev) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const anchor = navEv ?? markEv!;
  const mainKey = `${anchor.pid}:${anchor.tid}`;
  const timeOrigin = navEv ? navEv.ts : markEv!.ts - mark! * 1000;
  const zero = timeOrigin + from * 1000;
  const rel = (e: Ev) => +((e.ts - zero) / 1000).toFixed(1);
  const ms = (e: Ev) => +((e.dur ?? 0) / 1000).toFixed(1);
  const cpu = (e: Ev) => +((e.tdur ?? e.dur ?? 0) / 1000).toFixed(1);
  const workerKeys = [...names].filter(
    ([k, n]) => n === 'DedicatedWorker thread' && k.startsWith(mainKey.split(':')[0] + ':'),
  );
  const onWorker = ev.filter((e) => workerKeys.some(([k]) => k === `${e.pid}:${e.tid}`) && e.ph === 'X');
  // The analysis worker: the worker thread with the most CPU (the anchoring worker does little).
  const byThread = new Map<string, Ev[]>();
  for (const e of onWorker) {
    const k = `${e.pid}:${e.tid}`;
    (byThread.get(k) ?? byThread.set(k, []).get(k)!).push(e);
  }
  const tasksCpu = (xs: Ev[]) =>
    xs
      .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
      .reduce((a, e) => a + cpu(e), 0);
  const [, w = []] = [...byThread].sort((a, b) => tasksCpu(b[1]) - tasksCpu(a[1]))[0] ?? [];
  const afterZero = w.filter((e) => e.ts >= zero - 50_000);
  const scripts = afterZero
    .filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule')
    .map((e) => ({ url: String(e.args?.data?.url ?? e.name).replace(/.*\//, ''), at: rel(e), ms: ms(e), cpu: cpu(e) }));
  const calls = afterZero.filter((e) => e.name === 'FunctionCall' || e.name === 'v8.callFunction');
  const big = calls.sort((a, b) => cpu(b) - cpu(a))[0];
  const main = ev.filter(
    (e) =>
      `${e.pid}:${e.tid}` === mainKey &&
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  );
  const t0 = (x: number) => timeOrigin + x * 1000;
  const between = main.filter((e) => e.ts >= t0(textAt) - 500 && e.ts <= t0(layersAt) + 500);
  return {
    workerFirst: afterZero.length ? rel(afterZero.sort((a, b) => a.ts - b.ts)[0]) : NaN,
    workerScripts: scripts,
    analysis: big ? { at: rel(big), ms: ms(big), cpu: cpu(big) } : { at: NaN, ms: NaN, cpu: NaN },
    workerCpu: +tasksCpu(afterZero).toFixed(1),
    mainTextToLayers: +between.reduce((a, e) => a + cpu(e), 0).toFixed(1),
    mainTasks: between.filter((e) => cpu(e) >= 5).map((e) => `${rel(e)}:${cpu(e)}/${ms(e)}`),
    text: textAt - from,
    layers: layersAt - from,
  };
}

async function main() {
  const { dists, runs } = distsAndRuns(3);
  const port = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
  const servers = await Promise.all(dists.map((d, i) => startPreview(port + i, d)));
  let out: { open: Summary; reload: Summary }[][];
  try {
    out = await tracedRounds(
      dists.length,
      runs,
      'mg-trace-own-',
      async ({ index, round, browser, page, tracePath }) => {
        await page.goto(`${servers[index].base}#/library`);
        await page.getByRole('button', { name: 'Open file', exact: true }).waitFor();
        const openPath = tracePath('open');
        await browser.startTracing(page, { path: openPath, categories: CATEGORIES });
        const mark = await page.evaluate(() => performance.mark('mg-zero').startTime);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Open file', exact: true }).click();
        await (await chooser).setFiles(ARTICLE);
        await waitForProbe(page, 'layersAt');
        await page.waitForTimeout(100);
        await browser.stopTracing();
        const o = await readProbes(page);
        const reloadPath = tracePath('reload');
        await browser.startTracing(page, { path: reloadPath, categories: CATEGORIES });
        await page.reload({ waitUntil: 'commit' });
        await waitForProbe(page, 'layersAt');
        await page.waitForTimeout(100);
        await browser.stopTracing();
        const p = await readProbes(page);
        // The first open: from the file choice; its text probe is the library page's, so use layers only.
        const open = summarise(openPath, o.fileChosenAt!, o.layersAt!, o.layersAt!, mark);
        const reload = summarise(reloadPath, 0, p.textAt!, p.layersAt!);
        if (round > 0) {
          console.log(`${dists[index]} run ${round} open: ${JSON.stringify(open)}`);
          console.log(`${dists[index]} run ${round} reload: ${JSON.stringify(reload)}`);
        }
        return { open, reload };
      },
    );
  } finally {
    servers.forEach((s) => s.stop());
  }
  dists.forEach((d, i) => {
    for (const kind of ['open', 'reload'] as const) {
      const xs = out[i].map((run) => run[kind]);
      const m = (f: (s: Summary) => number) => +median(xs.map(f)).toFixed(1);
      console.log(
        `${d} ${kind}: layers ${m((s) => s.layers)} (text ${m((s) => s.text)}), worker first task ${m((s) => s.workerFirst)}, analysis at ${m((s) => s.analysis.at)} (${m((s) => s.analysis.cpu)} CPU), worker CPU ${m((s) => s.workerCpu)}, main CPU text→layers ${m((s) => s.mainTextToLayers)}`,
      );
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
