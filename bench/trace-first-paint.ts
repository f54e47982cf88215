/**
 * What the main thread does between navigation and the first contentful paint, for the default
 * article in one or more builds and the same text as a static page, alternated in fresh contexts:
 * a timeline of the main thread's tasks (start, wall, CPU, what is inside) up to FCP, the HTML's
 * arrival, and the medians of FCP, CPU before FCP and parse/script/style/layout/paint in it.
 * `npx tsx bench/trace-first-paint.ts <dist> [<dist>…] [--runs N] [--show K]`; ports from
 * MARGINALIA_BENCH_PORT on (the static page is served by the first build's server).
 */
import { median, writeStaticBaseline } from './browser';
import { waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';
import type { TraceEvent as Ev } from './trace-summary';
import { distsAndRuns, pageNavigation, traceEvents, tracedRounds } from './traced-rounds';

const CATEGORIES = [
  'toplevel',
  'loading',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  ...(process.env.TRACE_CATEGORIES?.split(',').filter(Boolean) ?? []),
];
const INSIDE = [
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'Commit',
  'FunctionCall',
  'FireAnimationFrame',
  'TimerFire',
  'RunMicrotasks',
  'MinorGC',
  'MajorGC',
  'v8.run',
];

function read(file: string) {
  const ev = traceEvents(file);
  const navEv = pageNavigation(ev)!;
  const nav = navEv.ts;
  const rel = (ts: number) => (ts - nav) / 1000;
  const fcpEv = ev.find((e) => e.name === 'firstContentfulPaint' && e.pid === navEv.pid);
  const fcp = fcpEv ? rel(fcpEv.ts) : NaN;
  const on = ev.filter((e) => e.pid === navEv.pid && e.tid === navEv.tid && e.ph === 'X');
  const tasks = on.filter((e) => e.name === 'RunTask' && rel(e.ts) >= -5 && rel(e.ts) <= fcp + 1);
  const within = (t: Ev, e: Ev) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
  const rows = tasks.map((t) => {
    const kinds: Record<string, number> = {};
    for (const e of on)
      if (e !== t && INSIDE.includes(e.name) && within(t, e))
        kinds[e.name] = (kinds[e.name] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
    return { at: rel(t.ts), wall: (t.dur ?? 0) / 1000, cpu: (t.tdur ?? t.dur ?? 0) / 1000, kinds };
  });
  const sum = (name: string) => rows.reduce((a, r) => a + (r.kinds[name] ?? 0), 0);
  const resp = ev.find((e) => e.name === 'ResourceReceiveResponse' && e.pid === navEv.pid);
  const fin = ev.filter((e) => e.name === 'ResourceFinish' && e.pid === navEv.pid)[0];
  return {
    fcp,
    cpu: rows.reduce((a, r) => a + r.cpu, 0),
    parse: sum('ParseHTML'),
    script: sum('EvaluateScript') + sum('FunctionCall'),
    style: sum('UpdateLayoutTree'),
    layout: sum('Layout'),
    paint: sum('Paint') + sum('PrePaint') + sum('Layerize'),
    tasks: rows.length,
    firstTask: rows[0]?.at ?? NaN,
    response: resp ? rel(resp.ts) : NaN,
    finish: fin ? rel(fin.ts) : NaN,
    rows,
  };
}

async function main() {
  const args = process.argv.slice(2);
  const { dists, runs } = distsAndRuns(5, ['--runs', '--show', '--shared']);
  const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 1;
  const port = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
  // `--shared <dir>`: every build a folder of <dir>, served by one server (the build is relative).
  const shared = args.includes('--shared') ? args[args.indexOf('--shared') + 1] : undefined;
  const roots = shared ? [shared] : dists;
  writeStaticBaseline('public/articles/putin-high-tech-duel.txt', `${roots[0]}/static-baseline.html`);
  const servers = await Promise.all(roots.map((d, i) => startPreview(port + i, d)));
  const variants = [{ name: 'static', url: `${servers[0].base}static-baseline.html` }].concat(
    dists
      .filter((d) => d !== shared)
      .map((d, i) => ({
        name: d,
        url: shared
          ? `${servers[0].base}${d}/#/read/putin-high-tech-duel`
          : `${servers[i].base}#/read/putin-high-tech-duel`,
      })),
  );
  let out: ReturnType<typeof read>[][];
  try {
    out = await tracedRounds(variants.length, runs, 'mg-trace-fp-', async ({ index, browser, page, tracePath }) => {
      const path = tracePath();
      await browser.startTracing(page, { path, categories: CATEGORIES });
      await page.goto(variants[index].url, { waitUntil: 'load' });
      // The landing page's first frame waits for its whole document, not for 'load' (which has no
      // subresource to wait for there): under load 'load' came first and the trace stopped before
      // its first contentful paint (FCP NaN in most runs).
      await waitForProbe(page, 'fcpAt');
      await page.waitForTimeout(300);
      await browser.stopTracing();
      return read(path);
    });
  } finally {
    servers.forEach((s) => s.stop());
  }
  const f = (n: number) => n.toFixed(1);
  variants.forEach((v, i) => {
    const m = (g: (x: (typeof out)[number][number]) => number) => f(median(out[i].map(g)));
    console.log(
      `${v.name}: FCP ${m((x) => x.fcp)} [${out[i].map((x) => Math.round(x.fcp)).join(',')}] | CPU→FCP ${m((x) => x.cpu)} (parse ${m((x) => x.parse)}, script ${m((x) => x.script)}, style ${m((x) => x.style)}, layout ${m((x) => x.layout)}, paint ${m((x) => x.paint)}) | tasks ${m((x) => x.tasks)}, first task ${m((x) => x.firstTask)}, response ${m((x) => x.response)}, doc finish ${m((x) => x.finish)}`,
    );
    for (const run of out[i].slice(0, show))
      for (const r of run.rows.filter((x) => x.cpu >= 0.3))
        console.log(
          `   ${f(r.at)} wall ${f(r.wall)} cpu ${f(r.cpu)} ${Object.entries(r.kinds)
            .filter(([, ms]) => ms >= 0.3)
            .map(([k, ms]) => `${k} ${f(ms)}`)
            .join(', ')}`,
        );
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
