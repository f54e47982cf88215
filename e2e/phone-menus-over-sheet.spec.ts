/**
 * On a phone, the panels' sheet stays open while the reader reaches for the tools above the
 * article: what those tools open (the Export formats, the text size and line width) must come
 * over the sheet, not under it. Under it, only the Export panel's top edge showed between the
 * tools and the sheet, and its buttons could not be pressed; and the Export panel, opened towards
 * the left from its button, ran off the screen's left edge. Used by touch and by keyboard.
 *
 * And one panel at a time: the Export formats, opened by keys, stayed open as the reader tabbed on
 * to Find, and covered the find bar that Find opened under them.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed } from './support/app';

/** Whether the middle of `target` is `target` itself (or inside it), not something drawn over it. */
async function uncovered(target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  return target.evaluate(
    (el, { x, y }) => {
      const top = document.elementFromPoint(x, y);
      return !!top && (el === top || el.contains(top));
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

async function openSheet(page: Page) {
  // Opening and analysing the article, then the sheet and a menu: slow on a loaded machine.
  test.slow();
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).tap();
  await page.getByRole('tab', { name: /^Map/ }).tap();
  await expect(page.getByRole('tabpanel')).toBeInViewport();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`390 px, ${colorScheme}`, () => {
    test.use({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      colorScheme,
      permissions: ['clipboard-read', 'clipboard-write'],
    });

    test('with the panels open, Export opens over them and its buttons can be pressed', async ({ page }) => {
      await openSheet(page);
      await page.getByRole('button', { name: 'Tools' }).tap();
      await page.getByRole('button', { name: 'Export', exact: true }).tap();
      const formats = page.getByRole('group', { name: 'Export formats' });
      await expect(formats).toBeVisible();
      // Whole on the screen: no format's name cut at either edge.
      const box = (await formats.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      for (const name of ['W3C Web Annotation (JSON-LD)', 'Markdown', 'Full backup (JSON)'])
        await expect(formats.getByText(name, { exact: true })).toBeInViewport({ ratio: 1 });
      const buttons = await formats.getByRole('button').all();
      expect(buttons.length).toBeGreaterThan(3);
      for (const button of buttons) {
        await button.scrollIntoViewIfNeeded();
        expect(await uncovered(button), `${await button.getAttribute('aria-label')} is covered`).toBe(true);
      }
      await page.screenshot({ path: test.info().outputPath(`export-over-sheet-${colorScheme}.png`) });
      // Pressed where the reader sees it: a copy made, and said so.
      await page.getByRole('button', { name: 'Copy Markdown', exact: true }).tap();
      await expect(page.getByText('Copied Markdown to the clipboard.')).toBeVisible();
    });

    test('with the panels open, the text settings open over them, by keyboard too', async ({ page }) => {
      await openSheet(page);
      await page.getByRole('button', { name: 'Tools' }).focus();
      await page.keyboard.press('Enter');
      const settings = page.getByRole('button', { name: 'Text size and line width' });
      await settings.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('group', { name: 'Text size and line width' });
      await expect(panel).toBeVisible();
      const larger = panel.getByRole('button', { name: 'Larger text' });
      expect(await uncovered(larger), 'Larger text is covered').toBe(true);
      const size = panel.locator('output').first();
      const before = await size.textContent();
      await larger.focus();
      await page.keyboard.press('Enter');
      await expect(size).not.toHaveText(before ?? '');
    });

    test('by keys, Export closes as the reader tabs on, and the find bar it covered is free', async ({ page }) => {
      // Opening and analysing the article, then three panels in turn: slow on a loaded machine.
      test.slow();
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).press('Enter');
      await page.getByRole('button', { name: 'Tools' }).focus();
      await page.keyboard.press('Enter');
      const exportButton = page.getByRole('button', { name: 'Export', exact: true });
      await exportButton.focus();
      await page.keyboard.press('Enter');
      const formats = page.getByRole('group', { name: 'Export formats' });
      await expect(formats).toBeVisible();
      // Tab through the formats and on, as far as Find.
      const find = page.getByRole('button', { name: 'Find', exact: true });
      for (let i = 0; i < 40 && !(await find.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(find).toBeFocused();
      await expect(formats).toBeHidden();
      await expect(exportButton).toHaveAttribute('aria-expanded', 'false');
      await page.keyboard.press('Enter');
      const field = page.getByRole('searchbox', { name: 'Find in article' });
      await expect(field).toBeFocused();
      expect(await uncovered(field), 'the find field is covered').toBe(true);
      await page.keyboard.type('Kremlin');
      await expect(page.getByRole('search', { name: 'Find in article' }).getByRole('status')).toHaveText(/of \d+/);
      await page.screenshot({ path: test.info().outputPath(`find-after-export-keys-${colorScheme}.png`) });

      // Export, then the text settings by keys: the one opened last is the one open.
      await exportButton.focus();
      await page.keyboard.press('Enter');
      await expect(formats).toBeVisible();
      const settings = page.getByRole('button', { name: 'Text size and line width' });
      await settings.focus();
      await expect(formats).toBeHidden();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('group', { name: 'Text size and line width' })).toBeVisible();
      await exportButton.focus();
      await expect(page.getByRole('group', { name: 'Text size and line width' })).toBeHidden();
    });

    test('by touch, Export then Find: one panel at a time, the find field uncovered', async ({ page }) => {
      // Opening and analysing the article, then three panels in turn: slow on a loaded machine.
      test.slow();
      await openAnalysed(page);
      await page.getByRole('button', { name: 'Got it' }).tap();
      await page.getByRole('button', { name: 'Tools' }).tap();
      await page.getByRole('button', { name: 'Export', exact: true }).tap();
      const formats = page.getByRole('group', { name: 'Export formats' });
      await expect(formats).toBeVisible();
      await page.getByRole('button', { name: 'Find', exact: true }).tap();
      await expect(formats).toBeHidden();
      const field = page.getByRole('searchbox', { name: 'Find in article' });
      await expect(field).toBeFocused();
      expect(await uncovered(field), 'the find field is covered').toBe(true);
      await page.getByRole('button', { name: 'Text size and line width' }).tap();
      const settings = page.getByRole('group', { name: 'Text size and line width' });
      await expect(settings).toBeVisible();
      await page.getByRole('button', { name: 'Export', exact: true }).tap();
      await expect(settings).toBeHidden();
      await expect(formats).toBeVisible();
    });
  });
}
