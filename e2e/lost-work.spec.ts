/**
 * Places where a note or an annotation could be lost without a word: a note typed while storage
 * is full, and a broken file imported over annotations already made. Each injects the fault.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { downloadFrom, importFile } from './support/files';
import { fillStorage } from './support/storage';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

/** At phone widths Export and Import are in the Tools menu. */
async function openTools(page: Page, button: string) {
  if (!(await page.getByRole('button', { name: button, exact: true }).isVisible()))
    await page.getByRole('button', { name: 'Tools' }).click();
}

async function highlight(page: Page) {
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
}

for (const width of [1280, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width > 400 ? 800 : 844 } });

    test('a note typed while storage is full: the reader is told, the note stays, a backup holds it', async ({
      page,
    }) => {
      // A highlight made with the mouse, a download and a reload or two: over the default limit under load.
      test.slow();
      await openAnalysed(page);
      await highlight(page);
      await page.evaluate(fillStorage);
      await page.keyboard.press('a');
      const card = page.getByRole('region', { name: 'Your highlight: important' });
      await card.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Check the transcript');
      await page.keyboard.press('Tab');
      const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
      await expect(alert).toBeVisible();
      // Seen by a reader scrolled to the highlight: the notices stay at the top of the screen.
      await expect(alert).toBeInViewport();
      const file = await downloadFrom(page, () => alert.getByRole('button', { name: 'Download a backup' }).click());
      const notes = JSON.parse(file.body).annotations.map((a: { note: string }) => a.note);
      expect(notes).toContain('Check the transcript');
    });

    test('a broken backup file is refused with a clear message, and nothing already made is lost', async ({ page }) => {
      // A highlight made with the mouse, a download and a reload: over the default limit under load.
      test.slow();
      await openAnalysed(page);
      await highlight(page);
      await openTools(page, 'Export');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const backup = await downloadFrom(page, () =>
        page.getByRole('button', { name: 'Download Full backup (JSON)' }).click(),
      );
      await page.keyboard.press('Escape');
      await openTools(page, 'Import');
      // Cut short, as a download interrupted halfway leaves it.
      const dialog = await importFile(page, backup.body.slice(0, Math.floor(backup.body.length / 2)));
      const error = dialog.getByRole('alert');
      await expect(error).toContainText('This file is not valid JSON: it may be damaged or cut short');
      await expect(error).toBeInViewport();
      await expect(dialog).not.toContainText('Backup restored');
      await page.keyboard.press('Escape');
      await page.reload();
      await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
    });
  });
}
