/**
 * A reader going on with the article after using its aids: after a highlight made with keys only
 * the keyboard is still at the reading position; the first-run hint leaves the article's last
 * lines in view; the hint's link to the shortcuts has a plain name and its key. At 1280 and 390 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed } from './support/app';
import { pressEndUntilAtEnd } from './support/end-key';
import { highlightFromKeyboard } from './support/keyboard-highlight';
import { phraseRects } from './support/phrase';
import { fillStorage } from './support/storage';

/** The default article's last line, in its credits. */
const LAST_LINE = 'This post was originally published on here';

/** Whether the middle of the article's last line shows the article's text (nothing floats over it). */
async function lastLineUncovered(page: Page) {
  const box = await page.getByRole('region', { name: 'Credits' }).getByText(LAST_LINE).boundingBox();
  if (!box) return false;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (y < 0 || y > page.viewportSize()!.height) return false;
  return page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('article'), { x, y });
}

for (const width of [1280, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width > 400 ? 800 : 844 } });

    test('after a highlight made with keys only, the next Tab goes on from the article, not from the top', async ({
      page,
    }) => {
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).press('Enter');
      await highlightFromKeyboard(page);
      // The focus is back in the article (where j, k and s work), not on <body>.
      await expect(page.locator('.article-root')).toBeFocused();
      const scrolled = await page.evaluate(() => window.scrollY);
      expect(scrolled).toBeGreaterThan(400);

      await page.keyboard.press('Tab');
      // Not the page's first control (the header's Library link), and the page did not jump back up.
      const focused = page.locator(':focus');
      await expect(focused).not.toHaveText('Library');
      await expect(focused).toBeInViewport();
      expect(await page.evaluate(() => document.activeElement?.closest('.app-top, .reader-toolbar'))).toBeNull();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 200);
    });

    test('Esc in the selection toolbar leaves the focus in the article', async ({ page }) => {
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).press('Enter');
      await page.keyboard.press('s');
      await expect.poll(() => page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(10);
      await page.keyboard.press('Enter');
      const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
      await expect(toolbar.getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(toolbar).toBeHidden();
      await expect(page.locator('.article-root')).toBeFocused();
    });

    test('with the first-run hint showing, the article can be read to its last line', async ({ page }) => {
      await openAnalysed(page);
      const hint = page.getByRole('complementary', { name: 'Getting started' });
      await expect(hint).toBeInViewport();
      await pressEndUntilAtEnd(page);
      await expect.poll(() => lastLineUncovered(page)).toBe(true);
      // It is the reader's text, selectable where it is: a triple-click there picks its line.
      const box = (await page.getByRole('region', { name: 'Credits' }).getByText(LAST_LINE).boundingBox())!;
      await page.mouse.click(box.x + 4, box.y + box.height / 2, { clickCount: 3 });
      await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? '')).toContain(LAST_LINE);
      // Once the hint is put away, the room it needed goes with it.
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      await hint.getByRole('button', { name: 'Got it' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(tall);
    });

    test("the hint's shortcuts link is named 'All shortcuts', with ? as its key, and opens the list", async ({
      page,
    }) => {
      await openAnalysed(page);
      const link = page.getByRole('complementary', { name: 'Getting started' }).getByRole('button', {
        name: 'All shortcuts',
        exact: true,
      });
      await expect(link).toHaveAttribute('aria-keyshortcuts', '?');
      // Seen as the words and a key cap, with no parentheses around a padded key.
      await expect(link).toHaveText('All shortcuts?');
      await expect(link.getByText('?', { exact: true })).toBeVisible();
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    });
  });
}

test.describe('390 px, by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first-run hint tells a touch reader how to select by touch, not which keys to press', async ({ page }) => {
    await openAnalysed(page);
    const hint = page.getByRole('complementary', { name: 'Getting started' });
    await expect(hint).toBeInViewport();
    // What is shown, not only what the hint holds: the keys' words are in it too, hidden.
    await expect(hint.getByText('press and hold on a passage')).toBeVisible();
    await expect(hint.getByText('Ctrl/⌘+F')).toBeHidden();
    await expect(hint.getByRole('button', { name: 'All shortcuts' })).toBeHidden();
    await hint.getByRole('button', { name: 'Got it' }).tap();
    await expect(hint).toHaveCount(0);
  });

  test('a notice shows a touch reader its buttons, not the key that reaches it', async ({ page }) => {
    test.slow();
    await openAnalysed(page);
    await page.getByRole('button', { name: 'Got it' }).tap();
    // Storage full: the alert that follows the next highlight is the notice.
    await page.evaluate(fillStorage);
    await page.getByRole('heading', { level: 1 }).tap();
    await phraseRects(page, 'end-of-year news conference', { scroll: 'center', select: true });
    await page
      .getByRole('toolbar', { name: 'Annotate selection' })
      .getByRole('button', { name: 'Highlight: important (yellow)' })
      .tap();
    const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Download a backup' })).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Dismiss' })).toBeVisible();
    await expect(alert.getByText('Press n to jump here')).toBeHidden();
    expect(await alert.evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/Press n/);
  });
});

test('with a mouse at 390 px, the hint still names the keys', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAnalysed(page);
  const hint = page.getByRole('complementary', { name: 'Getting started' });
  await expect(hint.getByText('Ctrl/⌘+F')).toBeVisible();
  await expect(hint.getByText('press and hold on a passage')).toBeHidden();
});

for (const width of [1280, 390]) {
  test(`at ${width} px, closing a card with Esc puts the focus back in the article without moving the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width > 400 ? 800 : 844 });
    await openAnalysed(page);
    await page.getByRole('button', { name: 'Got it' }).press('Enter');
    // A finding's card, opened with keys: j to the second finding, Enter.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3 }).and(page.locator(':focus'))).toBeVisible();
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Escape');
    await expect(page.locator('.article-root')).toBeFocused();
    // Focusing scrolls at once, within focus(): by now a scroll it caused has happened.
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(5);

    // One of the reader's own highlights, its card opened with a, closed with Esc.
    await page.keyboard.press('s');
    await expect.poll(() => page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('a');
    const card = page.getByRole('region', { name: 'Your highlight: important' });
    await expect(card.getByRole('heading')).toBeFocused();
    const atCard = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(page.locator('.article-root')).toBeFocused();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - atCard)).toBeLessThan(5);
  });
}
