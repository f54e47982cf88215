/**
 * The reader on a phone, used by touch: panels one tap away in a bottom sheet, tools and layers
 * in menus, nothing cut off or scrolling sideways, touch selection opening the toolbar, and
 * cards rising from the bottom. At 390×844 and 360×740, light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted } from './support/app';
import { phraseRects } from './support/phrase';

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Selects a phrase as a touch reader's long-press and handles do: a DOM selection over it. */
async function selectByTouch(page: Page, phrase: string) {
  // A tap where nothing is marked (the headline), as the long-press begins with a touch.
  await page.getByRole('heading', { level: 1 }).tap();
  await page.locator('.article-body p', { hasText: phrase }).first().scrollIntoViewIfNeeded();
  await phraseRects(page, phrase, { select: true });
}

for (const [width, height] of [
  [390, 844],
  [360, 740],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height }, hasTouch: true, isMobile: true, colorScheme });

      test('nothing is cut off or scrolls sideways; tools and layers are one tap away', async ({ page }) => {
        await openAnalysed(page);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expect(page.getByRole('button', { name: 'Open URL' })).toBeInViewport({ ratio: 1 });

        await page.getByRole('button', { name: 'Layers' }).tap();
        for (const layer of [/^People/, /^Places/, /^Organizations/, /^Claims/]) {
          await expect(page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: layer })).toBeInViewport(
            {
              ratio: 1,
            },
          );
        }
        await page
          .getByRole('group', { name: 'Layers' })
          .getByRole('button', { name: /^Places/ })
          .tap();
        await expect.poll(() => painted(page, 'mg-place')).toEqual([]);
        await page.getByRole('button', { name: 'Layers' }).tap();
        await expect(page.getByRole('group', { name: 'Layers' })).toBeHidden();

        await page.getByRole('button', { name: 'Tools' }).tap();
        for (const name of ['Undo', 'Redo', 'Share', 'Export', 'Import', 'Find', 'Text size and line width']) {
          await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
        }
        await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeInViewport({ ratio: 1 });
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await page.getByRole('button', { name: 'Share', exact: true }).tap();
        await expect(page.getByRole('dialog', { name: /Share/ })).toBeVisible();
      });

      test('each panel opens in one tap as a sheet, and a claim opens its card from the bottom', async ({ page }) => {
        await openAnalysed(page);
        for (const name of [/^Notes/, 'Cast', /^Claims/, 'Map']) {
          const tab = page.getByRole('tab', { name });
          await expect(tab).toBeInViewport({ ratio: 1 });
        }
        await page.getByRole('tab', { name: 'Cast' }).tap();
        await expect(page.getByRole('tabpanel').getByRole('heading', { name: /People/ })).toBeInViewport();
        await page.getByRole('tab', { name: /^Claims/ }).tap();
        const panel = page.getByRole('tabpanel');
        const claim = panel.getByRole('button', { name: /There is no chance/ });
        await claim.scrollIntoViewIfNeeded();
        await expect(claim).toBeInViewport();
        await claim.tap();
        // The sheet gives way to the text and the claim's card, which sits at the bottom, whole.
        await expect(panel).toBeHidden();
        const card = page.getByRole('region', { name: 'Claim by Vladimir Putin' });
        await expect(card).toBeInViewport();
        const box = (await card.boundingBox())!;
        expect(box.x).toBeLessThanOrEqual(1);
        expect(Math.round(box.width)).toBe(width);
        expect(Math.round(box.y + box.height)).toBe(height);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await card
          .getByRole('button', { name: /^Close/ })
          .first()
          .tap();
        await expect(card).toBeHidden();
        await page.getByRole('tab', { name: 'Map' }).tap();
        await expect(page.getByRole('tabpanel')).toBeInViewport();
        await page.getByRole('button', { name: 'Close panels' }).tap();
        await expect(page.getByRole('tabpanel')).toBeHidden();
      });

      test('the status line says all the analysis found: wrapped, not cut', async ({ page }) => {
        await openAnalysed(page);
        const status = page.getByRole('status').filter({ hasText: /^Analysis done: \d+ people, .* claims marked\.$/ });
        await expect(status).toBeInViewport({ ratio: 1 });
        const fit = await status.evaluate((el) => ({
          wide: el.scrollWidth - el.clientWidth,
          tall: el.scrollHeight - el.clientHeight,
          right: el.getBoundingClientRect().right,
        }));
        expect(fit.wide, 'text cut at the right').toBeLessThanOrEqual(0);
        expect(fit.tall, 'text cut at the foot').toBeLessThanOrEqual(0);
        expect(fit.right).toBeLessThanOrEqual(width);
        await page.getByRole('button', { name: 'Got it' }).tap();
        await expect(status).toBeInViewport({ ratio: 1 });
      });

      test('touch selection opens the toolbar, whole on screen, and a tap highlights', async ({ page }) => {
        await openAnalysed(page);
        await selectByTouch(page, 'marathon session');
        const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
        await expect(toolbar).toBeInViewport({ ratio: 1 });
        await toolbar.getByRole('button', { name: 'Highlight: important (yellow)' }).tap();
        await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      });
    });
  }
}
