/** Files in and out the way a person moves them: downloads the app offers, imports through its dialog. */
import type { Download, Locator, Page } from '@playwright/test';

/** A download's contents as UTF-8 text. */
export async function downloadedText(download: Download): Promise<string> {
  const chunks = await (await download.createReadStream()).toArray();
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs `click` and returns the file it made the page download. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; body: string }> {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  return { name: d.suggestedFilename(), body: await downloadedText(d) };
}

/**
 * Imports `body` as a file named `name`: the Import button, the file chooser, then Import. Returns
 * the dialog, still open on its report.
 */
export async function importFile(
  page: Page,
  body: string,
  name = 'import.json',
  mimeType = 'application/json',
): Promise<Locator> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByLabel('Choose a file to import').setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  return dialog;
}

/** Opens the Export menu if it is closed and returns the file its "Download FORMAT" button makes. */
export async function exportAs(page: Page, format: string): Promise<{ name: string; body: string }> {
  const menu = page.getByRole('button', { name: 'Export', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return downloadFrom(page, () => page.getByRole('button', { name: `Download ${format}` }).click());
}
