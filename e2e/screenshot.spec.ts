import { expect, test } from '@playwright/test';
import { openDefaultArticle } from './support/app';

// The README's picture is taken by this test, so it always shows what the app really looks like.
// It writes docs/screenshot.png only when asked (UPDATE_SCREENSHOT=1), so CI never dirties the tree.
test('the reader as the README shows it', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 860 });
  await openDefaultArticle(page);
  await expect(page.getByRole('heading', { level: 2, name: '‘The art of compromise’' })).toBeAttached();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot.png' : testInfo.outputPath('screenshot.png');
  await page.screenshot({ path });
});
