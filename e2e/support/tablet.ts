/**
 * A tablet with a keyboard cover and trackpad, as the browser's own settings make one (the pointer
 * types its web tests use: 2 coarse, 4 fine; hover types 1 none, 2 hover): a finger first, a fine
 * pointer besides. Used by the specs that check which key hints such a tablet is shown.
 */
import { expect, type Page } from '@playwright/test';
import { chromeArgs, findChrome } from './chrome';

/** `test.use` options for the tablet at 1024 × 768. */
export const tabletWithTrackpad = {
  viewport: { width: 1024, height: 768 },
  launchOptions: {
    executablePath: findChrome(),
    args: [
      ...chromeArgs,
      '--blink-settings=primaryPointerType=2,availablePointerTypes=6,primaryHoverType=1,availableHoverTypes=3',
    ],
  },
};

/** The tablet as the page sees it: a coarse primary pointer and a fine one besides. */
export async function expectTabletPointers(page: Page): Promise<void> {
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  expect(await page.evaluate(() => matchMedia('(any-pointer: fine)').matches)).toBe(true);
}
