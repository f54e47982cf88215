import { expect, type Page } from '@playwright/test';
import { painted } from './app';

/** Near the end of the article, a sentence selected and highlighted yellow with keys only. */
export async function highlightFromKeyboard(page: Page) {
  await page.keyboard.press('End');
  await page.keyboard.press('k');
  await page.keyboard.press('s');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(10);
  await page.keyboard.press('Enter');
  const yellow = page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' });
  await expect(yellow).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(1);
}
