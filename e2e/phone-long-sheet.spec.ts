/**
 * The side panels on a phone beside a long article (app57): the 1 MB sample opened from a file at
 * 375 × 667, read far down, then the panels used from their bar as a person does. The sheet opens
 * over the text; its tabs stay in sight and uncovered (no pinned notice or header over them) while
 * the reader moves down a long Claims list by keys; another tab opens at its top, not scrolled to
 * where the last one was (Notes opened with its Page note out of sight above); nothing passes the
 * screen's edges or is cut at its foot.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openLongArticle } from './support/long-article';

/** Whether what the reader sees at the centre of `target` is `target` itself (nothing over it). */
const uncovered = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('beside the 1 MB article at 375 px the sheet opens with its tabs in reach, each tab at its top', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 375, height: 667 });
  await openLongArticle(page, testInfo.outputPath('long-article.txt'));
  const claimsTab = page.getByRole('tab', { name: /^Claims \(\d+\)$/ });
  await expect(claimsTab).toBeVisible({ timeout: 120_000 });
  const got = page.getByRole('button', { name: 'Got it' });
  if (await got.isVisible()) await got.click();

  // Far down the article, as a reader of a long piece is.
  await page.mouse.move(180, 300);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 20_000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50_000);

  await claimsTab.click();
  const sheet = page.getByRole('tabpanel');
  await expect(sheet).toBeVisible();
  const tabs = page.getByRole('tablist').getByRole('tab');
  await expect(tabs).toHaveCount(4);
  const tabsInReach = async () => {
    for (const tab of await tabs.all()) {
      await expect(tab).toBeInViewport({ ratio: 1 });
      expect(await uncovered(tab)).toBe(true);
    }
  };
  await tabsInReach();

  // Down the Claims list by keys: the list scrolls inside the sheet, the tabs stay where they were.
  await sheet.getByRole('button').first().focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  await expect.poll(() => sheet.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  await tabsInReach();
  await page.screenshot({ path: testInfo.outputPath('claims-scrolled.png') });

  // Notes, chosen now, opens at its top: the page note's label and box are in sight.
  await page.getByRole('tab', { name: /^Notes/ }).click();
  await expect(sheet.getByText('Page note', { exact: true })).toBeInViewport({ ratio: 1 });
  await expect(sheet.getByRole('textbox', { name: 'Page note' })).toBeInViewport({ ratio: 1 });
  await tabsInReach();
  // Cast too, by the arrow keys on the tabs.
  await page.getByRole('tab', { name: /^Notes/ }).focus();
  await sheet.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Cast' })).toBeFocused();
  await expect(sheet.getByRole('heading', { name: /People/ })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: testInfo.outputPath('cast.png') });

  // The sheet ends at the screen's foot, its top below the screen's top; nothing passes the sides.
  const box = (await sheet.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(667 + 1);
  expect(box.y).toBeGreaterThan(0);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // Closed, the bar of tabs is back at the foot, in reach.
  await page.getByRole('button', { name: 'Close panels' }).click();
  await expect(sheet).toBeHidden();
  await tabsInReach();
});
