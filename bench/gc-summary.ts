/**
 * The garbage collector's share of the main thread in saved Chromium traces (e.g. trace-many's
 * `TRACE_OUT`): per file, the major and minor collections (count, CPU ms, the longest major one)
 * and the largest heap seen, so two builds' reloads can be compared by what the collector did,
 * which the longest task only shows when a major collection happens to land in it.
 * `npx tsx bench/gc-summary.ts FILE…`
 */
import { readFileSync } from 'node:fs';
import type { TraceEvent } from './trace-summary';

for (const file of process.argv.slice(2)) {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's main thread: the renderer thread with the most task time (as trace-summary.ts).
  const taskTime = (m: TraceEvent) =>
    events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask')
      .reduce((a, e) => a + (e.dur ?? 0), 0);
  const busiest = mains.map((m) => ({ m, n: taskTime(m) })).sort((a, b) => b.n - a.n)[0]?.m;
  if (!busiest) continue;
  const onMain = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X');
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const major = onMain.filter((e) => e.name === 'MajorGC');
  const minor = onMain.filter((e) => e.name === 'MinorGC');
  const heap = Math.max(
    0,
    ...major.concat(minor).map((e) => Number((e.args?.usedHeapSizeBefore as number | undefined) ?? 0)),
  );
  const sum = (xs: TraceEvent[]) => xs.reduce((a, e) => a + cpu(e), 0).toFixed(0);
  console.log(
    `${file}: major ${major.length} (${sum(major)} ms CPU, longest ${Math.max(0, ...major.map(cpu)).toFixed(0)}), minor ${minor.length} (${sum(minor)} ms), heap up to ${(heap / 1e6).toFixed(0)} MB`,
  );
}
