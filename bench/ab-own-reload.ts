/**
 * A/B of a stored (own) article's reload between two builds served side by side: each round, in
 * fresh contexts with the order rotated, opens the default article's text through "Open file" (so
 * it is the reader's own, with no build-time help), reloads, and records reload → text shown
 * (Element Timing, bench/page-metrics.ts) and → all layers painted.
 * `npx tsx bench/ab-own-reload.ts <distA> <distB> [rounds]`; ports MARGINALIA_BENCH_PORT and +1.
 */
import { abArgs, alternateAb } from './ab-harness';
import { median } from './browser';
import { readProbes, waitForProbe } from './page-metrics';

async function main() {
  const args = abArgs('npx tsx bench/ab-own-reload.ts <distA> <distB> [rounds=8]', 8);
  const runs = await alternateAb(args, ['A', 'B'] as const, async ({ which, page, bases }) => {
    await page.goto(`${bases[which]}#/library`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file', exact: true }).click();
    await (await chooser).setFiles('public/articles/putin-high-tech-duel.txt');
    await waitForProbe(page, 'layersAt');
    await page.reload({ waitUntil: 'commit' });
    const shown = await waitForProbe(page, 'textPaintAt');
    const layers = await waitForProbe(page, 'layersAt');
    return { shown, layers, laidOut: (await readProbes(page)).textAt ?? NaN };
  });
  for (const w of ['A', 'B'] as const) {
    const m = (f: (x: (typeof runs)['A'][number]) => number) => Math.round(median(runs[w].map(f)));
    console.log(
      `${w}: reload → text shown ${m((x) => x.shown)} [${runs[w].map((x) => Math.round(x.shown)).join(', ')}], laid out ${m((x) => x.laidOut)}, layers ${m((x) => x.layers)}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
