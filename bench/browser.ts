/**
 * The browser the benches launch, and the static page they measure the reader against (the same
 * text served as plain HTML in the same run: the floor no app can beat).
 *
 * The old "Reader" section that timed "text visible" here with Playwright's
 * `getByText(…).waitFor({ state: 'visible' })` is gone (perf59): that wait polls from Node with
 * back-off gaps of 0, 20, 50, 100, 100 then 500 ms, each poll a few DevTools round trips and
 * Playwright's injected script run on the page's main thread while it loads, so its figure was the
 * first poll after the text showed (35–1,013 ms after the paragraph's Element Timing paint in the
 * same loads, at load 8) and its steps fell differently for the app and the static page. The
 * issue-13 table measures the same moment in the page (bench/page-metrics.ts, `textPaintAt`).
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
