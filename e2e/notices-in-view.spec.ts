/**
 * A notice is seen where the reader is. A reader scrolled deep into an article who is told that
 * storage is full (their notes cannot be kept) must see it there, not at the top of a page they
 * left; on a phone without covering the tab bar along the bottom. The fault (full localStorage)
 * is injected while the reader is scrolled down, then the reader scrolls on to the end.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_TITLE, openAnalysed, painted, selectWithMouse } from './support/app';
import { phraseRects } from './support/phrase';
import { fillStorage } from './support/storage';

/**
 * Four words that open a paragraph two thirds of the way down the article, found only once in it:
 * somewhere a reader has scrolled to, whatever the article.
 */
const phraseDownThePage = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector('.article-body')!;
    const all = body.textContent ?? '';
    const paragraphs = [...body.querySelectorAll('p')];
    for (const p of paragraphs.slice(Math.floor((paragraphs.length * 2) / 3))) {
      const words = (p.firstChild?.textContent ?? '').split(/\s+/).slice(0, 4);
      const phrase = words.join(' ');
      if (words.length === 4 && /^\w.*\w$/.test(phrase) && all.indexOf(phrase) === all.lastIndexOf(phrase))
        return phrase;
    }
    throw new Error('no paragraph down the page opens with four plain words');
  });

/** What the window shows at the centre of the element is the element (nothing covers it). */
const uncovered = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });

/** Wholly inside the window, and not covered. */
async function expectSeen(page: Page, notice: Locator) {
  const box = (await notice.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(await uncovered(notice)).toBe(true);
}

for (const width of [1280, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width > 400 ? 800 : 844 } });

    test('storage full while scrolled down: the alert is in view, stays in view, and Dismiss keeps the place', async ({
      page,
    }, testInfo) => {
      // A highlight made with the mouse after the analysis: over the default limit under load.
      test.slow();
      await openAnalysed(page);
      const PHRASE = await phraseDownThePage(page);
      await selectWithMouse(page, PHRASE);
      // The reader is down the page: the top, where the notices used to be, is off screen.
      await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).not.toBeInViewport();
      const [before] = await phraseRects(page, PHRASE);

      await page.evaluate(fillStorage);
      await page
        .getByRole('toolbar', { name: 'Annotate selection' })
        .getByRole('button', { name: 'Highlight: important (yellow)' })
        .click();
      await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([PHRASE]);
      const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
      await expect(alert).toBeVisible();
      await expectSeen(page, alert);
      // The notice arrived over the text: the text the reader was at did not move.
      const [after] = await phraseRects(page, PHRASE);
      expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(1);
      await page.screenshot({ path: testInfo.outputPath(`notice-scrolled-${width}.png`) });

      // Reading on, to the end of the article: still in view.
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => phraseRects(page, PHRASE).then(([r]) => r.top)).toBeLessThan(before.top);
      await expectSeen(page, alert);
      if (width < 600) {
        // The phone's tab bar along the bottom is not covered by it.
        const tabs = page.getByRole('tablist');
        await expect(tabs).toBeInViewport();
        expect(await uncovered(tabs)).toBe(true);
      }
      await page.screenshot({ path: testInfo.outputPath(`notice-end-${width}.png`) });

      // Back in the article, reached from the keyboard and dismissed: the text does not move.
      const [back] = await phraseRects(page, PHRASE, { scroll: 'center' });
      const dismiss = alert.getByRole('button', { name: 'Dismiss' });
      await dismiss.focus();
      await expect(dismiss).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(alert).toHaveCount(0);
      const [still] = await phraseRects(page, PHRASE);
      expect(Math.abs(still.top - back.top)).toBeLessThanOrEqual(1);
    });
  });
}
