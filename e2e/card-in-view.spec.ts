/**
 * A card opened near the bottom of the window opens whole on screen: its buttons are where the
 * reader can see and press them without scrolling first. And as the page scrolls, a card never
 * covers the pinned header.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed } from './support/app';
import { pressEndUntilAtEnd } from './support/end-key';
import { phraseRects } from './support/phrase';
import { twoFrames } from './support/frames';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });
const PHRASE = 'end-of-year news conference';

/** The phrase scrolled to `y` px from the window's top, then selected with the mouse. */
async function selectNear(page: Page, y: number) {
  const [at] = await phraseRects(page, PHRASE, { scroll: 'center' });
  await page.evaluate((by) => window.scrollBy(0, by), at.top - y);
  await twoFrames(page);
  const [a] = await phraseRects(page, PHRASE, { part: [1, 2] });
  const [b] = await phraseRects(page, PHRASE, { part: [PHRASE.length - 2, PHRASE.length - 1] });
  await page.mouse.move(a.left + 1, a.top + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.right - 1, b.top + b.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? '')).toContain(PHRASE.slice(1, -1));
}

/** Whole in the window, below what the pinned header covers, and the topmost thing at its centre. */
async function expectPressable(page: Page, button: Locator) {
  await expect(button).toBeVisible();
  // Measured where it settles (the card is placed once its height is known).
  await expect
    .poll(async () => {
      const box = await button.boundingBox();
      const view = page.viewportSize()!;
      const covered = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sticky-top') || '0'),
      );
      if (!box) return 'no box';
      if (box.y < covered || box.y + box.height > view.height) return `outside: y ${box.y}, h ${box.height}`;
      if (box.x < 0 || box.x + box.width > view.width) return `outside: x ${box.x}, w ${box.width}`;
      return button.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top === el || el.contains(top) ? 'pressable' : `covered by ${top?.className}`;
      });
    })
    .toBe('pressable');
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 800 : 844 } });

    test('a note card opened with the mouse near the bottom opens whole on screen, Save pressable', async ({
      page,
    }) => {
      await openAnalysed(page);
      const height = page.viewportSize()!.height;
      await selectNear(page, height - 110);
      const scrolled = await page.evaluate(() => window.scrollY);
      await toolbar(page).getByRole('button', { name: 'Note' }).click();
      const card = page.getByRole('region', { name: /Your highlight/ });
      const note = card.getByRole('textbox', { name: 'Note (Markdown)' });
      await expect(note).toBeFocused();
      // The card comes to the reader; the page does not jump away from the passage being read. On
      // a phone the card is a sheet at the foot, and the page moves once, just enough to lift the
      // passage above it (phone-card-passage.spec.ts): the passage stays on screen either way.
      if (width > 600) expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      else
        await expect
          .poll(async () => {
            const [line] = await phraseRects(page, PHRASE);
            return line.top >= 0 && line.bottom <= (await card.boundingBox())!.y;
          })
          .toBe(true);
      await page.keyboard.type('Checked against the transcript');
      const save = card.getByRole('button', { name: 'Save note' });
      await expectPressable(page, save);
      await save.click();
      await page.getByRole('button', { name: 'Close card' }).click();
      await page.getByRole('tab', { name: 'Notes (1)' }).click();
      await expect(page.getByRole('tabpanel').getByText('Checked against the transcript')).toBeVisible();
    });

    test('a note card opened with keys at the article’s end opens whole on screen, Save reached by Tab', async ({
      page,
    }) => {
      await openAnalysed(page);
      await pressEndUntilAtEnd(page);
      await page.keyboard.press('k');
      await page.keyboard.press('s');
      await expect.poll(() => page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(10);
      await page.keyboard.press('Enter');
      const note = toolbar(page).getByRole('button', { name: 'Note' });
      await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
      for (let i = 0; i < 8 && !(await note.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('ArrowRight');
      await expect(note).toBeFocused();
      await page.keyboard.press('Enter');
      const card = page.getByRole('region', { name: /Your highlight/ });
      await expect(card.getByRole('textbox', { name: 'Note (Markdown)' })).toBeFocused();
      await page.keyboard.type('By keys');
      const save = card.getByRole('button', { name: 'Save note' });
      await expectPressable(page, save);
      for (let i = 0; i < 12 && !(await save.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(save).toBeFocused();
      await expectPressable(page, save);
    });

    test('a highlight near the bottom, clicked, opens its card whole on screen', async ({ page }) => {
      await openAnalysed(page);
      const height = page.viewportSize()!.height;
      await selectNear(page, height - 110);
      await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
      await expect(toolbar(page)).toBeHidden();
      const [r] = await phraseRects(page, PHRASE, { part: [4, 6] });
      await page.mouse.click(r.left + 2, r.top + r.height / 2);
      const card = page.getByRole('region', { name: /Your highlight/ });
      await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
      await expectPressable(page, card.getByRole('button', { name: 'Save note' }));
      await expectPressable(page, card.getByRole('button', { name: 'Delete' }));
    });
  });
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a highlight card, the page scrolled on, never covers the pinned header', async ({ page }) => {
    await openAnalysed(page);
    await selectNear(page, 300);
    await toolbar(page).getByRole('button', { name: 'Note' }).click();
    const card = page.getByRole('region', { name: /Your highlight/ });
    await expect(card).toBeVisible();
    // Scrolled by the card's distance from the top: a card that kept its place would be where the header is.
    const cardTop = (await card.boundingBox())!.y;
    await page.mouse.move(640, 600);
    await page.mouse.wheel(0, cardTop);
    await twoFrames(page);
    // What the header shows at the card's left edge is the header, not the card.
    const header = page.locator('.app-header');
    const hb = (await header.boundingBox())!;
    const cb = (await card.boundingBox())!;
    const x = cb.x + 20;
    const y = hb.y + hb.height / 2;
    const inHeader = await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('.app-top'), [x, y]);
    expect(inHeader).toBe(true);
  });
});
