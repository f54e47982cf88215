/**
 * A/B of the default article's start-up between two builds served side by side: each round opens
 * the static page, build A and build B (order rotated each round) in fresh contexts, and records
 * nav → text shown and nav → all layers painted with the bench's own probes (bench/page-metrics.ts).
 * `npx tsx bench/ab-default.ts <distA> <distB> [rounds]`; ports MARGINALIA_BENCH_PORT and +1.
 */
import { abArgs, alternateAb } from './ab-harness';
import { median, writeStaticBaseline } from './browser';
import { waitForProbe } from './page-metrics';

async function main() {
  const args = abArgs('npx tsx bench/ab-default.ts <distA> <distB> [rounds=10]', 10);
  writeStaticBaseline('public/articles/putin-high-tech-duel.txt', `${args.distA}/static-baseline.html`);
  const runs = await alternateAb(args, ['static', 'A', 'B'] as const, async ({ which, page, bases }) => {
    const url = which === 'static' ? `${bases.A}static-baseline.html` : `${bases[which]}#/read/putin-high-tech-duel`;
    await page.goto(url, { waitUntil: 'commit' });
    // Shown, not only laid out (bench/page-metrics.ts, `textPaintAt`).
    const text = await waitForProbe(page, 'textPaintAt');
    const layers = which === 'static' ? text : await waitForProbe(page, 'layersAt');
    return { text, layers };
  });
  const s = median(runs.static.map((r) => r.text));
  const q = (xs: number[]) => {
    const t = [...xs].sort((x, y) => x - y);
    return `${Math.round(median(t))} [${Math.round(t[Math.floor(t.length / 4)])}–${Math.round(t[Math.ceil((3 * t.length) / 4) - 1])}]`;
  };
  console.log(`static text ${q(runs.static.map((r) => r.text))}`);
  for (const w of ['A', 'B'] as const) {
    const text = runs[w].map((r) => r.text);
    const layers = runs[w].map((r) => r.layers);
    console.log(
      `${w}: text ${q(text)} (${(median(text) / s).toFixed(2)}×), layers ${q(layers)} (${(median(layers) / s).toFixed(2)}×), gap ${q(runs[w].map((r) => r.layers - r.text))}`,
    );
  }
  console.log(JSON.stringify(runs));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
