/**
 * The font lookups a page makes before its first contentful paint: each is a synchronous call from
 * the renderer to the browser's font service (a family name matched, a strike's render style
 * asked), so under load they cost wall time the main thread spends waiting. For the default article
 * in one or more builds and the same text as a static page, alternated in fresh contexts: how many
 * of each, their wall time, and (with `--list`) which families/strikes the first run asked for.
 * `npx tsx bench/trace-fonts.ts --shared <dir> <name>… [--runs N] [--list]`, port MARGINALIA_BENCH_PORT.
 */
import { median, writeStaticBaseline } from './browser';
import { waitForProbe } from './page-metrics';
import { startPreview } from './preview-server';
import { distsAndRuns, pageNavigation, traceEvents, tracedRounds } from './traced-rounds';

const LOOKUPS = ['FontDataService::MatchFamilyName', 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike'];

function read(file: string) {
  const ev = traceEvents(file);
  const nav = pageNavigation(ev)!;
  const fcpEv = ev.find((e) => e.name === 'firstContentfulPaint' && e.pid === nav.pid);
  const fcp = fcpEv ? fcpEv.ts : Infinity;
  const before = ev.filter(
    (e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= fcp,
  );
  const of = (name: string) => before.filter((e) => e.name === name);
  return {
    fcp: (fcp - nav.ts) / 1000,
    families: of(LOOKUPS[0]).length,
    strikes: of(LOOKUPS[1]).length,
    fontMs: before.filter((e) => LOOKUPS.includes(e.name)).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0),
    detail: before.filter((e) => LOOKUPS.includes(e.name)).map((e) => `${e.name} ${JSON.stringify(e.args ?? {})}`),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const { dists, runs } = distsAndRuns(5, ['--runs', '--shared']);
  const shared = args[args.indexOf('--shared') + 1];
  const names = dists.filter((d) => d !== shared);
  writeStaticBaseline('public/articles/putin-high-tech-duel.txt', `${shared}/static-baseline.html`);
  const server = await startPreview(Number(process.env.MARGINALIA_BENCH_PORT ?? 4180), shared);
  const variants = [{ name: 'static', url: `${server.base}static-baseline.html` }].concat(
    names.map((n) => ({ name: n, url: `${server.base}${n}/#/read/putin-high-tech-duel` })),
  );
  let out: ReturnType<typeof read>[][];
  try {
    out = await tracedRounds(variants.length, runs, 'mg-trace-fonts-', async ({ index, browser, page, tracePath }) => {
      const path = tracePath();
      await browser.startTracing(page, {
        path,
        categories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'loading', 'fonts', 'mojom'],
      });
      await page.goto(variants[index].url, { waitUntil: 'load' });
      // The landing page's first frame waits for its whole document, not for 'load' (which has no
      // subresource to wait for there): under load 'load' came first and the trace stopped before
      // its first contentful paint (FCP NaN in most runs).
      await waitForProbe(page, 'fcpAt');
      await page.waitForTimeout(300);
      await browser.stopTracing();
      return read(path);
    });
  } finally {
    server.stop();
  }
  variants.forEach((v, i) => {
    const m = (g: (x: (typeof out)[number][number]) => number) => median(out[i].map(g)).toFixed(1);
    console.log(
      `${v.name}: FCP ${m((x) => x.fcp)} | family lookups ${m((x) => x.families)}, strikes ${m((x) => x.strikes)}, blocked ${m((x) => x.fontMs)} ms [${out[i].map((x) => x.fontMs.toFixed(0)).join(',')}]`,
    );
    if (args.includes('--list')) for (const d of out[i][0].detail) console.log(`   ${d}`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
