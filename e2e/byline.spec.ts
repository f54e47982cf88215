/**
 * A .txt article that opens with a title, a "By …" line and a dateline shows the "By …" line as
 * its byline, under the title, and not as the first paragraph of the story; the text the analysis
 * reads and the reader's annotations are anchored to is the file's, unchanged.
 */
import { expect, test } from '@playwright/test';
import { articleTextSaved, openDefaultArticle, painted, pickFile, selectWithMouse } from './support/app';

const TEXT = [
  'Dock strike ends after three weeks',
  'By Jane Okafor and Tomás Ruiz',
  'HAMBURG, March 3 (Reuters) — Dock workers in Hamburg voted on Monday to end their strike, the union Ver.di said.',
  '“We have won what we came for,” said union leader Maria Schulz.',
  'The Port Authority said the first ships would be unloaded in Bremen on Tuesday.',
  '',
].join('\n');

test('a .txt article’s "By …" line is its byline, and annotations still land on their words', async ({ page }) => {
  test.setTimeout(90_000);
  await openDefaultArticle(page);
  await pickFile(page, { name: 'dock-strike.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: 'Dock strike ends after three weeks' })).toBeVisible();
  // Given as the article's description, and shown under the title rather than in the story.
  await expect(article).toHaveAccessibleDescription('By Jane Okafor and Tomás Ruiz');
  const byline = article.getByText('By Jane Okafor and Tomás Ruiz', { exact: true });
  await expect(byline).toBeVisible();
  await expect(page.locator('.article-body').getByText('By Jane Okafor')).toHaveCount(0);
  const firstParagraph = page.locator('.article-body p').first();
  await expect(firstParagraph).toHaveText(/^HAMBURG, March 3 \(Reuters\) — Dock workers/);
  const [b, p] = [await byline.boundingBox(), await firstParagraph.boundingBox()];
  expect(b!.y + b!.height).toBeLessThanOrEqual(p!.y);
  // The dateline is the story's dateline, as in any article.
  await expect(firstParagraph.locator('.dateline')).toHaveText('HAMBURG, March 3 (Reuters) —');

  // The analysis' findings land on their own words, below the byline as above it.
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => painted(page, 'mg-person')).toContain('Maria Schulz');
  await expect.poll(() => painted(page, 'mg-place')).toContain('Bremen');

  // A highlight made after the byline is on its words, and still is after a reload.
  await selectWithMouse(page, 'first ships');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' })
    .click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['first ships']);
  await articleTextSaved(page);
  await page.reload();
  await expect(page.getByRole('article')).toHaveAccessibleDescription('By Jane Okafor and Tomás Ruiz');
  await expect.poll(() => painted(page, 'mg-user-yellow'), { timeout: 20_000 }).toEqual(['first ships']);
});
