/**
 * The Delete message's Undo names its shortcut only where there are keys (app59): on a phone
 * (390 px, touch) it offered "Undo (Ctrl/⌘+Z)", keys a touch reader does not have. There it reads
 * "Undo", and a tap on it brings the highlight back; at 1440 px with a mouse it still names the
 * keys. Light and dark; the highlight made and deleted by touch, as a phone reader does.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { phraseRects } from './support/phrase';

const PHRASE = 'end-of-year news conference';
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });
const deleted = (page: Page) => page.getByRole('status').filter({ hasText: 'Highlight deleted' });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test.describe('390 px, touch', () => {
      test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

      test('the Delete message offers “Undo” without keys a phone has not, and a tap undoes', async ({ page }) => {
        test.slow();
        await openAnalysed(page);
        await page.getByRole('button', { name: 'Got it' }).tap();
        await page.getByRole('heading', { level: 1 }).tap();
        await phraseRects(page, PHRASE, { scroll: 'center', select: true });
        await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).tap();
        await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([PHRASE]);
        const [line] = await phraseRects(page, PHRASE, { scroll: 'center' });
        await page.touchscreen.tap(line.left + line.width / 2, line.top + line.height / 2);
        const card = page.getByRole('region', { name: /^Your highlight/ });
        await card.getByRole('button', { name: 'Delete' }).tap();
        await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([]);
        const undo = deleted(page).getByRole('button', { name: 'Undo', exact: true });
        await expect(undo).toBeVisible();
        // What the reader sees on the button: the word, no keys.
        expect(await undo.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe('Undo');
        expect(await deleted(page).evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/Ctrl|⌘/);
        await page.screenshot({ path: test.info().outputPath(`undo-touch-${colorScheme}.png`) });
        await undo.tap();
        await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([PHRASE]);
      });
    });

    test.describe('1440 px, mouse', () => {
      test.use({ viewport: { width: 1440, height: 900 } });

      test('the Delete message names Ctrl/⌘+Z beside Undo where there are keys', async ({ page }) => {
        test.slow();
        await openAnalysed(page);
        await page.getByRole('button', { name: 'Got it' }).click();
        await selectWithMouse(page, PHRASE);
        await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
        await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([PHRASE]);
        const [line] = await phraseRects(page, PHRASE, { scroll: 'center' });
        await page.mouse.click(line.left + line.width / 2, line.top + line.height / 2);
        await page
          .getByRole('region', { name: /^Your highlight/ })
          .getByRole('button', { name: 'Delete' })
          .click();
        await expect(deleted(page).getByRole('button', { name: 'Undo (Ctrl/⌘+Z)' })).toBeVisible();
      });
    });
  });
}
