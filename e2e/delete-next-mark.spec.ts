/**
 * After Delete of a highlight from the article by keys, the reader keeps their place (app59): the
 * focus lands on the article (never <body>), and the next `a` opens the highlight after the one
 * deleted. Before, `a` started again from the article's first highlight, so a reader going through
 * their highlights by keys and deleting one was sent back to the top. Shift+A goes to the one
 * before: with four highlights, the third deleted, it lands on the first one left before it, where
 * the old step landed on the last (app60: with three, both landed on the same mark).
 * A card opened by a click and closed by the reader-wide Escape in between replaces the place the
 * Delete left (app60): `a` then starts from the first highlight, not from the deleted one's place.
 * So does a claim's card, opened by keys or by a click (app61: it kept the old place).
 * 1440 and 390 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { phraseRects } from './support/phrase';

// In the article's order.
// A claim's words, between the first highlight and the second.
const CLAIM_WORDS = 'air-defence systems are incapable';
const PHRASES = ['end-of-year news conference', 'hazel tree', 'the art of compromise', 'blocking negotiations'];
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });
const card = (page: Page) => page.getByRole('region', { name: /^Your highlight/ });

async function highlightAll(page: Page) {
  for (const phrase of PHRASES) {
    await selectWithMouse(page, phrase);
    await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
    await expect(toolbar(page)).toBeHidden();
  }
  await expect.poll(async () => (await painted(page, 'mg-user-yellow')).sort()).toEqual([...PHRASES].sort());
}

/** `a` (or Shift+A) pressed: the card it opens, focused, shows `phrase`. */
async function step(page: Page, key: string, phrase: string) {
  await page.keyboard.press(key);
  await expect(card(page).getByRole('heading', { level: 3 })).toBeFocused();
  await expect(card(page).locator('blockquote')).toHaveText(phrase);
}

/** Delete by keys in the open card: the focus on the article, not <body>. */
async function deleteByKeys(page: Page, phrase: string) {
  await card(page).getByRole('button', { name: 'Delete' }).focus();
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveCount(0);
  await expect.poll(() => painted(page, 'mg-user-yellow')).not.toContain(phrase);
  await expect(page.locator('.article-root')).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
}

/** The highlights made, the first two reached by `a` from the article, and the second deleted by keys. */
async function deleteSecondByKeys(page: Page) {
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).click();
  await highlightAll(page);
  await page.locator('.article-root').focus();
  await step(page, 'a', PHRASES[0]);
  await step(page, 'a', PHRASES[1]);
  await deleteByKeys(page, PHRASES[1]);
}

for (const width of [1440, 390]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: width > 400 ? 900 : 844 } });

    test('after Delete by keys, `a` goes on to the next highlight, Shift+A to the one before', async ({
      page,
    }, testInfo) => {
      test.slow();
      await deleteSecondByKeys(page);
      await page.screenshot({ path: testInfo.outputPath(`deleted-${width}.png`) });
      // On from the deleted one's place: the third, not the first.
      await step(page, 'a', PHRASES[2]);
      await deleteByKeys(page, PHRASES[2]);
      // Back from the deleted one's place: the one before it (the first), not the last.
      await step(page, 'Shift+A', PHRASES[0]);
    });

    test('a card opened by a click and closed by Escape replaces the place a Delete left', async ({ page }) => {
      test.slow();
      await deleteSecondByKeys(page);
      // The reader clicks the last highlight: its card opens.
      const [last] = await phraseRects(page, PHRASES[3], { scroll: 'center', part: [3, 5] });
      await page.mouse.click(last.left + 2, last.top + last.height / 2);
      await expect(card(page).locator('blockquote')).toHaveText(PHRASES[3]);
      // The reader clicks the page's blank margin, then Escape: the reader-wide Escape, the focus
      // outside the card, closes it.
      await page.mouse.click(3, Math.round((width > 400 ? 900 : 844) / 2));
      await expect(card(page)).toBeVisible();
      expect(await page.evaluate(() => !!document.activeElement?.closest('.annotation-card'))).toBe(false);
      await page.keyboard.press('Escape');
      await expect(card(page)).toHaveCount(0);
      // `a` starts afresh, as after any card closed: the first highlight, not the one after the
      // deleted one's place (the third).
      await step(page, 'a', PHRASES[0]);
    });

    test('a claim’s card opened by keys replaces the place a Delete left', async ({ page }) => {
      test.slow();
      await deleteSecondByKeys(page);
      // The reader goes to the next claim and opens its card, then closes it.
      await page.keyboard.press('c');
      await expect.poll(() => painted(page, 'mg-cursor')).toHaveLength(1);
      await page.keyboard.press('Enter');
      const claim = page.getByRole('region', { name: /^Claim/ });
      await expect(claim.getByRole('heading', { level: 3 })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(claim).toHaveCount(0);
      await expect(page.locator('.article-root')).toBeFocused();
      // `a` starts afresh: the first highlight, not the one after the deleted one's place.
      await step(page, 'a', PHRASES[0]);
    });
  });
}

test.describe('1440 px, by the mouse', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a claim’s card opened by a click replaces the place a Delete left', async ({ page }) => {
    test.slow();
    await deleteSecondByKeys(page);
    // The reader clicks a claim's words: its card opens; its Close button closes it.
    const [words] = await phraseRects(page, CLAIM_WORDS, { scroll: 'center', part: [3, 8] });
    await page.mouse.click(words.left + 2, words.top + words.height / 2);
    const claim = page.getByRole('region', { name: /^Claim/ });
    await expect(claim).toBeVisible();
    await claim.getByRole('button', { name: 'Close card' }).click();
    await expect(claim).toHaveCount(0);
    await page.locator('.article-root').focus();
    await step(page, 'a', PHRASES[0]);
  });
});
