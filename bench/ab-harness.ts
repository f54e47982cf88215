/**
 * The alternated A/B loop the ab-* benches share: two builds served side by side on
 * MARGINALIA_BENCH_PORT and +1, one browser, and rounds in which every variant runs once in a fresh
 * probed context, the order rotated each round so all of them see the same machine load. Round 0
 * only warms the servers and the disk cache and is not recorded.
 */
import type { Browser, Page } from '@playwright/test';
import { launch } from './browser';
import { probedPage } from './page-metrics';
import { startPreview } from './preview-server';

export interface AbArgs {
  distA: string;
  distB: string;
  rounds: number;
}

/** `<distA> <distB> [rounds]` from the command line; prints `usage` and exits when they are missing. */
export function abArgs(usage: string, defaultRounds: number): AbArgs {
  const [distA, distB, roundsArg] = process.argv.slice(2);
  if (!distA || !distB || distA.startsWith('-')) {
    console.log(usage);
    process.exit(distA === '--help' || distA === '-h' ? 0 : 1);
  }
  return { distA, distB, rounds: Number(roundsArg ?? defaultRounds) };
}

export interface AbRun<W extends string> {
  which: W;
  round: number;
  browser: Browser;
  page: Page;
  /** The two builds' addresses, each ending in a slash. */
  bases: { A: string; B: string };
}

export async function alternateAb<W extends string, R>(
  args: AbArgs,
  variants: readonly W[],
  measure: (run: AbRun<W>) => Promise<R>,
  onRecorded?: (which: W, round: number, result: R) => void,
): Promise<Record<W, R[]>> {
  const port = Number(process.env.MARGINALIA_BENCH_PORT ?? 4180);
  const servers = [await startPreview(port, args.distA), await startPreview(port + 1, args.distB)];
  const bases = { A: servers[0].base, B: servers[1].base };
  const browser = await launch();
  const runs = Object.fromEntries(variants.map((w) => [w, [] as R[]])) as Record<W, R[]>;
  try {
    for (let round = 0; round <= args.rounds; round++) {
      const order = variants.map((_, k) => variants[(k + round) % variants.length]);
      for (const which of order) {
        const { context, page } = await probedPage(browser);
        const result = await measure({ which, round, browser, page, bases });
        await context.close();
        if (round === 0) continue;
        runs[which].push(result);
        onRecorded?.(which, round, result);
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.stop();
  }
  return runs;
}
