import { expect, type Page } from '@playwright/test';
import { openAnalysed, painted } from './app';
import { pressEndUntilAtEnd } from './end-key';
import { fillStorage } from './storage';

/** Near the end of the article, a sentence selected and highlighted yellow with keys only. */
export async function highlightFromKeyboard(page: Page) {
  // As a reader sees the page reach its end before going on: k starts from what is on screen, and
  // under load the scroll landed after it (CI: the sentence chosen was at the top).
  await pressEndUntilAtEnd(page);
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

/**
 * The default article opened, its tip put away, browser storage full, and a highlight made with
 * keys only: the "Browser storage is full" alert it brings, shown.
 */
export async function storageFullAfterKeyboardHighlight(page: Page) {
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).press('Enter');
  await page.evaluate(fillStorage);
  await highlightFromKeyboard(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
  await expect(alert).toBeVisible();
  return alert;
}
