/**
 * The `n` key and the notices, adversarially: `n` typed into a field stays a letter, `n` with no
 * notice does nothing, and while keyboard selection mode is on, the keys pressed in a notice go to
 * the notice (Enter presses its button, Esc goes back), not to the selection behind it.
 */
import { expect, test } from '@playwright/test';
import { openAnalysed } from './support/app';
import { highlightFromKeyboard, storageFullAfterKeyboardHighlight } from './support/keyboard-highlight';
import { fillStorage } from './support/storage';

test.use({ viewport: { width: 1280, height: 800 } });

test('n with no notice does nothing; n in the find field is typed', async ({ page }) => {
  // The same steps as the two tests below (open, analyse, a highlight with keys), and their budget.
  test.slow();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).press('Enter');
  await expect(page.getByRole('region', { name: 'Notices' })).toHaveCount(0);
  const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
  await page.keyboard.press('n');
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(before);

  await page.evaluate(fillStorage);
  await highlightFromKeyboard(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
  await expect(alert).toBeVisible();
  await page.keyboard.press('Control+f');
  const find = page
    .getByRole('searchbox')
    .or(page.getByRole('textbox', { name: /find/i }))
    .first();
  await expect(find).toBeFocused();
  await page.keyboard.type('nan');
  await expect(find).toHaveValue('nan');
  await expect(find).toBeFocused();
  expect(errors).toEqual([]);
});

test('in selection mode, Enter in a notice presses its button and Esc goes back to the selection', async ({ page }) => {
  test.slow();
  const alert = await storageFullAfterKeyboardHighlight(page);

  // Selection mode on again, then to the notice: Esc there leaves the notice, not the mode.
  await page.keyboard.press('s');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(10);
  const selected = await page.evaluate(() => getSelection()!.toString());
  await page.keyboard.press('n');
  await expect(alert.getByRole('button', { name: 'Download a backup' })).toBeFocused();
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.notices'))).toBe(false);
  expect(await page.evaluate(() => getSelection()!.toString())).toBe(selected);

  // And Enter on Dismiss dismisses, rather than opening the selection's actions.
  await page.keyboard.press('n');
  await page.keyboard.press('Tab');
  const dismiss = alert.getByRole('button', { name: 'Dismiss' });
  await expect(dismiss).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(alert).toHaveCount(0);
  // (The selection's toolbar may show for the selection given back, but does not take the focus.)
  expect(await page.evaluate(() => !!document.activeElement?.closest('.selection-toolbar'))).toBe(false);
});

test('with a card open, Esc in the notice goes back to the card first; the next Esc closes the card', async ({
  page,
}) => {
  test.slow();
  const alert = await storageFullAfterKeyboardHighlight(page);
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const card = page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Close card' }) });
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();

  await page.keyboard.press('n');
  await expect(alert.getByRole('button', { name: 'Download a backup' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(alert).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(alert).toBeVisible();
});
