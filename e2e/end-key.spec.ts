/**
 * End takes the reader to the end of the article with one press, as a reader expects, even while
 * the page is still growing under the scroll: a 1 MB article's later paragraphs are still being
 * put in when End is pressed right after it opens (CI also saw End stop at 68 % of the default
 * article once). And a reader who moves on after End is never pulled back to the end.
 * Unlike support/end-key.ts, which presses again as a reader would, End is pressed once here.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLongArticle } from './support/long-article';

const atEnd = (page: Page) =>
  page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);

async function openToLastParagraph(page: Page, outputPath: string) {
  const text = await openLongArticle(page, outputPath);
  const title = page.getByRole('heading', { level: 1, name: /Ports, budgets and promises/ });
  // The reader's place is the article (a click on its title), not the button that opened it.
  await title.click();
  // The last paragraph ends where the text does (the file ends with one line break).
  return page.locator(`.article-body [data-end="${text.trimEnd().length}"]`);
}

test('one press of End reaches the last paragraph of a 1 MB article still being laid out', async ({ page }, info) => {
  test.setTimeout(120_000);
  const last = await openToLastParagraph(page, info.outputPath('long.txt'));
  expect(await page.locator('.article-body').getAttribute('data-pending-from'), 'slices still to come').not.toBeNull();
  await page.keyboard.press('End');
  await expect(last).toBeInViewport({ timeout: 30_000 });
  await expect.poll(() => atEnd(page)).toBe(true);
});

test('Ctrl+End does the same, and a reader who moves on after End stays where they went', async ({ page }, info) => {
  test.setTimeout(120_000);
  const last = await openToLastParagraph(page, info.outputPath('long.txt'));
  await page.keyboard.press('Control+End');
  await expect(last).toBeInViewport({ timeout: 30_000 });

  // Home right after End: the reader wants the top, and gets it, however the page grows meanwhile.
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => window.scrollY), 'still at the top 1.5 s later').toBe(0);
});
