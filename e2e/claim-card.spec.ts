/**
 * The claim card stays whole on screen: below its line when there is room, above it when the
 * line is near the bottom of the window (desktop), and a bottom sheet on a phone. Checked on the
 * card's box against the window and the claim's line, as the reader would see it.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed } from './support/app';
import { phraseRects } from './support/phrase';

const CLAIM_WORDS = 'air-defence systems are incapable';

/** Scrolls so the phrase's line sits `fromBottom` px above the bottom of the window; its box. */
async function lineNearBottom(page: Page, phrase: string, fromBottom: number) {
  const [centred] = await phraseRects(page, phrase, { scroll: 'center' });
  await page.evaluate(
    async ({ bottom, fromBottom }) => {
      window.scrollBy(0, bottom - (window.innerHeight - fromBottom));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    },
    { bottom: centred.bottom, fromBottom },
  );
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
