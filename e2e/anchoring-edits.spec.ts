/**
 * Issue 14, defect 5, as a reader meets it: annotations made on one version of an article are
 * brought to a version where a sentence was deleted. "Putin said." at the end of the deleted
 * paragraph has identical copies elsewhere; it must be listed as not placed, never painted on a
 * copy — while a passage the edit did not touch is still painted where it was.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { contentHash } from '../src/lib/content-hash';
import { describeRange } from '../src/model/anchor';
import type { Annotation } from '../src/model/annotation';
import { serializeW3C } from '../src/model/format/w3c';
import { openDefaultArticle, painted } from './support/app';

const original = readFileSync('public/articles/putin-high-tech-duel.txt', 'utf8');
const paragraph = original.split('\n').find((p) => p.startsWith('If the West had any doubts'))!;
const edited = original.replace(paragraph + '\n', '');
const KEPT = 'Oreshnik';

function highlight(id: string, start: number, end: number): Annotation {
  return {
    id,
    articleId: contentHash(original),
    kind: 'highlight',
    created: '2026-11-01T10:00:00.000Z',
    updated: '2026-11-01T10:00:00.000Z',
    selectors: describeRange(original, start, end),
    color: 'yellow',
    note: '',
    tags: [],
  };
}

test('a highlight whose sentence was deleted is listed as not placed, never moved to a copy', async ({ page }) => {
  const end = original.indexOf(paragraph) + paragraph.length;
  const kept = original.indexOf(KEPT, original.indexOf(paragraph) + paragraph.length);
  expect(original.split('Putin said.').length - 1).toBeGreaterThan(1);
  const file = serializeW3C({
    // Exported from a web page: a source the importer maps to the open article (our own article
    // ids resolve to their own article instead).
    article: {
      id: contentHash(original),
      title: 'Earlier version',
      origin: { kind: 'url', url: 'https://news.example/duel' },
    },
    annotations: [highlight('gone', end - 'Putin said.'.length, end), highlight('kept', kept, kept + KEPT.length)],
  });

  await openDefaultArticle(page);
  await page.getByRole('button', { name: 'Paste article' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste article' });
  await paste.getByRole('textbox', { name: 'Title' }).fill('Later version');
  await paste.getByRole('textbox', { name: 'Article text' }).fill(edited);
  await paste.getByRole('button', { name: 'Open article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Later version' })).toBeVisible();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog
    .getByLabel('Choose a file to import')
    .setInputFiles({ name: 'earlier.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(file) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('2 imported, 1 orphan.');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: /^Notes \(\d+\)$/ }).click();
  const orphans = page.getByRole('tabpanel').getByRole('list').last();
  await expect(page.getByRole('heading', { name: 'Could not be placed in this text (1)' })).toBeVisible();
  await expect(orphans).toContainText('“Putin said.”');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([KEPT]);
});
