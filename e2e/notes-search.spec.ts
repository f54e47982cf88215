/**
 * The Notes panel's search and order (review of app44): as a reader of Readwise or Hypothesis
 * expects, typing in "Search notes" narrows the list as each key goes in and says how many of how
 * many are shown ("1 of 3 notes", "No notes match."), Escape empties the box, and "Sort" puts the
 * newest made first or the article's order back. Three highlights made out of the article's order,
 * at 1440 and 390 px (where the Notes panel is a sheet, and a second Escape closes it).
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

/** The quotes of the Notes list's entries, top to bottom. */
const listed = (page: Page) => page.getByRole('list', { name: 'Annotations' }).locator('.note-quote').allInnerTexts();

for (const width of [1440, 390]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: width > 400 ? 900 : 844 } });

    test('typing in “Search notes” narrows the list, says N of M, Escape clears it, and Sort puts the newest first', async ({
      page,
    }, testInfo) => {
      test.slow();
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).click();
      // Made out of the article's order: the third paragraph's phrase, then the second's, then the third's again.
      const made = ['marathon session', 'end-of-year news conference', 'hypersonic missile'];
      for (const [i, phrase] of made.entries()) {
        await selectWithMouse(page, phrase);
        await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
        await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(i + 1);
      }
      await page.getByRole('tab', { name: /^Notes \(3\)/ }).click();
      const panel = page.getByRole('tabpanel');
      const article = ['“end-of-year news conference”', '“marathon session”', '“hypersonic missile”'];
      await expect.poll(() => listed(page)).toEqual(article);

      // By keyboard: the box takes the focus by Tab like any field, and each key narrows the list.
      const box = panel.getByRole('searchbox', { name: 'Search notes' });
      await box.focus();
      await page.keyboard.type('session');
      await expect.poll(() => listed(page)).toEqual(['“marathon session”']);
      await expect(panel.getByRole('status').filter({ hasText: /of 3 notes/ })).toHaveText('1 of 3 notes');
      await page.keyboard.type('s');
      await expect(panel.getByText('No notes match.')).toBeVisible();
      await expect.poll(() => listed(page)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`notes-search-${width}.png`) });
      // Escape empties the box and keeps the sheet (on a phone) and the focus where they are.
      await page.keyboard.press('Escape');
      await expect(box).toHaveValue('');
      await expect(box).toBeFocused();
      await expect.poll(() => listed(page)).toEqual(article);
      await expect(panel.getByText(/of 3 notes|No notes match/)).toHaveCount(0);

      // Sort: newest made first, then back to the article's order.
      const sort = panel.getByRole('combobox', { name: 'Sort' });
      await sort.selectOption('Newest first');
      await expect
        .poll(() => listed(page))
        .toEqual(['“hypersonic missile”', '“end-of-year news conference”', '“marathon session”']);
      // A search keeps the order chosen.
      await box.fill('ss');
      await expect.poll(() => listed(page)).toEqual(['“hypersonic missile”', '“marathon session”']);
      await expect(panel.getByRole('status').filter({ hasText: /of 3 notes/ })).toHaveText('2 of 3 notes');
      await page.screenshot({ path: testInfo.outputPath(`notes-sorted-${width}.png`) });
      await sort.selectOption('Article order');
      await expect.poll(() => listed(page)).toEqual(['“marathon session”', '“hypersonic missile”']);
      // Nothing in the panel passes the window's edges at this width.
      const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      // The first Escape empties the box; the second, on a phone, closes the sheet as a dialog's
      // would, the focus on its tab in the bar (review of app45); on a wide screen the panel stays.
      await box.focus();
      await page.keyboard.press('Escape');
      await expect(box).toHaveValue('');
      await expect(box).toBeFocused();
      await page.keyboard.press('Escape');
      const notesTab = page.getByRole('tab', { name: /^Notes \(3\)/ });
      if (width < 600) {
        await expect(panel).toBeHidden();
        await expect(notesTab).toBeFocused();
        await expect(notesTab).toBeInViewport();
        // The tab opens it again, the list as it was.
        await page.keyboard.press('Enter');
        await expect(box).toBeVisible();
        await expect.poll(() => listed(page)).toEqual(article);
      } else {
        await expect(box).toBeVisible();
        await expect(box).toBeFocused();
      }
    });
  });
}
