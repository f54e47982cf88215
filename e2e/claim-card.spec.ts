/**
 * The claim card stays whole on screen: below its line when there is room, above it when the
 * line is near the bottom of the window (desktop), and a bottom sheet on a phone. Checked on the
 * card's box against the window and the claim's line, as the reader would see it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed, painted } from './support/app';
import { twoFrames } from './support/frames';
import { phraseRects } from './support/phrase';

const CLAIM_WORDS = 'air-defence systems are incapable';

/** Scrolls so the phrase's line sits `fromBottom` px above the bottom of the window; its box. */
async function lineNearBottom(page: Page, phrase: string, fromBottom: number) {
  const [centred] = await phraseRects(page, phrase, { scroll: 'center' });
  await page.evaluate(({ bottom, fromBottom }) => window.scrollBy(0, bottom - (window.innerHeight - fromBottom)), {
    bottom: centred.bottom,
    fromBottom,
  });
  await twoFrames(page);
  const [b] = await phraseRects(page, phrase);
  return { x: b.left + b.width / 2, y: b.top + b.height / 2, top: b.top, bottom: b.bottom };
}

/** Where the phrase's line is now, without scrolling. */
const lineTop = async (page: Page, phrase: string) => (await phraseRects(page, phrase))[0].top;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme}`, () => {
    test.use({ colorScheme });

    test.describe('at 1440 px', () => {
      test.use({ viewport: { width: 1440, height: 900 } });

      test('a claim near the bottom of the window opens its card above the line, whole on screen', async ({ page }) => {
        await openAnalysed(page);
        const line = await lineNearBottom(page, CLAIM_WORDS, 40);
        await page.mouse.click(line.x, line.y);
        const card = page.getByRole('region', { name: 'Claim by Vladimir Putin' });
        await expect(card).toBeVisible();
        await expect(card).toBeInViewport({ ratio: 1 });
        const box = (await card.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(900);
        // Above the claim's line, so the words the reader clicked stay in sight.
        const now = await lineNearBottom(page, CLAIM_WORDS, 40);
        expect(box.y + box.height).toBeLessThanOrEqual(now.top);
        // The card is usable where it is: its verdict control takes the keyboard.
        await expect(card.getByRole('heading', { name: 'Claim by Vladimir Putin' })).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(card).toBeHidden();
      });

      test('with room below, the card opens under the line, and flips above as the line scrolls down', async ({
        page,
      }) => {
        await openAnalysed(page);
        const line = await lineNearBottom(page, CLAIM_WORDS, 700);
        await page.mouse.click(line.x, line.y);
        const card = page.getByRole('region', { name: 'Claim by Vladimir Putin' });
        await expect(card).toBeInViewport({ ratio: 1 });
        expect((await card.boundingBox())!.y).toBeGreaterThanOrEqual(line.bottom);
        // The reader scrolls back up: the line nears the bottom, and the card moves above it, still whole.
        await page.mouse.wheel(0, -560);
        await expect
          .poll(async () => {
            const b = (await card.boundingBox())!;
            return b.y >= 0 && b.y + b.height <= (await lineTop(page, CLAIM_WORDS));
          })
          .toBe(true);
        expect(await lineTop(page, CLAIM_WORDS)).toBeGreaterThan(700);
        await expect(card).toBeInViewport({ ratio: 1 });
      });
    });

    test.describe('at 390 px', () => {
      test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

      test('a claim near the bottom opens its card as a bottom sheet, whole on screen', async ({ page }) => {
        await openAnalysed(page);
        // Clear of the tab bar and the first-run hint along the bottom.
        const line = await lineNearBottom(page, CLAIM_WORDS, 260);
        await page.touchscreen.tap(line.x, line.y);
        const card = page.getByRole('region', { name: 'Claim by Vladimir Putin' });
        await expect(card).toBeInViewport({ ratio: 1 });
        const box = (await card.boundingBox())!;
        expect(Math.round(box.x)).toBe(0);
        expect(Math.round(box.width)).toBe(390);
        expect(Math.round(box.y + box.height)).toBe(844);
      });
    });
  });
}

/** Where the focus is: inside the finding card (its heading or a control), or not. */
const focusInCard = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('section.finding-card:not(.annotation-card)'));

/** Tab (or Shift+Tab) `times` times; true when the focus stayed in the card after every press. */
async function tabsStayIn(page: Page, times: number, key = 'Tab') {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    if (!(await focusInCard(page))) return false;
  }
  return true;
}

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

for (const width of [1440, 390]) {
  test.describe(`keyboard only, ${width} px`, () => {
    test.use({ viewport: { width, height: width > 400 ? 900 : 844 } });

    test('a claim reached by keys: Tab stays in its card, Escape gives the focus back to the article', async ({
      page,
    }) => {
      await openAnalysed(page);
      await page.keyboard.press('c');
      await expect.poll(() => painted(page, 'mg-cursor')).toHaveLength(1);
      const mark = (await painted(page, 'mg-cursor'))[0];
      await page.keyboard.press('Enter');
      const card = page.getByRole('region', { name: /^Claim/ });
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      // Some forty key presses, each followed by a look at the focus: over the default limit under load.
      test.slow();
      // Round the card, forwards then back, past its ends: the focus never leaves it.
      const count = await card.evaluate(
        (el) => el.querySelectorAll('button:not(:disabled), select, input, textarea, summary, a[href]').length,
      );
      expect(await tabsStayIn(page, count + 2)).toBe(true);
      expect(await tabsStayIn(page, count + 2, 'Shift+Tab')).toBe(true);
      // "Correct this" opened by keys adds its fields to the round, still inside.
      await tabTo(page, card.locator('summary', { hasText: 'Correct this' }));
      await page.keyboard.press('Enter');
      await expect(card.getByRole('combobox', { name: 'Speaker name' })).toBeVisible();
      expect(await tabsStayIn(page, count + 4)).toBe(true);
      await page.keyboard.press('Escape');
      await expect(card).toHaveCount(0);
      // The card was opened on a mark of the article: the focus is back on the article's text (a
      // mark is a painted range, not an element), the mark still current, so Enter opens it again.
      await expect(page.locator('.article-root')).toBeFocused();
      expect(await painted(page, 'mg-cursor')).toEqual([mark]);
      // Opened again: Shift+Tab from its heading goes to its last control, not out of the card.
      await page.keyboard.press('Enter');
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(card.locator('summary', { hasText: 'Correct this' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.locator('.article-root')).toBeFocused();
    });
  });
}

test.describe('keyboard only, from the side panel', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a card opened from a Cast entry gives the focus back to that entry on Escape and on Close', async ({
    page,
  }) => {
    await openAnalysed(page);
    await page.keyboard.press('p');
    await expect(page.getByRole('tab', { name: /Cast/ })).toBeFocused();
    // Tab into the panel until its entry for Donald Trump has the focus.
    const entry = page.getByRole('button', { name: /^Donald Trump, \d+ mentions?/ });
    await tabTo(page, entry);
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: 'Donald Trump' });
    await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
    // A step to the next mention keeps the card, and who opened it.
    await tabTo(page, card.getByRole('button', { name: 'Next mention →' }));
    await page.keyboard.press('Enter');
    await expect(card.getByText('2 of 4')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(entry).toBeFocused();
    // Opened again, closed with its Close button pressed by Enter.
    await page.keyboard.press('Enter');
    await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(card.getByRole('button', { name: 'Close card' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card).toHaveCount(0);
    await expect(entry).toBeFocused();
  });

  test('a second card opened from the panel gives the focus back to its own entry (review, stop 52)', async ({
    page,
  }) => {
    await openAnalysed(page);
    const putin = page.getByRole('button', { name: /^Vladimir Putin, \d+ mentions?/ });
    const trump = page.getByRole('button', { name: /^Donald Trump, \d+ mentions?/ });
    await putin.click();
    await expect(page.getByRole('region', { name: 'Vladimir Putin' })).toBeVisible();
    await trump.click();
    const card = page.getByRole('region', { name: 'Donald Trump' });
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await expect(trump).toBeFocused();
  });
});
