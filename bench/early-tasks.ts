/**
 * The 1 MB open's early tasks, from traces kept by `bench/ab-long.ts` (`TRACE_OUT`): for each trace,
 * the main-thread tasks from the file input's change event to `EARLY_MS` after it (default 1500),
 * the longest by CPU first, with what filled them. `npx tsx bench/early-tasks.ts dir [minCpuMs=10]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSummary, summarizeTrace, type TraceEvent } from './trace-summary';

const EARLY_MS = Number(process.env.EARLY_MS ?? 1500);
const dir = process.argv[2];
const min = Number(process.argv[3] ?? 10);
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const path = join(dir, f);
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const change = events.find(
    (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'change',
  )?.ts;
  if (change === undefined) continue;
  const early = summarizeTrace(path, 1).filter((t) => t.ts >= change - 5000 && t.ts <= change + EARLY_MS * 1000);
  const big = early.filter((t) => t.cpuMs >= min).sort((a, b) => b.cpuMs - a.cpuMs);
  console.log(
    `\n== ${f}: ${early.length} tasks in ${EARLY_MS} ms; over 50 ms wall ${early.filter((t) => t.ms > 50).length}; ≥ ${min} ms CPU: ${big
      .map((t) => `+${Math.round((t.ts - change) / 1000)} ${t.cpuMs}/${t.ms}`)
      .join(', ')}`,
  );
  printSummary(big.slice(0, Number(process.env.EARLY_TOP ?? 4)));
}
