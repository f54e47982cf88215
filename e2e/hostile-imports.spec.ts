/**
 * Issue 14, bounded work for imports: a crafted W3C file (≈ 3,000 near-miss 5,000-character
 * quotes of the open article, just under the 20 MB limit) used to freeze the tab twice — counting
 * orphans for the report, then placing every quote on the page. Now the orphan count runs in the
 * anchoring worker within one allowance and says what it could not check; the reader places what
 * a small allowance covers and leaves the rest to the worker. The page keeps answering.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { nearMissW3C } from '../src/features/export-import/hostile-imports';
import { contentHash } from '../src/lib/content-hash';
import { openAnalysed } from './support/app';
import { longTasksBetween, watchLongTasks } from './support/long-tasks';

test('a crafted import (≈ 3,000 near-miss long quotes) reports what it could not check and leaves the page responsive', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const text = readFileSync('public/articles/putin-high-tech-duel.txt', 'utf8');
  // Our own export names the article by its id: the open article's content hash.
  const file = nearMissW3C({ id: contentHash(text), title: 'Crafted', origin: { kind: 'paste' }, addedAt: '', text });
  await watchLongTasks(page);
  await openAnalysed(page);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog
    .getByLabel('Choose a file to import')
    .setInputFiles({ name: 'crafted.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(file) });
  const before = await page.evaluate(() => performance.now());
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('imported', { timeout: 60_000 });
  const reported = await page.evaluate(() => performance.now());
  await expect(dialog.getByRole('status')).toContainText(/not checked against the text: too many to place at once/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The reader answers at once, and lists the imported quotes it could not place.
  const notes = page.getByRole('tab', { name: /^Notes \(\d+\)$/ });
  await notes.click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: /Could not be placed in this text/ })).toBeVisible();
  // Once the worker is done, what it could not reach within the reader's allowance is said so.
  await expect(panel).toContainText(/could not be looked for: too many to place at once/, { timeout: 60_000 });
  const settled = await page.evaluate(() => performance.now());
  console.info(
    `crafted import: report after ${Math.round(reported - before)} ms, reader settled after ${Math.round(settled - before)} ms; ` +
      'main-thread tasks over 50 ms:',
    await longTasksBetween(page, before),
  );
  await page.getByRole('tab', { name: /Claims/ }).click();
  await expect(page.getByRole('tab', { name: /Claims/ })).toHaveAttribute('aria-selected', 'true');
});
