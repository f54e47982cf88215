/**
 * Browser timings with Playwright against the production build: navigation → article text
 * visible for the default article, median of N runs, beside the same text served as a plain
 * static HTML page in the same run (the floor no app can beat).
 */
import { chromium, type Browser } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromeArgs, findChrome } from '../e2e/support/chrome';

import { median } from './stats';

export { median };

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: chromeArgs });
}

/** Writes the article as the simplest possible static page into dist/, so both are served alike. */
export function writeStaticBaseline(articleFile: string, out = 'dist/static-baseline.html'): string {
  const text = readFileSync(articleFile, 'utf8');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = text
    .split('\n')
    .filter(Boolean)
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
  writeFileSync(out, `<!doctype html><meta charset="utf-8"><title>baseline</title><body>${body}</body>`);
  return 'static-baseline.html';
}

/** Time from navigation start until an element containing `probe` is visible. */
export async function timeToText(browser: Browser, url: string, probe: string, runs = 5): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByText(probe, { exact: false }).first().waitFor({ state: 'visible' });
    // performance.now() is measured from the navigation's time origin inside the page.
    const inPage = await page.evaluate(() => performance.now());
    times.push(Math.min(inPage, Date.now() - t0));
    await context.close();
  }
  return times;
}

export async function benchReader(baseUrl: string): Promise<Record<string, string | number>> {
  const baseline = writeStaticBaseline('public/articles/putin-high-tech-duel.txt');
  const browser = await launch();
  try {
    const probe = 'challenged Western powers';
    // One warm-up each so both start with a warm HTTP server and disk cache.
    await timeToText(browser, `${baseUrl}${baseline}`, probe, 1);
    await timeToText(browser, `${baseUrl}#/read/putin-high-tech-duel`, probe, 1);
    const stat = await timeToText(browser, `${baseUrl}${baseline}`, probe);
    const app = await timeToText(browser, `${baseUrl}#/read/putin-high-tech-duel`, probe);
    return {
      'default article text visible, app (median of 5, ms)': Math.round(median(app)),
      'same text as static HTML (median of 5, ms)': Math.round(median(stat)),
      'app / static': +(median(app) / median(stat)).toFixed(2),
    };
  } finally {
    await browser.close();
  }
}
