/**
 * After Delete of a highlight there is a visible way back (review of app44): a message "Highlight
 * deleted" with an Undo button, in a polite status region, that brings the highlight back with its
 * note and tags. By mouse, and by keyboard with Ctrl+Z, which the message names, or with Tab: its
 * Undo is one Tab from the article, where Delete leaves the focus,
 * at 1440 and 390 px; the restored highlight is painted and its note listed again.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted } from './support/app';
import { firstPaintedBox } from './support/highlights';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

/** A sentence highlighted by keys, a note and a tag given in its card, then the card deleted by keys. */
async function highlightNoteTagThenDelete(page: Page) {
  await page.keyboard.press('s');
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(1);
  const marked = (await painted(page, 'mg-user-yellow'))[0];
  await page.keyboard.press('a');
  const card = page.getByRole('region', { name: 'Your highlight: important' });
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await card.getByRole('textbox', { name: 'Note (Markdown)' }).focus();
  await page.keyboard.type('Ask the ministry for the *source*');
  await card.getByRole('combobox', { name: 'Tags' }).focus();
  await page.keyboard.type('follow-up');
  await page.keyboard.press('Enter');
  await card.getByRole('button', { name: 'Save note' }).press('Enter');
  await card.getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(0);
  return marked;
}

/** The highlight, its note and its tag back: painted, and listed in Notes. */
async function expectRestored(page: Page, marked: string) {
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([marked]);
  await page.getByRole('tab', { name: /^Notes \(1\)/ }).click();
  const list = page.getByRole('list', { name: 'Annotations' });
  await expect(list.locator('em', { hasText: 'source' })).toBeVisible();
  await expect(list.getByText('#follow-up')).toBeVisible();
}

for (const width of [1440, 390]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: width > 400 ? 900 : 844 } });

    test('Delete says “Highlight deleted” with Undo; Undo by mouse brings back the highlight, its note and tag', async ({
      page,
    }, testInfo) => {
      test.slow();
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).click();
      const marked = await highlightNoteTagThenDelete(page);
      const status = page.getByRole('status').filter({ hasText: 'Highlight deleted' });
      await expect(status).toBeVisible();
      // A polite status: read out without taking the focus from the article.
      await expect(page.locator('.article-root')).toBeFocused();
      await page.screenshot({ path: testInfo.outputPath(`deleted-${width}.png`) });
      await status.getByRole('button', { name: 'Undo' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Highlight restored.' })).toBeVisible();
      await expect(page.locator('.article-root')).toBeFocused();
      await expectRestored(page, marked);
      await page.screenshot({ path: testInfo.outputPath(`restored-${width}.png`) });
    });

    test('by keyboard: the message names Ctrl/⌘+Z, and Ctrl+Z right after Delete brings the highlight back', async ({
      page,
    }, testInfo) => {
      test.slow();
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).press('Enter');
      const marked = await highlightNoteTagThenDelete(page);
      const status = page.getByRole('status').filter({ hasText: 'Highlight deleted' });
      // The message names the keys that do what its Undo does.
      await expect(status).toContainText('Undo (Ctrl/⌘+Z)');
      await expect(page.locator('.article-root')).toBeFocused();
      await page.keyboard.press('Control+z');
      await expectRestored(page, marked);
      await expect.poll(async () => (await firstPaintedBox(page, 'mg-user-yellow'))?.width ?? 0).toBeGreaterThan(0);
      await page.screenshot({ path: testInfo.outputPath(`ctrl-z-restored-${width}.png`) });
    });

    test('by keyboard: Undo is one Tab from the article, where Delete leaves the focus, and Shift+Tab goes back', async ({
      page,
    }) => {
      test.slow();
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).press('Enter');
      const marked = await highlightNoteTagThenDelete(page);
      const status = page.getByRole('status').filter({ hasText: 'Highlight deleted' });
      const undo = status.getByRole('button', { name: 'Undo' });
      await expect(page.locator('.article-root')).toBeFocused();
      // It was last in the page's order, after every panel and field (review of app45).
      await page.keyboard.press('Tab');
      await expect(undo).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(page.locator('.article-root')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(undo).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Highlight restored.' })).toBeVisible();
      await expect(page.locator('.article-root')).toBeFocused();
      await expectRestored(page, marked);
    });

    test('Enter on the message’s Dismiss gives the focus back to the article, not <body>', async ({ page }) => {
      test.slow();
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).press('Enter');
      await highlightNoteTagThenDelete(page);
      const dismiss = page
        .getByRole('status')
        .filter({ hasText: 'Highlight deleted' })
        .getByRole('button', { name: 'Dismiss' });
      await expect(dismiss).toBeVisible();
      // Real keys only: from the article, Tab reaches Undo, then Dismiss.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(dismiss).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Highlight deleted' })).toHaveCount(0);
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
      await expect(page.locator('.article-root')).toBeFocused();
    });
  });
}
