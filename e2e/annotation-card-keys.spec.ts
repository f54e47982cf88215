/**
 * The card of one of the reader's own highlights, by keyboard alone, behaves as the finding card
 * does (e2e/claim-card.spec.ts): Tab and Shift+Tab stay among its controls, wrapping at both ends,
 * and Escape gives the focus back to what opened it (the article, the highlight still the one "a"
 * steps from; or the Notes list's entry it was opened from). Before, Tab from its last control
 * (Delete) left the card for the page. After Delete the focus stays on something drawn.
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

    test('a card opened from the Notes list gives the focus back to its entry on Escape, and Delete leaves it on the page, never on <body>', async ({
      page,
    }) => {
      test.slow();
      await openAnalysed(page);
      await makeHighlightByKeys(page);
      const entry = await notesEntry(page);
      // Enter on the entry goes to the passage and opens its card, as a sidebar's note does.
      await entry.focus();
      await page.keyboard.press('Enter');
      const card = page.getByRole('region', { name: 'Your highlight: important' });
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(card).toHaveCount(0);
      if (width > 400) {
        // The entry it was opened from has the focus again.
        await expect(entry).toBeFocused();
      } else {
        // On a phone the sheet closed to show the passage: the focus is back in the article.
        await expect(page.locator('.article-root')).toBeFocused();
      }
      // Opened again from the list and deleted: the focus lands on something drawn, not <body>.
      await (await notesEntry(page)).focus();
      await page.keyboard.press('Enter');
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(card.getByRole('button', { name: 'Delete' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(card).toHaveCount(0);
      await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(0);
      // Its entry went with the highlight: the focus is in the article (not only somewhere drawn).
      await expect(page.locator('.article-root')).toBeFocused();
      await expectFocusOnPage(page);
    });

    test('choosing the same Notes entry again while its card is open puts the focus in the card again', async ({
      page,
    }) => {
      // On a phone the sheet closes when an entry is chosen: the entry is not there to choose again.
      test.skip(width < 400, 'the Notes sheet closes on a phone');
      test.slow();
      await openAnalysed(page);
      await makeHighlightByKeys(page);
      const entry = await notesEntry(page);
      await entry.click();
      const card = page.getByRole('region', { name: 'Your highlight: important' });
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      // Chosen again (review of app44): the card was not rebuilt and the focus stayed on the entry.
      await entry.click();
      await expect(card).toHaveCount(1);
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
    });

    test('Delete in a card opened from the article leaves the focus in the article', async ({ page }) => {
      test.slow();
      await openAnalysed(page);
      await makeHighlightByKeys(page);
      await page.keyboard.press('a');
      const card = page.getByRole('region', { name: 'Your highlight: important' });
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(card.getByRole('button', { name: 'Delete' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(card).toHaveCount(0);
      await expect(page.locator('.article-root')).toBeFocused();
      await expectFocusOnPage(page);
    });
  });
}

/** A highlight made by keys: select a sentence, open the actions, choose the first colour. */
async function makeHighlightByKeys(page: Page) {
  await page.keyboard.press('s');
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(1);
}

/** The Notes tab shown (on a phone, its sheet opened) and its one entry in the Annotations list. */
async function notesEntry(page: Page) {
  await page.getByRole('tab', { name: /^Notes \(1\)/ }).click();
  const entry = page.getByRole('list', { name: 'Annotations' }).getByRole('button').first();
  await expect(entry).toBeVisible();
  return entry;
}

/** The focus is on an element that is drawn, not on <body> (where the next Tab starts from the top). */
async function expectFocusOnPage(page: Page) {
  expect(await page.evaluate(() => document.activeElement === document.body || !document.activeElement)).toBe(false);
  await expect(page.locator(':focus')).toBeVisible();
}
