/**
 * A highlight made with the mouse does not take a quotation mark that is not its own (review of
 * app45): a drag that ends on the last word of a quoted heading snapped out over its closing ’
 * (a word character, as in don’t), and a drag that starts on an opening “ kept it. A drag over a
 * whole quotation keeps its words; a mark whose partner is in the selection stays.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDefaultArticle, painted, pickFile, selectWithMouse } from './support/app';
import { phraseRects } from './support/phrase';

const TEXT = [
  'Harbour plan approved',
  'The council approved the plan for the old harbour on Thursday.',
  '‘A harbour for everyone’',
  'The mayor called the plan “a harbour for everyone” on Friday, and said “no” to a toll.',
].join('\n');

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

/** A mouse drag from the left edge of character `from` of the phrase to the right edge of character `to`. */
async function dragOver(page: Page, phrase: string, from: number, to: number) {
  const [a] = await phraseRects(page, phrase, { scroll: 'center', part: [from, from + 1] });
  const [b] = await phraseRects(page, phrase, { part: [to, to + 1] });
  await page.mouse.move(a.left + 1, a.top + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.left + b.right) / 2, a.top + a.height / 2, { steps: 4 });
  await page.mouse.move(b.right - 1, b.top + b.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''))
    .toBe(phrase.slice(from, to + 1));
}

async function highlight(page: Page, count: number) {
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(count);
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`a mouse selection keeps no quotation mark that is not its own, at ${size.width} px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(size);
    await openDefaultArticle(page);
    await pickFile(page, { name: 'harbour.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
    await expect(page.getByRole('heading', { level: 1, name: 'Harbour plan approved' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '‘A harbour for everyone’' })).toBeVisible();
    const got = page.getByRole('button', { name: 'Got it' });
    if (await got.isVisible()) await got.click();

    // Ending inside the heading's last word: the word is taken whole, its closing ’ is not.
    await selectWithMouse(page, 'harbour for everyone’');
    await highlight(page, 1);
    // Starting on an opening “ whose partner is outside the selection.
    const sentence = 'called the plan “a harbour for everyone” on Friday';
    const open = sentence.indexOf('“');
    await dragOver(page, sentence, open, sentence.indexOf('everyone') + 'everyone'.length - 1);
    await highlight(page, 2);
    // A whole quotation: its words, without the marks.
    const said = 'said “no” to a toll';
    await dragOver(page, said, said.indexOf('“'), said.indexOf('”'));
    await highlight(page, 3);
    // A mark whose partner is in the selection stays.
    await dragOver(page, said, 0, said.indexOf(' to') - 1);
    await highlight(page, 4);

    expect((await painted(page, 'mg-user-yellow')).sort()).toEqual(
      ['harbour for everyone', 'a harbour for everyone', 'no', 'said “no”'].sort(),
    );
  });
}
