/**
 * At 360 px, the narrowest phone we support, nothing is cut off or scrolls sideways in any view:
 * the library, and the reader with each of its dialogs and panels open (the recipient's view of a
 * share link is checked on a phone in shared-view.spec.ts). Each check looks at what is on screen: the page's width, and the box of every
 * control the reader can reach.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed } from './support/app';

const WIDTH = 360;

/** The page does not scroll sideways, and every visible control inside `scope` is whole across. */
async function fitsAcross(page: Page, scope: Locator) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const outside = await scope.evaluate((root) => {
    const controls = root.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, [role="tab"], h1, h2',
    );
    return (
      [...controls]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !el.closest('.visually-hidden'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        // Cut off: partly on screen. (A skip link waits wholly off screen until focused, on purpose.)
        .filter(
          ({ r }) =>
            r.width > 0 &&
            ((r.left < -0.5 && r.right > 0) || (r.left < window.innerWidth && r.right > window.innerWidth + 0.5)),
        )
        .map(
          ({ el, r }) =>
            `${el.tagName} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}” ${Math.round(r.left)}–${Math.round(r.right)}`,
        )
    );
  });
  expect(outside).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`at ${WIDTH} px, ${colorScheme}`, () => {
    test.use({ viewport: { width: WIDTH, height: 740 }, hasTouch: true, isMobile: true, colorScheme });

    test('the library fits', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('link', { name: 'Library', exact: true }).first().tap();
      await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
      await fitsAcross(page, page.locator('body'));
    });

    test('the reader, its menus and every dialog fit', async ({ page }) => {
      await openAnalysed(page);
      await fitsAcross(page, page.locator('body'));
      for (const [menu, button, dialogName] of [
        ['Tools', 'Share', 'Share with annotations'],
        ['Tools', 'Import', /^Import/],
        [null, 'Paste article', /Paste/],
        [null, 'Open URL', /web address|URL/i],
      ] as const) {
        const opener = page.getByRole('button', { name: button, exact: true });
        if (menu && !(await opener.isVisible())) await page.getByRole('button', { name: menu }).tap();
        await opener.tap();
        const dialog = page.getByRole('dialog', { name: dialogName });
        await expect(dialog).toBeVisible();
        await fitsAcross(page, dialog);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
      const aa = page.getByRole('button', { name: 'Text size and line width' });
      if (!(await aa.isVisible())) await page.getByRole('button', { name: 'Tools' }).tap();
      await aa.tap();
      const settings = page.getByRole('group', { name: 'Text size and line width' });
      await expect(settings).toBeInViewport({ ratio: 1 });
      await fitsAcross(page, settings);
      await page.keyboard.press('Escape');
      const keys = page.getByRole('button', { name: 'Keyboard shortcuts' });
      if (!(await keys.isVisible())) await page.getByRole('button', { name: 'Tools' }).tap();
      await keys.tap();
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toBeVisible();
      await fitsAcross(page, help);
    });
  });
}
