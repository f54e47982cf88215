/**
 * A/B of opening the 1 MB article (issue 13's "longest task from open to layers") between two
 * builds served side by side, alternated run by run so both see the same machine load: each run
 * opens the article through "Open file" in a fresh context, traced, and records the longest task
 * by wall time (the page's Long Tasks observer, as the bench reads it), the longest by main-thread
 * CPU time (the trace's thread time), how many tasks went over 50 ms of wall, and file chosen →
 * every layer painted. Prints each run and the medians.
 * `npx tsx bench/ab-long.ts <distA> <distB> [pairs=5]`; ports MARGINALIA_BENCH_PORT and +1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, median } from './browser';
import { writeLongArticle } from './long-article';
import { probedPage, readProbes, waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';
import { tracedTasks } from './traced-tasks';

const [distA, distB, pairsArg = '5'] = process.argv.slice(2);
const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);

interface Run {
  wall: number;
  cpu: number;
  over50: number;
  /** Tasks of 10 ms main-thread CPU or more: what a loaded machine stretches past 50 ms of wall. */
  cpu10: number;
  layers: number;
}

async function main() {
  const long = writeLongArticle();
  const servers = [await startPreview(PORT, distA), await startPreview(PORT + 1, distB)];
  const browser = await launch();
  const dir = mkdtempSync(join(tmpdir(), 'mg-ab-long-'));
  const runs: Record<'A' | 'B', Run[]> = { A: [], B: [] };
  try {
    for (let i = 0; i <= +pairsArg; i++) {
      for (const which of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        const { context, page } = await probedPage(browser);
        await page.goto(`${servers[which === 'A' ? 0 : 1].base}#/library`);
        await page.waitForTimeout(1000);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Open file', exact: true }).click();
        const files = await chooser;
        const tasks = await tracedTasks(browser, page, join(dir, `${which}-${i}.json`), async () => {
          await files.setFiles(long.file);
          await waitForProbe(page, 'layersAt', 150_000);
        });
        const p = await readProbes(page);
        await context.close();
        const during = p.long.filter((t) => t.start + t.duration >= p.fileChosenAt! && t.start <= p.layersAt!);
        const run = {
          wall: Math.round(Math.max(0, ...during.map((t) => t.duration))),
          cpu: Math.max(0, ...tasks.map((t) => t.cpuMs)),
          over50: during.filter((t) => t.duration > 50).length,
          cpu10: tasks.filter((t) => t.cpuMs >= 10).length,
          layers: Math.round(p.layersAt! - p.fileChosenAt!),
        };
        // The first pair warms the server and the disk cache.
        if (i === 0) continue;
        runs[which].push(run);
        console.log(`${which} ${i}: ${JSON.stringify(run)}`);
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
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
