/**
 * The library as a reader uses it: find an article by typing part of its title or source, sort the
 * list, and see which articles hold notes, with the keyboard, at desktop and phone width.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDefaultArticle, pickFile, selectWithMouse } from './support/app';

const BRIDGE = 'Bridge reopens after repairs\nDUNDEE — The Tay road bridge reopened on Friday, the operator said.';
const FERRY = '# Ferry timetable changes\n\nFrom Monday, the ferry leaves at noon.';

/** Two articles of one's own, the first with a highlight on it. */
async function fillLibrary(page: Page) {
  await openDefaultArticle(page);
  await pickFile(page, { name: 'bridge.txt', mimeType: 'text/plain', buffer: Buffer.from(BRIDGE) });
  await expect(page.getByRole('heading', { level: 1, name: 'Bridge reopens after repairs' })).toBeVisible();
  await selectWithMouse(page, 'Tay road bridge');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' })
    .click();
  await expect(page.getByRole('tab', { name: 'Notes (1)' })).toBeVisible();
  await pickFile(page, { name: 'ferry.md', mimeType: 'text/markdown', buffer: Buffer.from(FERRY) });
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry timetable changes' })).toBeVisible();
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

const titles = (page: Page, section: string) =>
  page.getByRole('region', { name: section }).locator('.article-link-title').allInnerTexts();

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`search, sort and notes counts at ${size.width} px`, async ({ page }, info) => {
    test.slow();
    await fillLibrary(page);
    await page.setViewportSize(size);

    const mine = page.getByRole('region', { name: 'Opened by you' });
    await expect(mine.getByRole('link', { name: /Bridge reopens after repairs/ })).toContainText('1 note');
    await expect(mine.getByRole('link', { name: /Bridge reopens after repairs/ })).not.toContainText('1 notes');
    await expect(mine.getByRole('link', { name: /Ferry timetable changes/ })).toContainText('no notes yet');

    const search = page.getByRole('searchbox', { name: 'Search the library' });
    const status = page.getByRole('search', { name: 'Library search' }).getByRole('status');
    await expect(status).toHaveText('4 articles');

    // Typed, as a person would, into the field reached from the keyboard.
    await search.focus();
    await page.keyboard.type('bridge');
    await expect(status).toHaveText('1 of 4 articles matches “bridge”');
    await expect(page.getByRole('link', { name: /Bridge reopens/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Ferry timetable/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Putin challenges/ })).toHaveCount(0);

    // The source is searched too: "sample" is in the harbour article's publisher, not its title.
    await search.fill('');
    await page.keyboard.type('Sample');
    await expect(status).toHaveText('1 of 4 articles matches “Sample”');
    await expect(page.getByRole('link', { name: /Harbour town votes/ })).toBeVisible();

    await search.fill('');
    await page.keyboard.type('zeppelin');
    await expect(status).toHaveText('No articles match “zeppelin”');
    await expect(page.getByText('No article’s title or source matches “zeppelin”.')).toBeVisible();
    await expect(page.locator('.article-link')).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear search' }).press('Enter');
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('');
    await expect(status).toHaveText('4 articles');

    // Escape empties the field as well.
    await page.keyboard.type('ferry');
    await expect(status).toHaveText('1 of 4 articles matches “ferry”');
    await page.keyboard.press('Escape');
    await expect(status).toHaveText('4 articles');

    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await expect(sort).toHaveValue('recent');
    expect(await titles(page, 'Opened by you')).toEqual(['Ferry timetable changes', 'Bridge reopens after repairs']);
    await sort.selectOption({ label: 'Title' });
    expect(await titles(page, 'Opened by you')).toEqual(['Bridge reopens after repairs', 'Ferry timetable changes']);
    expect(await titles(page, 'Bundled articles')).toEqual([
      'Harbour town votes to rebuild its sea wall',
      'Putin challenges the West to a ‘high-tech duel’ in Kiev',
    ]);
    await sort.selectOption({ label: 'Most annotated' });
    expect(await titles(page, 'Opened by you')).toEqual(['Bridge reopens after repairs', 'Ferry timetable changes']);

    // Nothing runs off the side at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(search).toBeInViewport();
    await page.screenshot({ path: info.outputPath(`library-${size.width}.png`), fullPage: true });
  });
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`"Recently opened" follows the last time each article was opened, and the chosen sort is remembered, at ${size.width} px`, async ({
    page,
  }, info) => {
    await page.setViewportSize(size);
    await openDefaultArticle(page);
    const library = page.getByRole('link', { name: 'Library', exact: true }).first();
    const toLibrary = async () => {
      await library.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    };
    const bundled = () => titles(page, 'Bundled articles');
    await toLibrary();
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await expect(sort).toHaveValue('recent');
    await expect
      .poll(bundled)
      .toEqual([
        'Putin challenges the West to a ‘high-tech duel’ in Kiev',
        'Harbour town votes to rebuild its sea wall',
      ]);
    // Opening the other article, with the keyboard, moves it to the top.
    await page.getByRole('link', { name: /Harbour town votes/ }).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /Harbour town votes/ })).toBeVisible();
    await toLibrary();
    await expect
      .poll(bundled)
      .toEqual([
        'Harbour town votes to rebuild its sea wall',
        'Putin challenges the West to a ‘high-tech duel’ in Kiev',
      ]);
    // The last-opened times survive a reload.
    await page.reload();
    await expect
      .poll(bundled)
      .toEqual([
        'Harbour town votes to rebuild its sea wall',
        'Putin challenges the West to a ‘high-tech duel’ in Kiev',
      ]);

    await sort.focus();
    await sort.selectOption({ label: 'Title' });
    await expect
      .poll(bundled)
      .toEqual([
        'Harbour town votes to rebuild its sea wall',
        'Putin challenges the West to a ‘high-tech duel’ in Kiev',
      ]);
    await sort.selectOption({ label: 'Most annotated' });
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('annotated');
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveText(/Most annotated/);
    await page.screenshot({ path: info.outputPath(`library-sorted-${size.width}.png`) });
  });
}
