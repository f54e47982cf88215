/**
 * The alternated loop the trace-* scripts share: several builds (or variants) traced in turn, each
 * run in a fresh probed context, the order rotated each round so all of them see the same machine
 * load. Round 0 only warms the servers and the disk cache; its results are dropped. The traces go
 * to a temporary folder, removed at the end unless TRACE_KEEP=1 (then its path is printed).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launch } from './browser';
import { probedPage } from './page-metrics';
import type { TraceEvent } from './trace-summary';

export interface TracedRun {
  /** Which variant, from 0. */
  index: number;
  round: number;
  browser: Browser;
  page: Page;
  /** A file in the traces' folder for this run (one per `tag`, for a run traced in several steps). */
  tracePath: (tag?: string) => string;
}

/** `<dist> [<dist>…] [--runs N]` from the command line; other `--name value` options are skipped. */
export function distsAndRuns(
  defaultRuns: number,
  valued: readonly string[] = ['--runs'],
): { dists: string[]; runs: number } {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : defaultRuns;
  const dists = args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
  return { dists, runs };
}

/** Runs `measure` for every variant in every round; returns each variant's recorded results. */
export async function tracedRounds<R>(
  variants: number,
  runs: number,
  folderPrefix: string,
  measure: (run: TracedRun) => Promise<R>,
): Promise<R[][]> {
  const browser = await launch();
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  const out = Array.from({ length: variants }, () => [] as R[]);
  try {
    for (let round = 0; round <= runs; round++) {
      for (let k = 0; k < variants; k++) {
        const index = (k + round) % variants;
        const { context, page } = await probedPage(browser);
        const tracePath = (tag = '') => join(dir, `${index}-${round}${tag && `-${tag}`}.json`);
        try {
          const result = await measure({ index, round, browser, page, tracePath });
          if (round > 0) out[index].push(result);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    if (process.env.TRACE_KEEP) console.log(`traces kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** A trace file's events. */
export function traceEvents(file: string): TraceEvent[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

/**
 * The page document's navigation start: its pid/tid are the page's main thread (site isolation may
 * have moved it off the renderer that held about:blank, which has a navigation of its own).
 */
export function pageNavigation(events: readonly TraceEvent[]): TraceEvent | undefined {
  return events.find((e) => e.name === 'navigationStart' && /^http/.test(String(e.args?.data?.documentLoaderURL)));
}
