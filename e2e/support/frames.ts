import type { Page } from '@playwright/test';

/**
 * Two animation frames: what a scroll, a placement or a highlight change started has been painted
 * (the first frame runs its callbacks, the second follows that frame's paint).
 */
export const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
