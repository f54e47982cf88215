/**
 * Notes search matches a note as the reader sees it (app58): it matched the note's Markdown source
 * and marked its shown text, so a search for a link's address or for "**at length**" found the
 * note and marked nothing, and "spoke at length" (shown so, typed so) found nothing. The note
 * typed into a highlight's card as a person types it; the search typed by keys, at 1440 and 390 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { writeNote } from './support/notes';

const NOTE = 'Putin spoke **at length** — see [the transcript](https://example.org/kremlin-record)';

/** The words marked in the Notes panel, in order. */
const marked = (page: Page) => page.getByRole('tabpanel').locator('mark').allInnerTexts();

for (const width of [1440, 390]) {
  test(`“Search notes” finds a note by the words it shows and marks them, at ${width} px`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
    await writeNote(page, NOTE);
    const panel = page.getByRole('tabpanel');
    const list = panel.getByRole('list', { name: 'Annotations' });
    // The note shows its words: bold, and a link named "the transcript".
    await expect(list.locator('strong', { hasText: 'at length' })).toBeVisible();
    await expect(list.getByRole('link', { name: 'the transcript' })).toBeVisible();
    const box = panel.getByRole('searchbox', { name: 'Search notes' });
    await box.click();

    // Words shown across the bold's edge are found, and marked on both sides of it.
    await page.keyboard.type('spoke at length');
    await expect(panel.getByRole('status').filter({ hasText: /of 1 note/ })).toHaveText('1 of 1 note');
    await expect.poll(async () => (await marked(page)).join('')).toBe('spoke at length');
    await expect(list.locator('strong mark')).toHaveText('at length');
    await page.screenshot({ path: testInfo.outputPath(`notes-shown-${width}.png`) });

    // The link's words are found and marked; its address, which is not on screen, finds nothing.
    await page.keyboard.press('Escape');
    await page.keyboard.type('the transcript');
    await expect.poll(() => marked(page)).toEqual(['the transcript']);
    await expect(list.getByRole('link', { name: 'the transcript' }).locator('mark')).toHaveText('the transcript');
    await page.keyboard.press('Escape');
    await page.keyboard.type('example.org');
    await expect(panel.getByText('No notes match.')).toBeVisible();
    await expect.poll(() => marked(page)).toEqual([]);
    // Nor does the Markdown's own markup.
    await box.fill('**at length**');
    await expect(panel.getByText('No notes match.')).toBeVisible();
    await box.fill('at length');
    await expect.poll(() => marked(page)).toEqual(['at length']);
  });
}
