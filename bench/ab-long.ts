/**
 * A/B of opening the 1 MB article (issue 13's "longest task from open to layers") between two
 * builds served side by side, alternated run by run so both see the same machine load: each run
 * opens the article through "Open file" in a fresh context, traced, and records the longest task
 * by wall time (the page's Long Tasks observer, as the bench reads it), the longest by main-thread
 * CPU time (the trace's thread time), how many tasks went over 50 and over 30 ms of wall, and file
 * chosen → every layer painted. Prints each run, the medians, and per build the longest task's
 * median, 90th percentile and maximum with the opens that had a task over 50 ms; the same for the
 * body's window alone (file chosen → its last slice in, `bodyIn`), where the analysis worker's
 * start used to compile the engine beside the slices.
 * `npx tsx bench/ab-long.ts <distA> <distB> [pairs=5]`; ports MARGINALIA_BENCH_PORT and +1.
 * `TRACE_OUT=dir` keeps the traces there (`A-1.json`, …; for bench/trace-summary.ts).
 * `AB_SETTLE_MS` (default 1000): the wait between the library's load and "Open file"; 0 opens as
 * `npm run bench` does, while the library page's own start (the analysis worker's warm-up) runs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { abArgs, alternateAb } from './ab-harness';
import { median } from './browser';
import { writeLongArticle } from './long-article';
import { readProbes, waitForProbe } from './page-metrics';
import type { TraceEvent } from './trace-summary';
import { tracedTasks } from './traced-tasks';

const SETTLE_MS = Number(process.env.AB_SETTLE_MS ?? 1000);

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** The 90th percentile (nearest rank). */
const p90 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.9) - 1)];

interface Run {
  wall: number;
  cpu: number;
  over50: number;
  /** Traced main-thread tasks over 30 ms of wall (the Long Tasks observer sees none under 50). */
  over30: number;
  /** Tasks of 10 ms main-thread CPU or more: what a loaded machine stretches past 50 ms of wall. */
  cpu10: number;
  layers: number;
  /** File chosen → the body's last slice in (ms), and in that window (traced): the longest task by wall, tasks over 50 and 30 ms. */
  bodyIn: number;
  bodyWall: number;
  bodyOver50: number;
  bodyOver30: number;
}

/** The trace clock (µs) of the file input's change event, the page's `fileChosenAt`. */
function changeEventTs(path: string): number {
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const change = events.find(
    (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'change',
  );
  return change?.ts ?? NaN;
}

async function main() {
  const args = abArgs('npx tsx bench/ab-long.ts <distA> <distB> [pairs=5]', 5);
  const long = writeLongArticle();
  const keep = process.env.TRACE_OUT;
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'mg-ab-long-'));
  let runs: Record<'A' | 'B', Run[]>;
  try {
    runs = await alternateAb(
      args,
      ['A', 'B'] as const,
      async ({ which, round, browser, page, bases }): Promise<Run> => {
        await page.goto(`${bases[which]}#/library`);
        if (SETTLE_MS) await page.waitForTimeout(SETTLE_MS);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Open file', exact: true }).click();
        const files = await chooser;
        // When the body's last slice is in (the reader's body drops `data-pending-from` then): the
        // slices' window, where a quiet machine's long task was (README, perf44 and perf45).
        await page.evaluate(() => {
          const probe = window as unknown as { bodyInAt?: number };
          const look = () => {
            const body = document.querySelector('.article-body');
            if (body?.childElementCount && !body.hasAttribute('data-pending-from')) probe.bodyInAt = performance.now();
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        });
        const trace = join(dir, `${which}-${round}.json`);
        const tasks = await tracedTasks(browser, page, trace, async () => {
          await files.setFiles(long.file);
          await waitForProbe(page, 'layersAt', 150_000);
        });
        const p = await readProbes(page);
        const during = p.long.filter((t) => t.start + t.duration >= p.fileChosenAt! && t.start <= p.layersAt!);
        const bodyInAt = await page.evaluate(() => (window as unknown as { bodyInAt?: number }).bodyInAt ?? NaN);
        // The trace's tasks on the page's clock: the file input's change event is `fileChosenAt`.
        const chosenTs = changeEventTs(trace);
        const inBody = tasks.filter(
          (t) => t.ts + t.ms * 1000 >= chosenTs && (t.ts - chosenTs) / 1000 <= bodyInAt - p.fileChosenAt!,
        );
        return {
          bodyIn: Math.round(bodyInAt - p.fileChosenAt!),
          bodyWall: Math.max(0, ...inBody.map((t) => t.ms)),
          bodyOver50: inBody.filter((t) => t.ms > 50).length,
          bodyOver30: inBody.filter((t) => t.ms > 30).length,
          wall: Math.round(Math.max(0, ...during.map((t) => t.duration))),
          cpu: Math.max(0, ...tasks.map((t) => t.cpuMs)),
          over50: during.filter((t) => t.duration > 50).length,
          over30: tasks.filter((t) => t.ms > 30).length,
          cpu10: tasks.filter((t) => t.cpuMs >= 10).length,
          layers: Math.round(p.layersAt! - p.fileChosenAt!),
        };
      },
      (which, round, run) => console.log(`${which} ${round}: ${JSON.stringify(run)} load ${loadavg()[0].toFixed(1)}`),
    );
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `settle ${SETTLE_MS} ms; load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const which of ['A', 'B'] as const) {
    const m = (f: (r: Run) => number) => median(runs[which].map(f));
    const body = runs[which].map((r) => r.bodyWall);
    console.log(
      `${which}: file chosen → body in median ${m((r) => r.bodyIn)} ms; in that window longest task wall median ${median(body)}, p90 ${p90(body)}, max ${Math.max(...body)}; tasks > 50 ms in all ${sum(runs[which].map((r) => r.bodyOver50))}, > 30 ms ${sum(runs[which].map((r) => r.bodyOver30))}`,
    );
    console.log(
      `${which}: longest task wall median ${m((r) => r.wall)} ms, p90 ${p90(runs[which].map((r) => r.wall))}, max ${Math.max(...runs[which].map((r) => r.wall))}; opens with a task > 50 ms ${runs[which].filter((r) => r.over50 > 0).length} of ${runs[which].length}, tasks > 50 ms in all ${sum(runs[which].map((r) => r.over50))}, > 30 ms ${sum(runs[which].map((r) => r.over30))}`,
    );
    console.log(
      `${which}: longest task wall median ${m((r) => r.wall)} ms (${runs[which].map((r) => r.wall).join(', ')}), CPU median ${m((r) => r.cpu)} ms (${runs[which].map((r) => r.cpu).join(', ')}), tasks > 50 ms median ${m((r) => r.over50)}, tasks ≥ 10 ms CPU median ${m((r) => r.cpu10)}, layers median ${m((r) => r.layers)} ms`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
