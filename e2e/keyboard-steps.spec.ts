import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

/** Three highlights in reading order, each its own colour so its card is named apart. */
async function threeHighlights(page: Page) {
  const marks = [
    ['high-tech duel', 'Highlight: important (yellow)', 'mg-user-yellow'],
    ['end-of-year news conference', 'Highlight: agree (green)', 'mg-user-green'],
    ['marathon session', 'Highlight: question (blue)', 'mg-user-blue'],
  ] as const;
  for (const [phrase, button, layer] of marks) {
    await selectWithMouse(page, phrase);
    await toolbar(page).getByRole('button', { name: button }).click();
    await expect.poll(() => painted(page, layer)).toEqual([phrase]);
  }
  await page.keyboard.press('Escape');
}

/** Presses `key` twice in one task: both reach the page before any frame is drawn. */
async function twiceInOneFrame(page: Page, key: string, shift = false) {
  const framed = await page.evaluate(
    ({ key, shift }) => {
      let framed = false;
      requestAnimationFrame(() => (framed = true));
      for (let i = 0; i < 2; i++)
        document.body.dispatchEvent(
          new KeyboardEvent('keydown', { key, shiftKey: shift, bubbles: true, cancelable: true }),
        );
      return framed;
    },
    { key, shift },
  );
  // Else the test would not be testing two presses within one frame.
  expect(framed).toBe(false);
}

const card = (page: Page, label: string) => page.getByRole('region', { name: `Your highlight: ${label}` });

for (const width of [1280, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width > 400 ? 800 : 844 } });

    test('"a" pressed twice within one frame moves two highlights on, Shift+A two back', async ({ page }) => {
      // Three highlights made with the mouse, then some fifteen steps: over the default limit under load.
      test.slow();
      await openAnalysed(page);
      await threeHighlights(page);
      await twiceInOneFrame(page, 'a');
      await expect(card(page, 'agree').getByRole('heading', { level: 3 })).toBeFocused();
      await expect(card(page, 'agree')).toBeInViewport();
      await expect(card(page, 'important')).toHaveCount(0);

      await twiceInOneFrame(page, 'A', true);
      // From the second, two back wraps round to the last.
      await expect(card(page, 'question').getByRole('heading', { level: 3 })).toBeFocused();
      await expect(card(page, 'question')).toBeInViewport();

      // One press at a time still moves one step.
      await page.keyboard.press('a');
      await expect(card(page, 'important').getByRole('heading', { level: 3 })).toBeFocused();
      await page.keyboard.press('Shift+A');
      await expect(card(page, 'question').getByRole('heading', { level: 3 })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('region', { name: /^Your highlight/ })).toHaveCount(0);
    });

    test('j and k step through findings, Enter opens the card, Escape closes it', async ({ page }) => {
      await openAnalysed(page);
      const current = () =>
        page.evaluate(() => [...(CSS.highlights.get('mg-cursor') ?? [])].map((r) => (r as Range).toString()));
      await page.keyboard.press('j');
      await expect.poll(current).toHaveLength(1);
      const first = (await current())[0];
      await page.keyboard.press('j');
      await expect.poll(current).not.toEqual([first]);
      const second = (await current())[0];
      await page.keyboard.press('k');
      await expect.poll(current).toEqual([first]);
      await page.keyboard.press('j');
      await expect.poll(current).toEqual([second]);
      await page.keyboard.press('Enter');
      const opened = page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Close card' }) });
      await expect(opened).toHaveCount(1);
      await expect(opened.getByRole('heading', { level: 3 })).toBeFocused();
      await expect(opened).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(opened).toHaveCount(0);
    });
  });
}
