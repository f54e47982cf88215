/**
 * "Search notes" finds as Find does (app57): a reader types a straight apostrophe and dashes where
 * the article has curly ones (“the missile’s capabilities”), and a search for "missile's" said
 * "No notes match." beside the very note. Now case, accents, quotes and dashes do not matter, and
 * the words found are marked as they are written. Keys only, at 1440 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

test('a straight apostrophe typed in “Search notes” finds the article’s curly one, marked', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).click();
  for (const [i, phrase] of ['missile’s capabilities', 'marathon session'].entries()) {
    await selectWithMouse(page, phrase);
    await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
    await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(i + 1);
  }
  await page.getByRole('tab', { name: /^Notes \(2\)/ }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('searchbox', { name: 'Search notes' }).focus();
  await page.keyboard.type("MISSILE'S capabilities");
  await expect(panel.getByRole('status').filter({ hasText: /of 2 notes/ })).toHaveText('1 of 2 notes');
  const list = panel.getByRole('list', { name: 'Annotations' });
  await expect(list.locator('.note-quote')).toHaveText(['“missile’s capabilities”']);
  await expect(list.locator('mark')).toHaveText(['missile’s capabilities']);
  await expect(list.locator('mark')).toBeVisible();
});
