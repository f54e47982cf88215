/**
 * A/B of the default article's start-up between two builds served side by side: each round opens
 * the static page, build A and build B (order rotated each round) in fresh contexts, and records
 * nav → text and nav → all layers painted with the bench's own probes (bench/page-metrics.ts).
 * `npx tsx bench/ab-default.ts <distA> <distB> [rounds]`; ports MARGINALIA_BENCH_PORT and +1.
 */
import { launch, median, writeStaticBaseline } from './browser';
import { probedPage, waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';

const [distA, distB, roundsArg] = process.argv.slice(2);
const PORT = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);

async function main() {
  writeStaticBaseline('public/articles/putin-high-tech-duel.txt', `${distA}/static-baseline.html`);
  const a = await startPreview(PORT, distA);
  const b = await startPreview(PORT + 1, distB);
  const browser = await launch();
  const runs: Record<'static' | 'A' | 'B', Array<{ text: number; layers: number }>> = { static: [], A: [], B: [] };
  try {
    const rounds = Number(roundsArg ?? 10);
    for (let i = 0; i <= rounds; i++) {
      const order = (['static', 'A', 'B'] as const).map((_, k, all) => all[(k + i) % 3]);
      for (const which of order) {
        const { context, page } = await probedPage(browser);
        const url =
          which === 'static'
            ? `${a.base}static-baseline.html`
            : `${(which === 'A' ? a : b).base}#/read/putin-high-tech-duel`;
        await page.goto(url, { waitUntil: 'commit' });
        const text = await waitForProbe(page, 'textAt');
        const layers = which === 'static' ? text : await waitForProbe(page, 'layersAt');
        await context.close();
        if (i > 0) runs[which].push({ text, layers });
      }
    }
  } finally {
    await browser.close();
    a.stop();
    b.stop();
  }
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
