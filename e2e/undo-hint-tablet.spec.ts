/**
 * The Delete message names its keys wherever a fine pointer is among the pointers (app60). It read
 * the primary pointer alone (`pointer: fine`, app59), so a tablet with a keyboard cover and
 * trackpad, whose primary pointer is the touch screen, showed "Undo" without the Ctrl/⌘+Z it has.
 * It now reads `any-pointer: fine`: a phone, with no fine pointer at all, still shows "Undo" alone
 * (undo-hint-touch.spec.ts). The pointers are the browser's own settings, as its web tests set them
 * (pointer types 2 coarse, 4 fine; hover types 1 none, 2 hover). Light and dark, 1024 px; the
 * highlight made and deleted with the trackpad, undone by the keys the message names.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { expectTabletPointers, tabletWithTrackpad } from './support/tablet';
import { phraseRects } from './support/phrase';

const PHRASE = 'end-of-year news conference';
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });
const deleted = (page: Page) => page.getByRole('status').filter({ hasText: 'Highlight deleted' });

test.use(tabletWithTrackpad);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test('on a tablet with a keyboard and trackpad the Delete message names Ctrl/⌘+Z, and the keys undo', async ({
      page,
    }) => {
      test.slow();
      await openAnalysed(page);
      await expectTabletPointers(page);
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
      const undo = deleted(page).getByRole('button', { name: 'Undo (Ctrl/⌘+Z)' });
      await expect(undo).toBeVisible();
      // What the reader sees on the button: the word and the keys.
      expect(await undo.evaluate((el) => (el as HTMLElement).innerText.trim())).toBe('Undo (Ctrl/⌘+Z)');
      await page.keyboard.press('Control+z');
      await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([PHRASE]);
    });
  });
}
