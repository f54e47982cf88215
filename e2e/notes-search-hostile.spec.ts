/**
 * Notes holding hostile markup, found with "Search notes" (app57): the words found are marked in
 * each entry (its passage, tags and note) as find marks the article, and the note's markup stays
 * the text it is: no element is injected (no <img>, <script>, javascript: link) and nothing runs.
 * Notes typed into a highlight's card as a person types them; the search by mouse and keys, at
 * 1440 and 390 px (where the panel is a sheet).
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

const IMG = '<img src=x onerror="window.__ran=1;alert(1)"> Check the onerror claim';
const SCRIPT = '[the source](javascript:window.__ran=3) and <script>window.__ran=2;alert(2)</script>';

/** Highlights `phrase` with a note typed into its card, and a tag. */
async function noteOn(page: Page, phrase: string, note: string, tag: string, count: number) {
  await selectWithMouse(page, phrase);
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  const card = page.getByRole('region', { name: /^Your highlight/ });
  const box = card.getByRole('textbox', { name: 'Note (Markdown)' });
  await expect(box).toBeFocused();
  await page.keyboard.type(note);
  await card.getByRole('button', { name: 'Save note' }).click();
  await card.getByRole('combobox', { name: 'Tags' }).fill(tag);
  await page.keyboard.press('Enter');
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText(`#${tag}`);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect.poll(async () => (await painted(page, 'mg-user-yellow')).length).toBe(count);
}

/** The words marked in the Notes panel, in order. */
const marked = (page: Page) => page.getByRole('tabpanel').locator('mark').allInnerTexts();

/** Elements a note's markup could have injected into the panel. */
const injected = (page: Page) =>
  page
    .getByRole('tabpanel')
    .evaluate((panel) => panel.querySelectorAll('img, script, iframe, [onerror], a[href^="javascript" i]').length);

for (const width of [1440, 390]) {
  test(`hostile markup in notes stays text under “Search notes”, with the match marked, at ${width} px`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openAnalysed(page);
    await page.getByRole('button', { name: 'Got it' }).click();
    await noteOn(page, 'marathon session', IMG, 'onerror-check', 1);
    await noteOn(page, 'hypersonic missile', SCRIPT, 'weapons', 2);

    await page.getByRole('tab', { name: /^Notes \(2\)/ }).click();
    const panel = page.getByRole('tabpanel');
    const box = panel.getByRole('searchbox', { name: 'Search notes' });
    // By mouse: the box clicked, a word of the first note's markup typed.
    await box.click();
    await page.keyboard.type('ONERROR');
    await expect(panel.getByRole('status').filter({ hasText: /of 2 notes/ })).toHaveText('1 of 2 notes');
    const list = panel.getByRole('list', { name: 'Annotations' });
    await expect(list.getByText('<img src=x onerror="window.__ran=1;alert(1)"> Check the onerror claim')).toBeVisible();
    // Found in the markup's text, in the note's words and in the tag, whatever the case typed.
    await expect.poll(() => marked(page)).toEqual(['onerror', 'onerror', 'onerror']);
    const mark = list.locator('mark').first();
    await expect(mark).toBeVisible();
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await injected(page)).toBe(0);
    await page.screenshot({ path: testInfo.outputPath(`hostile-search-${width}.png`) });

    // By keys: Escape empties the box, then the script and the link's words.
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
    await expect.poll(() => marked(page)).toEqual([]);
    await page.keyboard.type('script');
    await expect(list.getByText('the source and <script>window.__ran=2;alert(2)</script>')).toBeVisible();
    await expect.poll(() => marked(page)).toEqual(['script', 'script']);
    await box.fill('the source');
    await expect.poll(() => marked(page)).toEqual(['the source']);
    // The link's words are there, its javascript: address is not.
    const link = list.getByText('the source', { exact: true });
    await expect(link).toBeVisible();
    expect(await link.evaluate((el) => el.closest('a')?.getAttribute('href') ?? null)).toBeNull();
    // A passage's words are marked too.
    await box.fill('missile');
    await expect.poll(() => marked(page)).toEqual(['missile']);

    expect(await injected(page)).toBe(0);
    expect(await page.evaluate(() => (window as { __ran?: number }).__ran ?? 0)).toBe(0);
    expect(dialogs).toEqual([]);
  });
}
