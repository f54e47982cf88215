import { expect, test } from '@playwright/test';
import { openDefaultArticle } from './support/app';

// The README's picture is taken by this test, so it always shows what the app really looks like.
// It writes docs/screenshot.png only when asked (UPDATE_SCREENSHOT=1), so CI never dirties the tree.
test('the reader as the README shows it', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDefaultArticle(page);
  await expect(page.getByRole('heading', { level: 2, name: '‘The art of compromise’' })).toBeAttached();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot.png' : testInfo.outputPath('screenshot.png');
  await page.screenshot({ path });
});

// The same at both widths and in both themes (issue 11): a phone with the Claims sheet open.
for (const shot of [
  { name: 'screenshot-dark', width: 1440, height: 900, colorScheme: 'dark', sheet: false },
  { name: 'screenshot-phone', width: 390, height: 844, colorScheme: 'light', sheet: false },
  { name: 'screenshot-phone-dark', width: 390, height: 844, colorScheme: 'dark', sheet: true },
] as const) {
  test(`the README's ${shot.name}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.emulateMedia({ colorScheme: shot.colorScheme });
    await openDefaultArticle(page);
    await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Got it' }).click();
    if (shot.sheet) {
      await page.getByRole('tab', { name: /^Claims/ }).click();
      await expect(page.getByRole('tabpanel')).toBeInViewport();
    }
    const path = process.env.UPDATE_SCREENSHOT ? `docs/${shot.name}.png` : testInfo.outputPath(`${shot.name}.png`);
    await page.screenshot({ path });
  });
}
