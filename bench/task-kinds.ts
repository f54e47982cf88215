/**
 * What kind of work each of a reload's longest main-thread tasks is, from the traces
 * `bench/trace-many.ts` keeps (`TRACE_OUT=dir`): for every `*-reload-*.json` in the folder, the
 * tasks of at least `minCpuMs` thread time after the new page's commit, each with its kind and
 * what is inside it. The kind comes from the task's own source (Chromium's
 * `ThreadControllerImpl::RunTask` names the file that posted it) and, for a task the page's
 * script ran in, from the events inside:
 * - `frame`: a rendering frame (style, layout, paint of what changed, and the frame's callbacks);
 * - `commit`: the navigation's commit (the old document torn down, the new one made);
 * - `sweep`: Blink's garbage collector freeing objects (cppgc's sweeper), no script at all;
 * - `code-cache`: V8 writing the code cache of a module it has just run (once per build, on the
 *   load that finds the script "hot");
 * - `gc`: a V8 collection run as a task of its own;
 * - `script`: the page's JavaScript (a timer, a message, a promise, a module's evaluation);
 * - `other`: none of these.
 * The page can split only `script`, and shrink what a `frame` has to do; the rest is the browser's.
 * `npx tsx bench/task-kinds.ts <dir> [minCpuMs=20]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { newDocumentCommit, type TraceEvent } from './trace-summary';

export type TaskKind = 'frame' | 'commit' | 'sweep' | 'code-cache' | 'gc' | 'script' | 'other';

export interface KindedTask {
  /** Start, ms after the new page's commit. */
  at: number;
  cpuMs: number;
  wallMs: number;
  kind: TaskKind;
  /** The events inside with the most thread time (ms), largest first. */
  inside: Array<[string, number]>;
}

const SCRIPT = new Set(['FunctionCall', 'TimerFire', 'RunMicrotasks', 'EvaluateScript', 'v8.evaluateModule']);
/** Events that nest (a microtask's function call, a GC's phases): a kind's time is its largest one. */
const GC = new Set(['MajorGC', 'MinorGC']);
const WRAPPERS = new Set(['ThreadControllerImpl::RunTask', 'Receive mojo message', 'RunTask']);

/**
 * A task's kind, from the source file that posted it (`src_file` of its
 * `ThreadControllerImpl::RunTask`) and the thread time of the events inside it.
 */
export function taskKind(source: string, inside: ReadonlyMap<string, number>): TaskKind {
  const ms = (names: Iterable<string>) => Math.max(0, ...[...names].map((n) => inside.get(n) ?? 0));
  if (/cppgc.*sweeper/.test(source)) return 'sweep';
  const cache = inside.get('v8.produceModuleCache') ?? 0;
  if (cache > 0 && cache > ms(SCRIPT)) return 'code-cache';
  if (/proxy_impl|BeginMainFrame/.test(source)) return 'frame';
  if (inside.has('CommitLoad')) return 'commit';
  const gc = ms(GC);
  const script = ms(SCRIPT);
  if (gc > 0 && gc >= script) return 'gc';
  if (script > 0) return 'script';
  return 'other';
}

/** The tasks of `file` (a trace-many reload) from the new page's commit, of at least `minCpuMs`. */
export function kindedTasks(file: string, minCpuMs: number): KindedTask[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const commit = newDocumentCommit(file);
  if (commit === undefined) return [];
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const complete = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = complete.filter((e) => e.name === 'RunTask' && e.ts >= commit && (e.tdur ?? 0) >= minCpuMs * 1000);
  return tasks.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    const within = complete.filter((e) => e !== t && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < end);
    const inside = new Map<string, number>();
    for (const e of within)
      if (!WRAPPERS.has(e.name)) inside.set(e.name, (inside.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    const posted = within.find((e) => e.name === 'ThreadControllerImpl::RunTask');
    const source = `${String(posted?.args?.src_file ?? '')} ${String(posted?.args?.src_func ?? '')}`;
    return {
      at: (t.ts - commit) / 1000,
      cpuMs: (t.tdur ?? 0) / 1000,
      wallMs: (t.dur ?? 0) / 1000,
      kind: taskKind(source, inside),
      inside: [...inside].sort((a, b) => b[1] - a[1]).slice(0, 4),
    };
  });
}

function main() {
  const [dir, minArg = '20'] = process.argv.slice(2);
  if (!dir) {
    console.log('npx tsx bench/task-kinds.ts <trace-many TRACE_OUT dir> [minCpuMs=20]');
    process.exit(1);
  }
  const files = readdirSync(dir)
    .filter((f) => /-reload-\d+\.json$/.test(f))
    .sort();
  const f = (n: number) => n.toFixed(1);
  for (const file of files) {
    const tasks = kindedTasks(join(dir, file), Number(minArg)).sort((a, b) => b.cpuMs - a.cpuMs);
    const longest = tasks[0];
    console.log(
      `${file}: ${tasks.length} tasks ≥ ${minArg} ms CPU; longest ${longest ? `${f(longest.cpuMs)} ms CPU (${longest.kind})` : '-'}`,
    );
    for (const t of tasks)
      console.log(
        `  +${Math.round(t.at)} ms: CPU ${f(t.cpuMs)}, wall ${f(t.wallMs)}, ${t.kind} | ${t.inside.map(([n, ms]) => `${n} ${f(ms)}`).join(', ')}`,
      );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
