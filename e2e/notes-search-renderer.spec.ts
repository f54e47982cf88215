/**
 * Notes search while the note renderer's chunk is still loading, or when it fails to load (app59).
 * The search read a note's source until its own import of the renderer was in, while each note was
 * shown by a second, separate import: for a while the search found "spoke at length" in a note's
 * shown text and the note, still shown as typed ("spoke **at length**"), had nothing marked. And a
 * chunk that failed to load left the search reading sources and nothing said so. Now one loader
 * serves both: until the chunk is in, a note is shown and searched as typed and a search's marks
 * are where it matched; a failure is said ("Reload the page to try again": the browser keeps a
 * failed import for the page's life). The chunk's requests are held or refused by
 * routing them. 1440 px; the note typed into a highlight's card, the search by keys.
 */
import { expect, test, type Page } from '@playwright/test';
import { writeNote } from './support/notes';

const NOTE = 'Putin spoke **at length** about it';
/** The words marked in the Notes panel, joined. */
const marked = async (page: Page) => (await page.getByRole('tabpanel').locator('mark').allInnerTexts()).join('');

/** Types `words` into "Search notes" by keys (the field emptied first). */
async function search(page: Page, words: string) {
  const box = page.getByRole('tabpanel').getByRole('searchbox', { name: 'Search notes' });
  await box.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(words);
}

const count = (page: Page) => page.getByRole('tabpanel').locator('.notes-count');

test.use({ viewport: { width: 1440, height: 900 } });

test('while the note renderer loads, “Search notes” marks what it matched, as the note is shown', async ({ page }) => {
  test.slow();
  // The renderer's chunks held until released: the note-html module first, any other that shows
  // notes (a separate chunk before app59) kept back for the whole test.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/note-html-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.route(/\/assets\/MarkdownRendered-[^/]+\.js$/, () => new Promise(() => {}));
  await writeNote(page, NOTE);
  const list = page.getByRole('tabpanel').getByRole('list', { name: 'Annotations' });
  // Still loading: shown as typed, searched as typed, marked where it matched.
  await expect(list.getByText(NOTE)).toBeVisible();
  await search(page, '**at length**');
  await expect(count(page)).toHaveText('1 of 1 note');
  await expect.poll(() => marked(page)).toBe('**at length**');
  // The chunk arrives: the note is shown rendered, and the search reads what it shows.
  release();
  await expect(count(page)).toHaveText('No notes match.');
  await search(page, 'spoke at length');
  await expect(count(page)).toHaveText('1 of 1 note');
  await expect.poll(() => marked(page)).toBe('spoke at length');
  await expect(list.locator('strong', { hasText: 'at length' })).toBeVisible();
});

test('a note renderer that fails to load is said so, and the notes are shown and searched as typed', async ({
  page,
}, testInfo) => {
  test.slow();
  await page.route(/\/assets\/note-html-[^/]+\.js$/, (route) => route.abort('connectionfailed'));
  await writeNote(page, NOTE);
  const panel = page.getByRole('tabpanel');
  const list = panel.getByRole('list', { name: 'Annotations' });
  const alert = panel.getByRole('alert').filter({ hasText: 'the Markdown renderer did not load' });
  await expect(alert).toBeVisible();
  await expect(list.getByText(NOTE)).toBeVisible();
  // Searched as it is shown: as typed, and marked where it matched.
  await search(page, '**at length**');
  await expect(count(page)).toHaveText('1 of 1 note');
  await expect.poll(() => marked(page)).toBe('**at length**');
  await page.screenshot({ path: testInfo.outputPath('renderer-failed.png') });
  // Once said, it stays said: the search goes on reading the notes as they are shown.
  await search(page, 'spoke at length');
  await expect(count(page)).toHaveText('No notes match.');
  await expect(alert).toBeVisible();
});
