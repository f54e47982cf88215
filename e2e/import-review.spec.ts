/**
 * Import used as a reader uses it, with the files a reader has at hand: the app's own exports
 * (W3C, Markdown, CSV, each offered by the file picker; claim reviews, offered only with a verdict, are left to detect-import.test.ts),
 * one cut short by an interrupted download, one far too large, and the same file twice. Each time
 * the reader is told in words what happened and what to do, and their annotations are all still there.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { exportAs } from './support/files';

/** The file the Export menu makes, the menu closed after it. */
async function exportAndClose(page: Page, format: string) {
  const file = await exportAs(page, format);
  await page.keyboard.press('Escape');
  return file;
}

/**
 * Chooses a file in the open Import dialog through its file picker, as a reader does, and presses
 * its Import button. The picker must offer files of that kind: a file it filters out is one the
 * reader never sees to pick (Playwright's chooser itself would take any).
 */
async function importInto(dialog: Locator, name: string, body: string | Buffer, mimeType = 'application/json') {
  const page = dialog.page();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByLabel('Choose a file to import').click();
  const picker = await chooser;
  const offered = ((await picker.element().getAttribute('accept')) ?? '').split(',');
  expect(offered, `the picker offers ${name}`).toContain(/\.[a-z]+$/.exec(name)![0]);
  await picker.setFiles({ name, mimeType, buffer: Buffer.from(body) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
}

/**
 * The reader's own annotations are intact: the highlight painted, its note listed, one of them.
 * After a reload the app loads anew first (over 5 s at a load of 30): the specs' slow-wait budget.
 */
async function nothingLost(page: Page) {
  await expect.poll(() => painted(page, 'mg-user-yellow'), { timeout: 15_000 }).toEqual(['marathon session']);
  await expect(page.getByRole('tab', { name: 'Notes (1)' })).toBeVisible();
}

test('the app’s own exports, a cut-short file, a huge one and a duplicate: each is explained and nothing is lost', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: 'Note' }).click();
  await page.keyboard.insertText('check the transcript');
  await page
    .getByRole('region', { name: /^Your highlight/ })
    .getByRole('button', { name: 'Save note' })
    .click();
  await page.keyboard.press('Escape');
  await nothingLost(page);

  const w3c = await exportAndClose(page, 'W3C Web Annotation (JSON-LD)');
  const markdown = await exportAndClose(page, 'Markdown');
  const csv = await exportAndClose(page, 'CSV');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  const alert = dialog.getByRole('alert');

  // Exports made for reading elsewhere are named, and the reader is told which ones do import.
  for (const [file, what, type] of [
    [markdown, 'Markdown', 'text/markdown'],
    [csv, 'CSV', 'text/csv'],
  ] as const) {
    await importInto(dialog, file.name, file.body, type);
    await expect(alert).toContainText(`This is Marginalia’s ${what} export`);
    await expect(alert).toContainText('import a “W3C Web Annotation (JSON-LD)” export or a “Full backup (JSON)”');
    await expect(alert).toBeInViewport();
  }

  // A download cut short: damaged, not "not JSON".
  await importInto(dialog, w3c.name, w3c.body.slice(0, Math.floor(w3c.body.length * 0.6)), 'application/ld+json');
  await expect(alert).toContainText('This file is not valid JSON: it may be damaged or cut short');

  // Far too large: refused as soon as it is chosen, before anything is read.
  await dialog
    .getByLabel('Choose a file to import')
    .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
  await expect(alert).toHaveText('This file is too large to import (over 20 MB).');

  // The same annotations again: nothing new, and said so.
  await importInto(dialog, w3c.name, w3c.body, 'application/ld+json');
  await expect(dialog.getByRole('status')).toHaveText('Nothing new: 1 annotation was already here.');
  await expect(alert).toHaveCount(0);
  await page.keyboard.press('Escape');
  await nothingLost(page);
  await page.reload();
  await nothingLost(page);

  // And the W3C export does bring the note into another browser.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openAnalysed(other);
  await other.getByRole('button', { name: 'Import', exact: true }).click();
  const otherDialog = other.getByRole('dialog', { name: 'Import annotations' });
  await importInto(otherDialog, w3c.name, w3c.body, 'application/ld+json');
  await expect(otherDialog.getByRole('status')).toContainText('1 imported');
  await other.keyboard.press('Escape');
  await other.getByRole('tab', { name: 'Notes (1)' }).click();
  await expect(other.getByRole('tabpanel')).toContainText('check the transcript');
  await fresh.close();
});
