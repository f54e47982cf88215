import { expect, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './app';

/**
 * `note` written into the card of a new highlight of `phrase` (selected with the mouse, the
 * toolbar's "Note"), saved, and the card closed by Escape.
 */
export async function noteOnSelection(page: Page, phrase: string, note: string) {
  await selectWithMouse(page, phrase);
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: 'Note' }).click();
  await page.keyboard.insertText(note);
  await page
    .getByRole('region', { name: /^Your highlight/ })
    .getByRole('button', { name: 'Save note' })
    .click();
  await page.keyboard.press('Escape');
}

/**
 * The default article opened, its tip put away, and `note` typed as a person types it into the
 * card of a new highlight of `phrase` (the toolbar's "Note"); saved, the card closed by Escape,
 * and the Notes tab opened on the one note.
 */
export async function writeNote(page: Page, note: string, phrase = 'marathon session') {
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).click();
  await selectWithMouse(page, phrase);
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: 'Note' }).click();
  const card = page.getByRole('region', { name: /^Your highlight/ });
  await expect(card.getByRole('textbox', { name: 'Note (Markdown)' })).toBeFocused();
  await page.keyboard.type(note);
  await card.getByRole('button', { name: 'Save note' }).click();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect.poll(async () => (await painted(page, 'mg-user-yellow')).length).toBe(1);
  await page.getByRole('tab', { name: /^Notes \(1\)/ }).click();
}
