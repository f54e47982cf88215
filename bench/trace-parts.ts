/**
 * What the longest tasks of saved reload traces are made of, per build (trace-many's `TRACE_OUT`,
 * files named `A-reload-N.json` / `B-reload-N.json`): a part that shortens one kind of task rarely
 * moves the longest task's median, which a major collection, a highlight repaint or the old page's
 * last frame decide as often as not. Per build, the medians over its reloads of:
 * - the longest task from the new page's commit on (`newDocumentCommit`), by CPU;
 * - the first render: the longest script task 0.5–2.5 s after tracing began (the reader mounting);
 * - the longest script task and the longest frame (style, layout, paint) after 2 s;
 * - how many style recalculations after 2 s touched over 300 elements;
 * - the main thread's collections from the commit on (MinorGC and MajorGC pauses): how many, their
 *   CPU in all, and the longest.
 * `npx tsx bench/trace-parts.ts /tmp/trace-many/*-reload-*.json`
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { median } from './browser';
import { newDocumentCommit, summarizeTrace, type TaskSummary, type TraceEvent } from './trace-summary';

const RENDER_FROM_MS = 500;
const AFTER_MS = 2000;
const BIG_RESTYLE = 300;

const cpuOf = (t: TaskSummary, kind: string) => t.kindsCpu[kind] ?? 0;
const isScript = (t: TaskSummary) =>
  Math.max(cpuOf(t, 'FunctionCall'), cpuOf(t, 'RunMicrotasks'), cpuOf(t, 'TimerFire')) >= 0.6 * t.cpuMs;
const isFrame = (t: TaskSummary) =>
  cpuOf(t, 'Layout') + cpuOf(t, 'UpdateLayoutTree') + cpuOf(t, 'PrePaint') + cpuOf(t, 'Paint') >= 0.6 * t.cpuMs;
const longest = (tasks: TaskSummary[]) => Math.max(0, ...tasks.map((t) => t.cpuMs));

interface Parts {
  longest: number;
  firstRender: number;
  script: number;
  frame: number;
  bigRestyles: number;
  collections: number;
  collectionsCpu: number;
  longestCollection: number;
}

/** The renderer's main thread: the one with the most RunTask time. */
function mainThread(spans: TraceEvent[]): { pid: number; tid: number } | undefined {
  const time = new Map<string, number>();
  for (const e of spans)
    if (e.name === 'RunTask') time.set(`${e.pid}:${e.tid}`, (time.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const [key] = [...time].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!key) return undefined;
  const [pid, tid] = key.split(':').map(Number);
  return { pid, tid };
}

function partsOf(file: string): Parts {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const spans = events.filter((e) => e.ph === 'X');
  const origin = spans.reduce((a, e) => Math.min(a, e.ts), Infinity);
  const at = (e: TraceEvent) => (e.ts - origin) / 1000;
  const commit = newDocumentCommit(file) ?? -Infinity;
  const tasks = summarizeTrace(file, 1);
  const later = tasks.filter((t) => t.start >= AFTER_MS);
  const main = mainThread(spans);
  const gcMs = spans
    .filter(
      (e) =>
        (e.name === 'MinorGC' || e.name === 'MajorGC') && e.pid === main?.pid && e.tid === main?.tid && e.ts >= commit,
    )
    .map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  return {
    longest: longest(tasks.filter((t) => t.ts >= commit)),
    firstRender: longest(tasks.filter((t) => t.start >= RENDER_FROM_MS && t.start < AFTER_MS + 500 && isScript(t))),
    script: longest(later.filter(isScript)),
    frame: longest(later.filter(isFrame)),
    bigRestyles: spans.filter(
      (e) => e.name === 'UpdateLayoutTree' && at(e) >= AFTER_MS && Number(e.args?.elementCount ?? 0) > BIG_RESTYLE,
    ).length,
    collections: gcMs.length,
    collectionsCpu: Math.round(gcMs.reduce((a, b) => a + b, 0)),
    longestCollection: Math.round(Math.max(0, ...gcMs)),
  };
}

const byBuild = new Map<string, Parts[]>();
for (const file of process.argv.slice(2)) {
  const build = basename(file).split('-')[0];
  byBuild.set(build, [...(byBuild.get(build) ?? []), partsOf(file)]);
}
for (const [build, runs] of byBuild) {
  const col = (f: (p: Parts) => number) => `${median(runs.map(f))} [${runs.map(f).join(', ')}]`;
  console.log(
    `${build} (${runs.length} reloads), CPU ms: longest task ${col((p) => p.longest)}; first render ${col((p) => p.firstRender)}; longest script task after 2 s ${col((p) => p.script)}; longest frame after 2 s ${col((p) => p.frame)}; restyles over ${BIG_RESTYLE} elements after 2 s ${col((p) => p.bigRestyles)}; collections from the commit ${col((p) => p.collections)}, their CPU ${col((p) => p.collectionsCpu)}, longest ${col((p) => p.longestCollection)}`,
  );
}
