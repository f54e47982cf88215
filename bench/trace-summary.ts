/**
 * Reads a Chromium trace (from `browser.startTracing` with the CPU profiler category, see
 * bench/trace.ts) and says where the main thread's long tasks went: for each task over the
 * threshold, its time by trace event (layout, style, paint, GC, script) and the JavaScript
 * functions with the most self time, from the sampled CPU profile inside it.
 * Run alone: `npx tsx bench/trace-summary.ts trace.json [minTaskMs]`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: unlike `dur`, barely moved by other processes on a loaded machine. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      url?: string;
      documentLoaderURL?: string;
    };
    beginData?: { stackTrace?: Array<{ functionName: string; url: string; lineNumber: number }> };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Trace events that are work of their own kind inside a task (their time is counted apart). */
const KINDS = [
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'PrePaint',
  'Layerize',
  'HitTest',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'ParseHTML',
  'v8.compile',
  'V8.CompileCode',
  'IntersectionObserverController::computeIntersections',
  'UpdateLayer',
  'ScrollLayer',
  // The main thread waits here for the compositor thread to take the frame: wall time with
  // almost no CPU, which grows when the compositor (or raster behind it) is busy or descheduled.
  'Commit',
  'FunctionCall',
  'FireAnimationFrame',
  'TimerFire',
  'EventDispatch',
  'RunMicrotasks',
  // Synchronous calls to the browser process (with TRACE_CATEGORIES=fonts,mojom): the renderer
  // waits while the browser looks up a font family, a font size's render style or the
  // hyphenation dictionary. Cached per renderer, so they land on the first layout using them.
  'FontDataService::MatchFamilyName',
  'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
  'Hyphenation::OpenDictionary',
];

export interface TaskSummary {
  /** ms after the main thread's first traced event. */
  start: number;
  /** The trace's own clock (µs), to compare with other events (`newDocumentCommit`). */
  ts: number;
  ms: number;
  /** The task's CPU time on the main thread (ms). */
  cpuMs: number;
  kinds: Record<string, number>;
  /** The same events' CPU time (thread time, ms): next to `kinds`, says which were waiting or descheduled. */
  kindsCpu: Record<string, number>;
  functions: Array<{ name: string; ms: number }>;
  /** Where forced layouts came from (JS stack tops), when the trace has them. */
  forced: Array<{ at: string; ms: number }>;
}

const short = (url: string) => url.replace(/^.*\/(assets|src)\//, '$1/');

export function summarizeTrace(file: string, minTaskMs = 50): TaskSummary[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  // The page's main thread: the renderer thread with the most top-level tasks.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks = (pid: number, tid: number) =>
    events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid);
  const main = mains
    .map((m) => ({ pid: m.pid, tid: m.tid, n: tasks(m.pid, m.tid).reduce((a, t) => a + (t.dur ?? 0), 0) }))
    .sort((a, b) => b.n - a.n)[0];
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);

  // CPU samples: [time, node] from the profile chunks on the main thread.
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ t: number; node: number }> = [];
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid);
  for (const profile of profiles) {
    let t = profile.args?.data?.startTime ?? profile.ts;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === main.pid)) {
      const cpu = chunk.args?.data?.cpuProfile;
      for (const n of cpu?.nodes ?? []) nodes.set(n.id, n);
      const deltas = chunk.args?.data?.timeDeltas ?? [];
      (cpu?.samples ?? []).forEach((node, i) => {
        t += deltas[i] ?? 0;
        samples.push({ t, node });
      });
    }
  }
  samples.sort((a, b) => a.t - b.t);
  const frameName = (id: number) => {
    const f = nodes.get(id)?.callFrame;
    if (!f) return '?';
    return f.url
      ? `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`
      : f.functionName || '?';
  };

  const long = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) / 1000 >= minTaskMs);
  const origin = onMain.filter((e) => e.ph === 'X').reduce((a, e) => Math.min(a, e.ts), Infinity);
  return long.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && e !== task);
    const kinds: Record<string, number> = {};
    const kindsCpu: Record<string, number> = {};
    const forced = new Map<string, number>();
    for (const e of inside) {
      if (!KINDS.includes(e.name)) continue;
      kinds[e.name] = (kinds[e.name] ?? 0) + (e.dur ?? 0) / 1000;
      kindsCpu[e.name] = (kindsCpu[e.name] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
      const stack = e.args?.beginData?.stackTrace;
      if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stack?.length) {
        const at = `${e.name} ← ${stack
          .slice(0, 3)
          .map((s) => `${s.functionName || '(anon)'} ${short(s.url)}:${s.lineNumber + 1}`)
          .join(' ← ')}`;
        forced.set(at, (forced.get(at) ?? 0) + (e.dur ?? 0) / 1000);
      }
    }
    const self = new Map<string, number>();
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i];
      if (s.t < task.ts || s.t >= end) continue;
      const next = samples[i + 1]?.t ?? s.t;
      const name = frameName(s.node);
      self.set(name, (self.get(name) ?? 0) + Math.min(next - s.t, 2000) / 1000);
    }
    const top = <T>(m: Map<string, number>, f: (k: string, v: number) => T, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => f(k, v));
    return {
      start: Math.round((task.ts - origin) / 1000),
      ts: task.ts,
      ms: Math.round((task.dur ?? 0) / 1000),
      cpuMs: Math.round((task.tdur ?? task.dur ?? 0) / 1000),
      kinds: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, Math.round(v)])),
      kindsCpu: Object.fromEntries(Object.entries(kindsCpu).map(([k, v]) => [k, Math.round(v)])),
      functions: top(self, (name, ms) => ({ name, ms: +ms.toFixed(1) }), 12),
      forced: top(forced, (at, ms) => ({ at, ms: Math.round(ms) }), 5),
    };
  });
}

/**
 * When the reloaded page's document took over (trace clock, µs): the start of the task that commits
 * it (`CommitLoad` of an http(s) address, the last one traced). That task runs the old page's
 * pagehide and unload handlers, then makes the new document; tasks that start before it are the
 * old page's, still drawing its frames while the new one is fetched (its navigationStart is
 * earlier, when the reload was asked for). Undefined when the trace has no such commit.
 */
export function newDocumentCommit(file: string): number | undefined {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const commits = events.filter((e) => e.name === 'CommitLoad' && /^https?:/.test(String(e.args?.data?.url)));
  const commit = commits[commits.length - 1];
  if (!commit) return undefined;
  const task = events.find(
    (e) =>
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      e.pid === commit.pid &&
      e.tid === commit.tid &&
      e.ts <= commit.ts &&
      e.ts + (e.dur ?? 0) >= commit.ts,
  );
  return task?.ts ?? commit.ts;
}

/**
 * The main thread's CPU time from the page's navigation start until `untilMs` later (a probe's
 * time, on the page's clock): thread time of the top-level tasks begun in that span. The task
 * running at `untilMs` counts up to then, or whole with `wholeTask` (a frame's task: with its
 * style, layout and paint). Needs the `blink.user_timing` category (navigationStart). Unlike
 * wall-clock time, it barely moves with the other processes on a loaded machine.
 */
export function mainThreadCpuUntil(file: string, untilMs: number, wholeTask = false): number {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  // The last document's navigation (an about:blank before it has one too).
  const starts = events.filter((e) => e.name === 'navigationStart' && JSON.stringify(e.args ?? {}).includes('http'));
  const nav = starts[starts.length - 1];
  if (!nav) throw new Error(`${file}: no navigationStart (trace without blink.user_timing?)`);
  const end = nav.ts + untilMs * 1000;
  const cpu = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid)
    .filter((e) => e.ts >= nav.ts && e.ts < end)
    .reduce((sum, e) => sum + (wholeTask ? (e.tdur ?? e.dur ?? 0) : Math.min(e.tdur ?? e.dur ?? 0, end - e.ts)), 0);
  return cpu / 1000;
}

export function printSummary(tasks: TaskSummary[]): void {
  for (const t of tasks) {
    // Each kind as wall/CPU ms, longest wall first, nested kinds (FunctionCall inside
    // FireAnimationFrame, Layout inside a forced FunctionCall) each counted in full.
    const kinds = Object.entries(t.kinds)
      .filter(([, ms]) => ms > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([k, ms]) => `${k} ${ms}/${t.kindsCpu[k] ?? 0}`)
      .join(', ');
    console.log(`\ntask at ${t.start} ms: ${t.ms} ms wall, CPU ${t.cpuMs} ms; wall/CPU ms: ${kinds}`);
    for (const f of t.functions) console.log(`  ${f.ms.toFixed(1).padStart(7)} ms  ${f.name}`);
    for (const f of t.forced) console.log(`  forced ${f.ms} ms: ${f.at}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSummary(summarizeTrace(process.argv[2], Number(process.argv[3] ?? 50)));
}
