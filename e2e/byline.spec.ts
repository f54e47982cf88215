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

test('a byline on two lines, "By …" then the agency, is shown as one byline; a sentence under it stays in the story', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openDefaultArticle(page);
  const text = [
    'Ferry strike ends',
    'By Jane Okafor',
    'Associated Press',
    'LISBON — Ferry crews voted on Monday to end their strike, the union said.',
    'The first boats sailed for Porto on Tuesday.',
    '',
  ].join('\n');
  await pickFile(page, { name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: 'Ferry strike ends' })).toBeVisible();
  await expect(article).toHaveAccessibleDescription(/^By Jane Okafor\s*Associated Press$/);
  const by = article.getByText('By Jane Okafor', { exact: true });
  const agency = article.getByText('Associated Press', { exact: true });
  await expect(by).toBeVisible();
  await expect(agency).toBeVisible();
  // Each on its own line, the agency under the name, both above the story.
  const [b, a] = [await by.boundingBox(), await agency.boundingBox()];
  expect(a!.y).toBeGreaterThanOrEqual(b!.y + b!.height - 1);
  await expect(page.locator('.article-body').getByText('Associated Press')).toHaveCount(0);
  await expect(page.locator('.article-body p').first()).toHaveText(/^LISBON — Ferry crews/);
  // Findings still land on their words below it.
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => painted(page, 'mg-place')).toContain('Porto');

  // A sentence that opens with the agency's name is the story's, not the byline's.
  await pickFile(page, {
    name: 'ferry-2.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text.replace('Associated Press\n', 'Reuters reported the crews had voted.\n')),
  });
  await expect(page.getByRole('article')).toHaveAccessibleDescription('By Jane Okafor');
  await expect(page.locator('.article-body p').first()).toHaveText('Reuters reported the crews had voted.');
});

for (const width of [1440, 390]) {
  test(`a paper the agency list does not know, on the line under "By …", shows with the byline and is not the first paragraph (${width} px)`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 844 });
    await openDefaultArticle(page);
    const text = [
      'Harbour wall to be rebuilt',
      'By Jane Okafor',
      'Coastline Courier',
      'The council agreed on Monday to rebuild the harbour wall at Porthmellin, its leader said.',
      'Work starts in May.',
      '',
    ].join('\n');
    await pickFile(page, { name: 'harbour.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1, name: 'Harbour wall to be rebuilt' })).toBeVisible();
    await expect(article).toHaveAccessibleDescription(/^By Jane Okafor\s*Coastline Courier$/);
    const by = article.getByText('By Jane Okafor', { exact: true });
    const paper = article.getByText('Coastline Courier', { exact: true });
    await expect(paper).toBeVisible();
    // Under the name, as an agency's line is, and above the story, which does not hold it.
    const [b, s] = [await by.boundingBox(), await paper.boundingBox()];
    expect(s!.y).toBeGreaterThanOrEqual(b!.y + b!.height - 1);
    expect(await paper.evaluate((el) => el.className)).toBe('article-byline-line');
    await expect(page.locator('.article-body').getByText('Coastline Courier')).toHaveCount(0);
    const firstParagraph = page.locator('.article-body p').first();
    await expect(firstParagraph).toHaveText(/^The council agreed on Monday/);
    const p = await firstParagraph.boundingBox();
    expect(s!.y + s!.height).toBeLessThanOrEqual(p!.y);
  });
}

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`a pasted article’s "Von Anna Weber" is its byline, and "ROME" under it is the story’s dateline, not the agency (${width} px)`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await openDefaultArticle(page);
    const text = [
      'Hafenmauer wird neu gebaut',
      'Von Anna Weber',
      'ROME',
      'Der Stadtrat beschloss am Montag, die Hafenmauer neu zu bauen, sagte die Bürgermeisterin.',
      'Die Arbeiten beginnen im Mai.',
    ].join('\n');
    await page.getByRole('button', { name: 'Paste article' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste article' });
    await paste.getByRole('textbox', { name: 'Article text' }).fill(text);
    await paste.getByRole('button', { name: 'Open article' }).click();
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1, name: 'Hafenmauer wird neu gebaut' })).toBeVisible();
    // The byline alone: "ROME" is not its second line.
    await expect(article).toHaveAccessibleDescription('Von Anna Weber');
    await expect(page.locator('.article-byline-line')).toHaveText(['Von Anna Weber']);
    await expect(page.locator('.article-byline-line')).toBeVisible();
    await expect(page.locator('.article-body').getByText('Von Anna Weber')).toHaveCount(0);
    // "ROME" opens the story, drawn as its dateline, visible and inside the column at this width.
    const first = page.locator('.article-body p').first();
    const dateline = first.locator('.dateline');
    await expect(dateline).toHaveText('ROME');
    await expect(dateline).toBeVisible();
    const [d, col] = [await dateline.boundingBox(), await page.locator('.article-body').boundingBox()];
    expect(d!.x).toBeGreaterThanOrEqual(col!.x);
    expect(d!.x + d!.width).toBeLessThanOrEqual(Math.min(col!.x + col!.width, width) + 0.5);
    await expect(page.locator('.article-body p').nth(1)).toHaveText(/^Der Stadtrat beschloss/);
    await page.screenshot({ path: test.info().outputPath(`byline-dateline-${width}.png`) });
  });
}

test('a .txt article’s "By 李伟" is its byline, shown under the title and not in the story (390 px)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openDefaultArticle(page);
  const text = [
    'Harbour wall to be rebuilt',
    'By 李伟',
    'The council agreed on Monday to rebuild the wall.',
    'Work starts in May.',
    '',
  ].join('\n');
  await pickFile(page, { name: 'harbour-li.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: 'Harbour wall to be rebuilt' })).toBeVisible();
  await expect(article).toHaveAccessibleDescription('By 李伟');
  const by = article.getByText('By 李伟', { exact: true });
  await expect(by).toBeVisible();
  await expect(page.locator('.article-body').getByText('李伟')).toHaveCount(0);
  const firstParagraph = page.locator('.article-body p').first();
  await expect(firstParagraph).toHaveText(/^The council agreed on Monday/);
  const [b, p] = [await by.boundingBox(), await firstParagraph.boundingBox()];
  expect(b!.y + b!.height).toBeLessThanOrEqual(p!.y);
  await page.screenshot({ path: test.info().outputPath('byline-cjk-390.png') });
});
