/**
 * The card of one of the reader's own highlights, by keyboard alone, behaves as the finding card
 * does (e2e/claim-card.spec.ts): Tab and Shift+Tab stay among its controls, wrapping at both ends,
 * and Escape gives the focus back to what opened it (here the article, the highlight still the
 * one "a" steps from). Before, Tab from its last control (Delete) left the card for the page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed, painted } from './support/app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

/** Where the focus is: inside the annotation card (its heading or a control), or not. */
const focusInCard = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('section.annotation-card'));

/** Tab (or Shift+Tab) `times` times; true when the focus stayed in the card after every press. */
async function tabsStayIn(page: Page, times: number, key = 'Tab') {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    if (!(await focusInCard(page))) return false;
  }
  return true;
}

/** The controls Tab can reach in the card (radios count once each: more presses than needed is fine). */
const controls = (card: Locator) =>
  card.evaluate((el) => el.querySelectorAll('button, input, textarea, select, summary, a[href]').length);

for (const width of [1440, 390]) {
  test.describe(`keyboard only, ${width} px`, () => {
    test.use({ viewport: { width, height: width > 400 ? 900 : 844 } });

    test('an own highlight’s card keeps Tab inside and gives the focus back to the article on Escape', async ({
      page,
    }) => {
      // Some fifty key presses, each followed by a look at the focus: over the default limit under load.
      test.slow();
      await openAnalysed(page);
      // A highlight made by keys: select a sentence, open the actions, choose the first colour.
      await page.keyboard.press('s');
      await page.keyboard.press('Enter');
      await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(1);
      await page.keyboard.press('a');
      const card = page.getByRole('region', { name: 'Your highlight: important' });
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      const count = await controls(card);
      // Round the card, forwards then back, past its ends: the focus never leaves it.
      expect(await tabsStayIn(page, count + 2)).toBe(true);
      expect(await tabsStayIn(page, count + 2, 'Shift+Tab')).toBe(true);
      await page.keyboard.press('Escape');
      await expect(card).toHaveCount(0);
      await expect(page.locator('.article-root')).toBeFocused();
      // Opened again: Shift+Tab from its heading goes to its last control, Tab from there to its first.
      await page.keyboard.press('a');
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(card.getByRole('button', { name: 'Delete' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(card.getByRole('button', { name: 'Close card' })).toBeFocused();
      // Close pressed by Enter gives the focus back as Escape does.
      await page.keyboard.press('Enter');
      await expect(card).toHaveCount(0);
      await expect(page.locator('.article-root')).toBeFocused();
    });
  });
}
