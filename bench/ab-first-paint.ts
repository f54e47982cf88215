/**
 * What a browser reports for the default article's first paint, for any number of builds and the
 * same text as a static page, alternated in fresh contexts (order rotated each round): text shown
 * (Element Timing of the first paragraph), first contentful paint, largest contentful paint (and
 * which element it was), text laid out (the frame's start) and all layers painted.
 * The builds are folders of one directory, all served by one server on MARGINALIA_BENCH_PORT
 * (the build is relative, so `<dir>/<name>/` serves it): `cp -r dist <dir>/mine`, a base build
 * beside it, then `npx tsx bench/ab-first-paint.ts <dir> <name>… [--rounds N]`.
 */
import { launch, median, writeStaticBaseline } from './browser';
import { probedPage, readProbes, waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';

interface Run {
  shown: number;
  fcp: number;
  lcp: number;
  laidOut: number;
  layers: number;
  lcpElement: string;
}

type LcpWindow = Window & { __lcp: Array<{ at: number; element: string }> };

async function main() {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 10;
  const [dir, ...names] = args.filter((a, i) => !a.startsWith('--') && i !== roundsAt + 1);
  if (!dir || names.length === 0) {
    console.log('npx tsx bench/ab-first-paint.ts <dir> <build folder>… [--rounds N]');
    process.exit(1);
  }
  writeStaticBaseline('public/articles/putin-high-tech-duel.txt', `${dir}/static-baseline.html`);
  const server = await startPreview(Number(process.env.MARGINALIA_BENCH_PORT ?? 4180), dir);
  const urls: Record<string, string> = { static: `${server.base}static-baseline.html` };
  for (const n of names) urls[n] = `${server.base}${n}/#/read/putin-high-tech-duel`;
  const keys = Object.keys(urls);
  const runs: Record<string, Run[]> = Object.fromEntries(keys.map((k) => [k, []]));
  const browser = await launch();
  try {
    for (let r = 0; r <= rounds; r++)
      for (let j = 0; j < keys.length; j++) {
        const k = keys[(j + r) % keys.length];
        const { context, page } = await probedPage(browser);
        await page.addInitScript(() => {
          const w = window as unknown as LcpWindow;
          w.__lcp = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { element: Element | null }>)
              w.__lcp.push({ at: e.startTime, element: e.element?.tagName ?? '?' });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        });
        await page.goto(urls[k], { waitUntil: 'commit' });
        const shown = await waitForProbe(page, 'textPaintAt');
        const layers = k === 'static' ? NaN : await waitForProbe(page, 'layersAt');
        await page.waitForTimeout(300);
        const lcp = await page.evaluate(() => (window as unknown as LcpWindow).__lcp);
        const p = await readProbes(page);
        await context.close();
        if (r === 0) continue; // warms the server and the disk cache
        const last = lcp[lcp.length - 1];
        runs[k].push({
          shown,
          fcp: p.fcpAt ?? NaN,
          lcp: last?.at ?? NaN,
          lcpElement: last?.element ?? '-',
          laidOut: p.textAt ?? NaN,
          layers,
        });
      }
  } finally {
    await browser.close();
    server.stop();
  }
  const floor = median(runs.static.map((x) => x.fcp));
  for (const k of keys) {
    const m = (f: (x: Run) => number) => Math.round(median(runs[k].map(f)));
    console.log(
      `${k}: shown ${m((x) => x.shown)}, FCP ${m((x) => x.fcp)} (${(m((x) => x.fcp) / floor).toFixed(2)}× static), LCP ${m((x) => x.lcp)} (${[...new Set(runs[k].map((x) => x.lcpElement))].join('/')}), laid out ${m((x) => x.laidOut)}, layers ${m((x) => x.layers)} | FCP ${runs[k].map((x) => Math.round(x.fcp)).join(',')}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
