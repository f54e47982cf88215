/**
 * The 1 MB open's first frame (issue 13's longest task from open to layers on a quiet machine, the
 * frame that first shows the reader), for any number of builds, alternated round by round (the
 * order reversed every other round), each open in a fresh context as `npm run bench` opens it
 * (the file chosen as soon as the library has loaded). Traced from the file's choice to 600 ms
 * after the text is laid out, so an open takes seconds, not the layers' 20 s at load 20: per open
 * the longest main-thread task by CPU in that window with its style and layout CPU, and the CPU
 * of all tasks there; then medians per build (round 0 is a warm-up, not counted).
 * `npx tsx bench/ab-first-frame.ts <rounds> <dist> <dist> …`; ports MARGINALIA_BENCH_PORT (4180) + i;
 * `TRACE_OUT=dir` keeps the traces (`<build index>-<round>.json`).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, median } from './browser';
import { writeLongArticle } from './long-article';
import { probedPage, readProbes, waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';
import { tracedTasks } from './traced-tasks';

async function main() {
  const rounds = Number(process.argv[2]);
  const dists = process.argv.slice(3);
  const long = writeLongArticle();
  const port = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
  const servers = await Promise.all(dists.map((d, i) => startPreview(port + i, d)));
  const browser = await launch();
  const keep = process.env.TRACE_OUT;
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'mg-first-frame-'));
  const res: Array<Array<{ cpu: number; style: number; layout: number; sum: number; text: number }>> = dists.map(
    () => [],
  );
  try {
    for (let r = 0; r <= rounds; r++) {
      const order = dists.map((_, i) => i);
      if (r % 2) order.reverse();
      for (const i of order) {
        const { context, page } = await probedPage(browser);
        await page.goto(`${servers[i].base}#/library`);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Open file', exact: true }).click();
        const files = await chooser;
        const tasks = await tracedTasks(browser, page, join(dir, `${i}-${r}.json`), async () => {
          await files.setFiles(long.file);
          await waitForProbe(page, 'textAt', 60_000);
          await page.waitForTimeout(600);
        });
        const p = await readProbes(page);
        await context.close();
        const top = [...tasks].sort((a, b) => b.cpuMs - a.cpuMs)[0];
        const row = {
          cpu: top.cpuMs,
          style: Math.round(top.kindsCpu.UpdateLayoutTree ?? 0),
          layout: Math.round(top.kindsCpu.Layout ?? 0),
          sum: Math.round(tasks.reduce((a, t) => a + t.cpuMs, 0)),
          text: Math.round(p.textAt! - p.fileChosenAt!),
        };
        if (r > 0) res[i].push(row);
        console.log(`${r} ${dists[i]}: ${JSON.stringify(row)} load ${loadavg()[0].toFixed(1)}`);
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.stop());
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  dists.forEach((d, i) => {
    const m = (k: 'cpu' | 'style' | 'layout' | 'sum' | 'text') => median(res[i].map((x) => x[k]));
    console.log(
      `${d}: longest CPU median ${m('cpu')} (${res[i].map((x) => x.cpu).join(', ')}), its style ${m('style')}, layout ${m('layout')}; all tasks ${m('sum')}; text ${m('text')} ms`,
    );
  });
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
