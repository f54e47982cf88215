/**
 * A pinned notice is reached from the keyboard where the reader is, and covers no control.
 *
 * A keyboard reader deep in the article makes a highlight while browser storage is full: the alert
 * "Browser storage is full…" appears at the top of the window. It does not take the focus (an ARIA
 * alert must not: the reader may be typing); `n`, shown on the notice, brings the focus to it, and
 * dismissing it puts the reader back where they were, not at the top of the page. Pinned there,
 * the notice does not cover the side panels' tabs (1280 px) or the phone's tab bar (390 px).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed } from './support/app';
import { highlightFromKeyboard, storageFullAfterKeyboardHighlight } from './support/keyboard-highlight';
import { fillStorage } from './support/storage';

/** What the window shows at the centre of the element is the element (nothing covers it). */
const uncovered = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });

/** Where the reader's new highlight is on screen. */
const highlightTop = (page: Page) =>
  page.evaluate(() => ([...CSS.highlights.get('mg-user-yellow')!][0] as Range).getBoundingClientRect().top);

const focusedInfo = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    const r = el.getBoundingClientRect();
    return {
      inHeader: !!el.closest('.app-top'),
      inView: r.bottom > 0 && r.top < innerHeight && r.height > 0,
    };
  });

for (const width of [1280, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width > 400 ? 800 : 844 } });

    test('storage full after a highlight made from the keyboard: n reaches the alert, Dismiss gives the place back', async ({
      page,
    }, testInfo) => {
      test.slow();
      const alert = await storageFullAfterKeyboardHighlight(page);
      await expect(alert).toBeInViewport();
      // The alert does not take the focus from the reader…
      expect((await focusedInfo(page)).inHeader).toBe(false);
      // …and tells them the key that reaches it.
      await expect(alert.getByText('Press n to jump here')).toBeVisible();
      const place = await highlightTop(page);

      await page.keyboard.press('n');
      const backup = alert.getByRole('button', { name: 'Download a backup' });
      await expect(backup).toBeFocused();
      await expect(backup).toBeInViewport();
      expect(await uncovered(backup)).toBe(true);
      await page.screenshot({ path: testInfo.outputPath(`notice-reached-${width}.png`) });

      // Esc goes back without dismissing; n again, then Tab to Dismiss.
      await page.keyboard.press('Escape');
      await expect(alert).toBeVisible();
      expect(await page.evaluate(() => !!document.activeElement?.closest('.notices'))).toBe(false);
      await page.keyboard.press('n');
      await expect(backup).toBeFocused();
      await page.keyboard.press('Tab');
      const dismiss = alert.getByRole('button', { name: 'Dismiss' });
      await expect(dismiss).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(alert).toHaveCount(0);
      // The reader's place: the text did not move, and Tab goes on from there, not from the top.
      expect(Math.abs((await highlightTop(page)) - place)).toBeLessThanOrEqual(1);
      await page.keyboard.press('Tab');
      const after = await focusedInfo(page);
      expect(after).toEqual({ inHeader: false, inView: true });
    });

    test('the pinned notice covers no control', async ({ page }, testInfo) => {
      test.slow();
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).click();
      await page.evaluate(fillStorage);
      await highlightFromKeyboard(page);
      const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
      await expect(alert).toBeInViewport();
      await page.screenshot({ path: testInfo.outputPath(`notice-pinned-${width}.png`) });
      const tabs = page.getByRole('tablist').getByRole('tab');
      for (const tab of await tabs.all()) {
        await expect(tab).toBeInViewport();
        expect(await uncovered(tab), `${await tab.textContent()} is covered`).toBe(true);
      }
    });
  });
}
