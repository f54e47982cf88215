/**
 * Main-thread CPU of the landing page's start-up, from Chromium traces (CPU time barely moves with
 * the machine's load, unlike wall time): for each build, fresh contexts alternating, the CPU
 * before the probes (bench/page-metrics.ts) see the text, from there until they see every layer
 * painted (and how much of that is rendering), of the page's inline scripts, and of prioritized
 * tasks (`scheduler.postTask`: the landing layers' painter, when it ran after the first frame).
 * `npx tsx bench/trace-landing.ts <dist> [<dist>…] [--runs N]`; ports from MARGINALIA_BENCH_PORT on;
 * TRACE_KEEP=1 keeps the traces (their folder is printed).
 */
import { median } from './browser';
import { readProbes, waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';
import type { TraceEvent as Ev } from './trace-summary';
import { distsAndRuns, pageNavigation, traceEvents, tracedRounds } from './traced-rounds';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** CPU (ms) of the main thread's work, split at the probes' text and layers frames. */
function split(file: string, textAt: number, layersAt: number) {
  const ev = traceEvents(file);
  const navEv = pageNavigation(ev)!;
  const main = { pid: navEv.pid, tid: navEv.tid };
  const on = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const nav = navEv.ts;
  const rel = (e: Ev) => (e.ts - nav) / 1000;
  const cpu = (xs: Ev[]) => +(xs.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000).toFixed(1);
  // Before the text: tasks ended by the probes' text frame; after it: tasks begun from that frame on.
  const tasks = on.filter((e) => e.name === 'RunTask');
  const before = tasks.filter((t) => rel(t) + (t.dur ?? 0) / 1000 <= textAt + 0.5);
  const between = tasks.filter((t) => rel(t) > textAt - 0.5 && rel(t) <= layersAt + 0.5);
  const kind = (xs: Ev[], names: string[]) =>
    cpu(on.filter((e) => names.includes(e.name) && xs.some((t) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0))));
  const inline = on.filter(
    (e) => e.name === 'EvaluateScript' && e.args?.data?.url && !/assets\//.test(e.args.data.url),
  );
  const postTask = on.filter((e) => e.name === 'RunPostTaskCallback');
  return {
    toText: cpu(before),
    textToLayers: cpu(between),
    renderGap: kind(between, ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize']),
    inline: cpu(inline),
    postTask: cpu(postTask),
  };
}

async function main() {
  const { dists, runs } = distsAndRuns(5);
  const port = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
  const servers = await Promise.all(dists.map((d, i) => startPreview(port + i, d)));
  let out: Array<ReturnType<typeof split> & { text: number; layers: number }>[];
  try {
    out = await tracedRounds(dists.length, runs, 'mg-trace-landing-', async ({ index, browser, page, tracePath }) => {
      const path = tracePath();
      await browser.startTracing(page, { path, categories: CATEGORIES });
      await page.goto(`${servers[index].base}#/read/putin-high-tech-duel`, { waitUntil: 'commit' });
      await waitForProbe(page, 'layersAt');
      await page.waitForTimeout(100);
      await browser.stopTracing();
      const p = await readProbes(page);
      return { ...split(path, p.textAt!, p.layersAt!), text: p.textAt!, layers: p.layersAt! };
    });
  } finally {
    servers.forEach((s) => s.stop());
  }
  dists.forEach((d, i) => {
    const m = (f: (x: (typeof out)[number][number]) => number) => +median(out[i].map(f)).toFixed(1);
    console.log(
      `${d}: CPU nav→text ${m((x) => x.toText)} ms, text→layers ${m((x) => x.textToLayers)} ms (render ${m((x) => x.renderGap)}), inline scripts ${m((x) => x.inline)}, postTask ${m((x) => x.postTask)}; wall text ${m((x) => x.text)}, layers ${m((x) => x.layers)}`,
    );
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
