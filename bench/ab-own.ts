/**
 * A/B of a user's own article between two builds served side by side (bench/ab-harness.ts): each
 * round, in fresh contexts and rotated order, the static page (the floor), and for build A and B the
 * default article's text opened through "Open file" (file chosen → all layers painted), then 2 s
 * later a reload (nav → text, nav → all layers), as `ownCopy` in bench/layers.ts measures them.
 * `npx tsx bench/ab-own.ts <distA> <distB> [rounds]` (OWN_WAIT_MS: time on the
 * library before the file is chosen, default 0); ports MARGINALIA_BENCH_PORT and +1. CPU time
 * beside it: `npx tsx bench/trace-own.ts <distA> <distB>`.
 */
import { abArgs, alternateAb } from './ab-harness';
import { median, writeStaticBaseline } from './browser';
import { readProbes, waitForProbe } from './page-metrics';

const ARTICLE = 'public/articles/putin-high-tech-duel.txt';
const LIBRARY_WAIT_MS = Number(process.env.OWN_WAIT_MS ?? 0);

async function main() {
  const args = abArgs('npx tsx bench/ab-own.ts <distA> <distB> [rounds=6]', 6);
  writeStaticBaseline(ARTICLE, `${args.distA}/static-baseline.html`);
  const runs = await alternateAb(args, ['static', 'A', 'B'] as const, async ({ which, page, bases }) => {
    if (which === 'static') {
      await page.goto(`${bases.A}static-baseline.html`, { waitUntil: 'commit' });
      const text = await waitForProbe(page, 'textAt');
      return { first: text, text, layers: text };
    }
    await page.goto(`${bases[which]}#/library`);
    // A reader who looks at the library a moment before choosing a file (OWN_WAIT_MS, default 0).
    if (LIBRARY_WAIT_MS) await page.waitForTimeout(LIBRARY_WAIT_MS);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file', exact: true }).click();
    await (await chooser).setFiles(ARTICLE);
    const opened = await waitForProbe(page, 'layersAt');
    const first = opened - (await readProbes(page)).fileChosenAt!;
    await page.waitForTimeout(2000);
    await page.reload({ waitUntil: 'commit' });
    const text = await waitForProbe(page, 'textAt');
    const layers = await waitForProbe(page, 'layersAt');
    return { first, text, layers };
  });
  const floor = median(runs.static.map((r) => r.text));
  const one = (xs: number[]) => `${Math.round(median(xs))} (${xs.map(Math.round).join(', ')})`;
  console.log(`static text ${one(runs.static.map((r) => r.text))}`);
  for (const w of ['A', 'B'] as const) {
    const r = runs[w];
    const x = (f: (v: (typeof r)[number]) => number) => (median(r.map(f)) / floor).toFixed(2);
    console.log(
      `${w}: first open → layers ${one(r.map((v) => v.first))} ${x((v) => v.first)}×; reload → text ${one(r.map((v) => v.text))} ${x((v) => v.text)}×; reload → layers ${one(r.map((v) => v.layers))} ${x((v) => v.layers)}×`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
