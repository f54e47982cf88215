import { expect, test } from '@playwright/test';
import { openDefaultArticle } from './support/app';

// The README's picture is taken by this test, so it always shows what the app really looks like.
// It writes docs/screenshot.png only when asked (UPDATE_SCREENSHOT=1), so CI never dirties the tree.
test('the reader as the README shows it', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDefaultArticle(page);
  await expect(page.getByRole('heading', { level: 2, name: '‘The art of compromise’' })).toBeAttached();
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot.png' : testInfo.outputPath('screenshot.png');
  await page.screenshot({ path });
});
