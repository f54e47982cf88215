/**
 * A/B of opening the 1 MB article (issue 13's "longest task from open to layers") between two
 * builds served side by side, alternated run by run so both see the same machine load: each run
 * opens the article through "Open file" in a fresh context, traced, and records the longest task
 * by wall time (the page's Long Tasks observer, as the bench reads it), the longest by main-thread
 * CPU time (the trace's thread time), how many tasks went over 50 ms of wall, and file chosen →
 * every layer painted. Prints each run and the medians.
 * `npx tsx bench/ab-long.ts <distA> <distB> [pairs=5]`; ports MARGINALIA_BENCH_PORT and +1.
 * `TRACE_OUT=dir` keeps the traces there (`A-1.json`, …; for bench/trace-summary.ts).
 * `AB_SETTLE_MS` (default 1000): the wait between the library's load and "Open file"; 0 opens as
 * `npm run bench` does, while the library page's own start (the analysis worker's warm-up) runs.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { abArgs, alternateAb } from './ab-harness';
import { median } from './browser';
import { writeLongArticle } from './long-article';
import { readProbes, waitForProbe } from './page-metrics';
import { tracedTasks } from './traced-tasks';

const SETTLE_MS = Number(process.env.AB_SETTLE_MS ?? 1000);

interface Run {
  wall: number;
  cpu: number;
  over50: number;
  /** Tasks of 10 ms main-thread CPU or more: what a loaded machine stretches past 50 ms of wall. */
  cpu10: number;
  layers: number;
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
        const tasks = await tracedTasks(browser, page, join(dir, `${which}-${round}.json`), async () => {
          await files.setFiles(long.file);
          await waitForProbe(page, 'layersAt', 150_000);
        });
        const p = await readProbes(page);
        const during = p.long.filter((t) => t.start + t.duration >= p.fileChosenAt! && t.start <= p.layersAt!);
        return {
          wall: Math.round(Math.max(0, ...during.map((t) => t.duration))),
          cpu: Math.max(0, ...tasks.map((t) => t.cpuMs)),
          over50: during.filter((t) => t.duration > 50).length,
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
    console.log(
      `${which}: longest task wall median ${m((r) => r.wall)} ms (${runs[which].map((r) => r.wall).join(', ')}), CPU median ${m((r) => r.cpu)} ms (${runs[which].map((r) => r.cpu).join(', ')}), tasks > 50 ms median ${m((r) => r.over50)}, tasks ≥ 10 ms CPU median ${m((r) => r.cpu10)}, layers median ${m((r) => r.layers)} ms`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
