/**
 * Everything the browser does between the default article's navigation and its first contentful
 * paint, on every process and thread (browser, renderer main and compositor, GPU/viz, raster), for
 * one or more builds and the same text as a static page, alternated in fresh contexts. Per thread:
 * the wall and CPU of its top-level tasks in that window and the events inside them by name; with
 * `--timeline`, the first run's main-thread and compositor milestones (resource loads, parse,
 * style, layout, paint, commit, raster, frame submission) so two pages' paths can be laid side by side.
 * `npx tsx bench/trace-paint-path.ts --shared <dir> <name>… [--runs N] [--timeline] [--top K]`,
 * port MARGINALIA_BENCH_PORT (builds copied into `<dir>/<name>`, as for ab-first-paint.ts).
 */
import { median, writeStaticBaseline } from './browser';
import { waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';
import type { TraceEvent as Ev } from './trace-summary';
import { distsAndRuns, pageNavigation, traceEvents, tracedRounds } from './traced-rounds';

const CATEGORIES = [
  'toplevel',
  'loading',
  'blink',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'cc',
  'gpu',
  'viz',
  'fonts',
  'navigation',
  'netlog',
  'benchmark',
  '__metadata',
];

/** Milestones worth a line in the timeline, on any thread. */
const MILESTONES = new Set([
  'ResourceSendRequest',
  'ResourceReceiveResponse',
  'ResourceFinish',
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ProxyMain::BeginMainFrame',
  'ProxyImpl::ScheduledActionCommit',
  'RasterTask',
  'TileManager::FlushAndIssueSignals',
  'LayerTreeHostImpl::PrepareToDraw',
  'ProxyImpl::ScheduledActionDraw',
  'Display::DrawAndSwap',
  'FontDataService::MatchFamilyName',
  'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
  'firstContentfulPaint',
  'firstPaint',
  'markAsMainFrame',
  'domContentLoadedEventEnd',
  'BeginMainThreadFrame',
]);

interface Read {
  fcp: number;
  threads: Array<{ key: string; wall: number; cpu: number; tasks: number; inside: Record<string, number> }>;
  timeline: string[];
}

function read(file: string, top: number): Read {
  const ev = traceEvents(file);
  const nav = pageNavigation(ev)!;
  const rel = (ts: number) => (ts - nav.ts) / 1000;
  const fcpEv = ev.find((e) => e.name === 'firstContentfulPaint' && e.pid === nav.pid);
  const fcp = fcpEv ? fcpEv.ts : Infinity;
  const names = new Map<string, string>();
  for (const e of ev)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const procs = new Map<number, string>();
  for (const e of ev) if (e.ph === 'M' && e.name === 'process_name') procs.set(e.pid, String(e.args?.name));
  const keyOf = (e: Ev) =>
    `${e.pid === nav.pid ? 'page' : (procs.get(e.pid) ?? e.pid)}/${names.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
  const inWindow = ev.filter((e) => e.ph === 'X' && e.ts + (e.dur ?? 0) >= nav.ts && e.ts <= fcp);
  const byThread = new Map<string, Ev[]>();
  for (const e of inWindow) {
    const k = keyOf(e);
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k)!.push(e);
  }
  const threads = [...byThread].map(([key, list]) => {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    // Top-level: not inside an earlier event of the same thread.
    const tops: Ev[] = [];
    let end = -Infinity;
    for (const e of list)
      if (e.ts >= end) {
        tops.push(e);
        end = e.ts + (e.dur ?? 0);
      }
    const inside: Record<string, number> = {};
    for (const e of list) inside[e.name] = (inside[e.name] ?? 0) + (e.dur ?? 0) / 1000;
    const clip = (e: Ev) => (Math.min(fcp, e.ts + (e.dur ?? 0)) - Math.max(nav.ts, e.ts)) / 1000;
    return {
      key,
      wall: tops.reduce((a, e) => a + clip(e), 0),
      cpu: tops.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0) / 1000, 0),
      tasks: tops.length,
      inside: Object.fromEntries(
        Object.entries(inside)
          .sort((a, b) => b[1] - a[1])
          .slice(0, top),
      ),
    };
  });
  threads.sort((a, b) => b.wall - a.wall);
  const timeline = ev
    .filter((e) => MILESTONES.has(e.name) && e.ts >= nav.ts - 1000 && e.ts <= fcp + 1000 && e.ph !== 'e')
    .sort((a, b) => a.ts - b.ts)
    .map((e) => {
      const url = String(e.args?.data?.url ?? '').replace(/^.*\//, '');
      return `${rel(e.ts).toFixed(1).padStart(7)} ${(e.dur ? (e.dur / 1000).toFixed(1) : '').padStart(6)} ${keyOf(e).padEnd(34)} ${e.name}${url ? ` ${url}` : ''}`;
    });
  return { fcp: rel(fcp), threads, timeline };
}

async function main() {
  const args = process.argv.slice(2);
  const { dists, runs } = distsAndRuns(5, ['--runs', '--shared', '--top']);
  const shared = args[args.indexOf('--shared') + 1];
  const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 6;
  const names = dists.filter((d) => d !== shared);
  writeStaticBaseline('public/articles/putin-high-tech-duel.txt', `${shared}/static-baseline.html`);
  const server = await startPreview(Number(process.env.MARGINALIA_BENCH_PORT ?? 4180), shared);
  const variants = [{ name: 'static', url: `${server.base}static-baseline.html` }].concat(
    names.map((n) => ({ name: n, url: `${server.base}${n}/#/read/putin-high-tech-duel` })),
  );
  let out: Read[][];
  try {
    out = await tracedRounds(variants.length, runs, 'mg-trace-path-', async ({ index, browser, page, tracePath }) => {
      const path = tracePath();
      await browser.startTracing(page, { path, categories: CATEGORIES });
      await page.goto(variants[index].url, { waitUntil: 'load' });
      // The landing page's first frame waits for its whole document, not for 'load' (which has no
      // subresource to wait for there): under load 'load' came first and the trace stopped before
      // its first contentful paint (FCP NaN in most runs).
      await waitForProbe(page, 'fcpAt');
      await page.waitForTimeout(300);
      await browser.stopTracing();
      return read(path, top);
    });
  } finally {
    server.stop();
  }
  variants.forEach((v, i) => {
    console.log(
      `== ${v.name}: FCP median ${median(out[i].map((x) => x.fcp)).toFixed(1)} ms [${out[i].map((x) => x.fcp.toFixed(0)).join(',')}]`,
    );
    const keys = [...new Set(out[i].flatMap((r) => r.threads.map((t) => t.key)))];
    const rows = keys.map((key) => {
      const of = out[i].map((r) => r.threads.find((t) => t.key === key));
      const m = (g: (t: Read['threads'][number]) => number) => median(of.map((t) => (t ? g(t) : 0)));
      return {
        key,
        wall: m((t) => t.wall),
        cpu: m((t) => t.cpu),
        tasks: m((t) => t.tasks),
        inside: of.find(Boolean)!.inside,
      };
    });
    rows.sort((a, b) => b.wall - a.wall);
    for (const r of rows.filter((x) => x.wall >= 0.5))
      console.log(
        `  ${r.key.padEnd(40)} wall ${r.wall.toFixed(1).padStart(6)} cpu ${r.cpu.toFixed(1).padStart(6)} tasks ${r.tasks} | ${Object.entries(
          r.inside,
        )
          .map(([k, ms]) => `${k} ${ms.toFixed(1)}`)
          .join(', ')}`,
      );
    if (args.includes('--timeline')) for (const line of out[i][0].timeline) console.log(`   ${line}`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
