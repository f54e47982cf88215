/**
 * "Got it" on the first-run hint takes the hint away with the button that had the focus: the
 * focus goes to the article the hint sat over, so the reader's next keys (s to select, Tab) start
 * there. Before, it fell to <body>, and the next Tab started from the top of the page.
 */
import { expect, test } from '@playwright/test';
import { openAnalysed } from './support/app';

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`"Got it" by keys leaves the focus in the article, not on <body> (${width} px)`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await openAnalysed(page);
    const gotIt = page.getByRole('button', { name: 'Got it' });
    await gotIt.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Getting started' })).toHaveCount(0);
    await expect(page.locator('.article-root')).toBeFocused();
    // The reader's keys work from there: s selects a sentence, Enter opens its actions.
    await page.keyboard.press('s');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: /^Highlight: important/ }),
    ).toBeFocused();
  });
}
