/**
 * What the main thread waits for in the 1 MB open's longest tasks: a task whose wall time is
 * several times its CPU time was either descheduled (runnable, while other threads held both
 * cores) or blocked (asleep: a synchronous call, a lock). Chromium's trace gives each task's wall
 * (`dur`) and thread time (`tdur`) but not why they differ, so this records the kernel's
 * scheduler events beside it (`perf record -e sched:sched_switch,sched:sched_wakeup -a` on the
 * monotonic clock Chromium's trace uses) and, for the longest main-thread tasks by wall, splits
 * each into running / runnable / asleep, names the threads that held the cores while the main
 * thread was runnable, and the threads that woke it when it slept.
 * Needs `perf` and the rights to trace scheduler events (root here).
 * `npx tsx bench/trace-waits.ts <dist> [opens=1] [outDir=/tmp/trace-waits]`; port MARGINALIA_BENCH_PORT;
 * `WAITS_TOP` tasks per open (default 3); `WAITS_SETTLE_MS` between the library and the file (1000; the
 * bench's own open waits 0); `WAITS_BY=cpu` picks the longest by CPU.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launch } from './browser';
import { writeLongArticle } from './long-article';
import { probedPage, readProbes, waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';
import type { TraceEvent } from './trace-summary';

const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
const TOP = Number(process.env.WAITS_TOP ?? 3);
const SETTLE = Number(process.env.WAITS_SETTLE_MS ?? 1000);
/** `WAITS_BY=cpu`: the longest tasks by CPU, not wall (the ones a quiet machine shows as long). */
const BY_CPU = process.env.WAITS_BY === 'cpu';
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'mojom',
  'ipc',
  ...(process.env.TRACE_CATEGORIES?.split(',').filter(Boolean) ?? []),
];

/** One scheduler event, time in µs on the monotonic clock (Chromium's trace clock). */
interface Sched {
  t: number;
  cpu: number;
  kind: 'switch' | 'wakeup';
  /** switch: the thread leaving, its state (R: preempted, S/D: asleep), the one coming in. */
  prev?: number;
  prevState?: string;
  next?: number;
  /** wakeup: the thread woken, and the one running when it was (the waker). */
  woken?: number;
  waker: number;
  comm: Map<number, string>;
}

function readSched(file: string, comms: Map<number, string>): Sched[] {
  const out = execFileSync('perf', ['script', '-i', file, '-F', 'comm,tid,cpu,time,event,trace'], {
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  }).toString();
  const events: Sched[] = [];
  for (const line of out.split('\n')) {
    const m = /^\s*(.+?)\s+(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:(sched_switch|sched_wakeup):\s+(.*)$/.exec(line);
    if (!m) continue;
    const t = Math.round(Number(m[4]) * 1e6);
    const cpu = Number(m[3]);
    const waker = Number(m[2]);
    comms.set(waker, m[1]);
    const f = Object.fromEntries([...m[6].matchAll(/(\w+)=(\S+)/g)].map((x) => [x[1], x[2]]));
    if (m[5] === 'sched_switch') {
      comms.set(Number(f.prev_pid), f.prev_comm);
      comms.set(Number(f.next_pid), f.next_comm);
      events.push({
        t,
        cpu,
        kind: 'switch',
        prev: Number(f.prev_pid),
        prevState: f.prev_state,
        next: Number(f.next_pid),
        waker,
        comm: comms,
      });
    } else {
      comms.set(Number(f.pid), f.comm);
      events.push({ t, cpu, kind: 'wakeup', woken: Number(f.pid), waker, comm: comms });
    }
  }
  return events;
}

type State = 'running' | 'runnable' | 'asleep';

/** The main thread's states over [from, to), and who held each core meanwhile. */
function split(events: Sched[], tid: number, from: number, to: number) {
  // State of `tid` and of every CPU just before `from`, by replaying from the start.
  let state: State = 'asleep';
  const onCpu = new Map<number, number>();
  const spans: Array<{ from: number; to: number; state: State }> = [];
  const cores = new Map<number, Array<{ from: number; to: number; tid: number }>>();
  let since = from;
  const close = (t: number) => {
    if (t > since) spans.push({ from: since, to: t, state });
    since = t;
  };
  const coreSince = new Map<number, number>();
  const wakers = new Map<number, number>();
  for (const e of events) {
    if (e.t >= to) break;
    const inside = e.t >= from;
    if (e.kind === 'switch') {
      if (inside) {
        const was = onCpu.get(e.cpu);
        const start = Math.max(from, coreSince.get(e.cpu) ?? from);
        if (was !== undefined)
          (cores.get(e.cpu) ?? cores.set(e.cpu, []).get(e.cpu)!).push({ from: start, to: e.t, tid: was });
      }
      onCpu.set(e.cpu, e.next!);
      coreSince.set(e.cpu, e.t);
      let next: State | undefined;
      if (e.prev === tid) next = e.prevState?.startsWith('R') ? 'runnable' : 'asleep';
      if (e.next === tid) next = 'running';
      if (next) {
        if (inside) close(e.t);
        else since = from;
        state = next;
      }
    } else if (e.woken === tid && state === 'asleep') {
      if (inside) {
        close(e.t);
        wakers.set(e.waker, (wakers.get(e.waker) ?? 0) + 1);
      }
      state = 'runnable';
    }
  }
  close(to);
  for (const [cpu, tidOn] of onCpu) {
    const start = Math.max(from, coreSince.get(cpu) ?? from);
    if (start < to) (cores.get(cpu) ?? cores.set(cpu, []).get(cpu)!).push({ from: start, to, tid: tidOn });
  }
  return { spans, cores, wakers };
}

/** Which process a thread outside Chromium belongs to: this bench (with Playwright), or another's command. */
const owners = new Map<number, string>();
function owner(tid: number): string {
  if (owners.has(tid)) return owners.get(tid)!;
  let said: string;
  try {
    const tgid = Number(/^Tgid:\s*(\d+)/m.exec(readFileSync(`/proc/${tid}/status`, 'utf8'))?.[1]);
    const cmd = readFileSync(`/proc/${tgid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    said =
      tgid === process.pid
        ? ' this bench'
        : ` ${tgid}: ${cmd
            .slice(0, 4)
            .map((a) => a.replace(/^.*\/(node_modules|work)\//, ''))
            .join(' ')
            .slice(0, 70)}`;
  } catch {
    said = ' gone';
  }
  owners.set(tid, said);
  return said;
}

const overlap = (a: { from: number; to: number }, b: { from: number; to: number }) =>
  Math.max(0, Math.min(a.to, b.to) - Math.max(a.from, b.from));

async function main() {
  const [dist, opensArg, outArg] = process.argv.slice(2);
  if (!dist) {
    console.log('npx tsx bench/trace-waits.ts <dist> [opens=1] [outDir]');
    process.exit(1);
  }
  const out = outArg ?? '/tmp/trace-waits';
  mkdirSync(out, { recursive: true });
  const long = writeLongArticle();
  const { base, stop } = await startPreview(PORT, dist);
  const browser = await launch();
  try {
    for (let open = 1; open <= Number(opensArg ?? 1); open++) {
      const { context, page } = await probedPage(browser);
      await page.goto(`${base}#/library`);
      await page.waitForTimeout(SETTLE);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open file', exact: true }).click();
      const files = await chooser;
      const traceFile = `${out}/open-${open}.json`;
      const schedFile = `${out}/sched-${open}.data`;
      const load0 = loadavg()[0];
      const perf = spawn(
        'perf',
        [
          'record',
          '-q',
          '-k',
          'CLOCK_MONOTONIC',
          '-e',
          'sched:sched_switch',
          '-e',
          'sched:sched_wakeup',
          '-a',
          '-o',
          schedFile,
        ],
        { stdio: 'ignore' },
      );
      await page.waitForTimeout(500);
      await browser.startTracing(page, { path: traceFile, categories: CATEGORIES });
      await page.waitForTimeout(300);
      await files.setFiles(long.file);
      await waitForProbe(page, 'layersAt', 150_000);
      await browser.stopTracing();
      const exited = new Promise((done) => perf.on('exit', done));
      perf.kill('SIGINT');
      await exited;
      const p = await readProbes(page);
      await context.close();
      const during = p.long.filter((t) => t.start + t.duration >= p.fileChosenAt! && t.start <= p.layersAt!);
      console.log(
        `\nopen ${open} (load ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}): layers ${Math.round(p.layersAt! - p.fileChosenAt!)} ms after the file; Long Tasks observer: longest ${Math.round(Math.max(0, ...during.map((t) => t.duration)))} ms, over 50 ms: ${during.filter((t) => t.duration > 50).length}`,
      );
      report(traceFile, schedFile);
    }
  } finally {
    await browser.close();
    stop();
  }
}

function report(traceFile: string, schedFile: string) {
  const raw = JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const names = new Map<number, string>();
  const procs = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') names.set(e.tid, String(e.args?.name));
    if (e.name === 'process_name') procs.set(e.pid, String(e.args?.name));
  }
  const pidOf = new Map<number, number>();
  for (const e of events) if (!pidOf.has(e.tid)) pidOf.set(e.tid, e.pid);
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const runTasks = (tid: number) => events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.tid === tid);
  const main = mains
    .map((m) => ({ pid: m.pid, tid: m.tid, n: runTasks(m.tid).reduce((a, t) => a + (t.dur ?? 0), 0) }))
    .sort((a, b) => b.n - a.n)[0];
  const comms = new Map<number, string>();
  const sched = readSched(schedFile, comms);
  const who = (tid: number) => {
    if (tid === 0) return 'idle';
    const name = names.get(tid);
    const pid = pidOf.get(tid);
    const proc = pid !== undefined ? procs.get(pid) : undefined;
    return name ? `${proc ?? '?'}:${name}` : `${comms.get(tid) ?? '?'}(${tid}${owner(tid)})`;
  };
  const first = Math.min(...events.filter((e) => e.ph === 'X' && e.tid === main.tid).map((e) => e.ts));
  const key = (e: TraceEvent) => (BY_CPU ? (e.tdur ?? 0) : (e.dur ?? 0));
  const tasks = runTasks(main.tid)
    .filter((e) => e.ts >= first + 250_000)
    .sort((a, b) => key(b) - key(a));
  const all = tasks.map((t) => t.dur ?? 0);
  const cpu = tasks.map((t) => t.tdur ?? 0);
  console.log(
    `main thread ${main.tid}: ${tasks.length} tasks, wall ${Math.round(all.reduce((a, b) => a + b, 0) / 1000)} ms, CPU ${Math.round(cpu.reduce((a, b) => a + b, 0) / 1000)} ms`,
  );
  const ms = (us: number) => (us / 1000).toFixed(1);
  // The coarse owner of a thread: the page's own renderer, the rest of Chromium, the bench's own
  // processes (this Node process with Playwright, the preview server), or the rest of the machine.
  const group = (tid: number) => {
    if (tid === 0) return 'idle';
    if (tid === main.tid) return 'main thread';
    if (pidOf.get(tid) === main.pid) return `renderer ${names.get(tid) ?? '?'}`;
    if (names.has(tid)) return `chromium ${procs.get(pidOf.get(tid)!) ?? '?'}`;
    if (comms.get(tid)?.startsWith('chrom') || comms.get(tid)?.startsWith('Chrome_')) return 'chromium other';
    const o = owner(tid);
    if (o === ' this bench') return 'bench (Node, Playwright)';
    if (o.includes('vite preview')) return 'preview server';
    return 'rest of the machine';
  };
  // Over the whole open (file chosen → layers): who had the two cores, and the main thread's states.
  const openFrom = tasks.reduce((a, t) => Math.min(a, t.ts), Infinity);
  const openTo = tasks.reduce((a, t) => Math.max(a, t.ts + (t.dur ?? 0)), 0);
  const open = split(sched, main.tid, openFrom, openTo);
  const cores = new Map<string, number>();
  for (const [, list] of open.cores)
    for (const c of list) cores.set(group(c.tid), (cores.get(group(c.tid)) ?? 0) + (c.to - c.from));
  const mainBy: Record<State, number> = { running: 0, runnable: 0, asleep: 0 };
  for (const s of open.spans) mainBy[s.state] += s.to - s.from;
  console.log(
    `whole open, ${ms(openTo - openFrom)} ms: main thread running ${ms(mainBy.running)}, runnable ${ms(mainBy.runnable)}, asleep ${ms(mainBy.asleep)}; the two cores (ms): ${[
      ...cores,
    ]
      .sort((a, b) => b[1] - a[1])
      .filter(([, v]) => v >= 5000)
      .map(([k, v]) => `${k} ${Math.round(v / 1000)}`)
      .join(', ')}`,
  );
  // Tasks of 30 ms wall or more: where their wall time beyond CPU went, by the same groups.
  const slow = tasks.filter((t) => (t.dur ?? 0) >= 30_000);
  const gap: Record<State, number> = { running: 0, runnable: 0, asleep: 0 };
  const heldBy = new Map<string, number>();
  for (const t of slow) {
    const w = split(sched, main.tid, t.ts, t.ts + (t.dur ?? 0));
    for (const s of w.spans) gap[s.state] += s.to - s.from;
    for (const [, list] of w.cores)
      for (const c of list)
        for (const s of w.spans)
          if (s.state === 'runnable' && c.tid !== main.tid)
            heldBy.set(group(c.tid), (heldBy.get(group(c.tid)) ?? 0) + overlap(c, s));
  }
  console.log(
    `${slow.length} tasks of 30 ms wall or more: wall ${ms(slow.reduce((a, t) => a + (t.dur ?? 0), 0))}, CPU ${ms(slow.reduce((a, t) => a + (t.tdur ?? 0), 0))}; running ${ms(gap.running)}, runnable ${ms(gap.runnable)}, asleep ${ms(gap.asleep)} ms; cores while main was runnable (ms, two cores): ${[
      ...heldBy,
    ]
      .sort((a, b) => b[1] - a[1])
      .filter(([, v]) => v >= 500)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(', ')}`,
  );
  for (const task of tasks.slice(0, TOP)) {
    const from = task.ts;
    const to = task.ts + (task.dur ?? 0);
    const { spans, cores, wakers } = split(sched, main.tid, from, to);
    const by: Record<State, number> = { running: 0, runnable: 0, asleep: 0 };
    for (const s of spans) by[s.state] += s.to - s.from;
    // Who held the cores while the main thread was runnable, and over the whole task.
    const held = new Map<string, number>();
    const whole = new Map<string, number>();
    for (const [, list] of cores)
      for (const c of list) {
        if (c.tid === main.tid) continue;
        whole.set(who(c.tid), (whole.get(who(c.tid)) ?? 0) + (c.to - c.from));
        for (const s of spans)
          if (s.state === 'runnable') held.set(who(c.tid), (held.get(who(c.tid)) ?? 0) + overlap(c, s));
      }
    // The trace events the main thread slept inside (the innermost one covering each sleep).
    const inside = events.filter((e) => e.tid === main.tid && e.ph === 'X' && e.ts >= from && e.ts < to && e !== task);
    const sleptIn = new Map<string, number>();
    for (const s of spans) {
      if (s.state !== 'asleep') continue;
      const covering = inside
        .filter((e) => e.ts <= s.from && e.ts + (e.dur ?? 0) >= s.to)
        .sort((a, b) => (a.dur ?? 0) - (b.dur ?? 0))[0];
      const k = covering ? covering.name : '(task itself)';
      sleptIn.set(k, (sleptIn.get(k) ?? 0) + (s.to - s.from));
    }
    const top = (m: Map<string, number>, n = 6) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .filter(([, v]) => v >= 500)
        .slice(0, n)
        .map(([k, v]) => `${k} ${ms(v)}`)
        .join(', ');
    const outer = inside
      .filter((e) => (e.dur ?? 0) > 2000)
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 5)
      .map((e) => `${e.name} ${ms(e.dur ?? 0)}/${ms(e.tdur ?? 0)}`)
      .join(', ');
    console.log(
      `task at +${ms(from - first)} ms: wall ${ms(task.dur ?? 0)}, CPU ${ms(task.tdur ?? 0)} ms; scheduler: running ${ms(by.running)}, runnable ${ms(by.runnable)}, asleep ${ms(by.asleep)} ms`,
    );
    console.log(`  events (wall/CPU ms): ${outer}`);
    if (by.runnable >= 500) {
      const groups = new Map<string, number>();
      for (const [, list] of cores)
        for (const c of list)
          for (const s of spans)
            if (s.state === 'runnable' && c.tid !== main.tid)
              groups.set(group(c.tid), (groups.get(group(c.tid)) ?? 0) + overlap(c, s));
      console.log(`  cores held while main was runnable (ms): ${top(held)}`);
      console.log(`    by owner: ${top(groups, 10)}`);
    }
    if (by.asleep >= 500)
      console.log(
        `  asleep inside (ms): ${top(sleptIn)}; woken by: ${[...wakers].map(([t, n]) => `${who(t)}×${n}`).join(', ')}`,
      );
    console.log(`  cores over the whole task, besides main (ms): ${top(whole, 8)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
