import { expect, test, type Page } from '@playwright/test';
import { openLongArticle } from './support/long-article';

/** The sentences of one paragraph as the browser's own segmenter finds them, trimmed. */
function sentencesIn(page: Page, paragraph: string): Promise<string[]> {
  return page.evaluate((p) => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    return [...segmenter.segment(p)].map((s) => s.segment.trim()).filter(Boolean);
  }, paragraph);
}

const selected = (page: Page) => page.evaluate(() => getSelection()?.toString().trim() ?? '');

/** The paragraph that holds the start of the selection, by its offset in the text. */
const selectedParagraphStart = (page: Page) =>
  page.evaluate(() => {
    const node = getSelection()?.anchorNode;
    const el = node instanceof Element ? node : node?.parentElement;
    return Number(el?.closest<HTMLElement>('[data-start]')?.dataset.start ?? NaN);
  });

/**
 * Selection by sentence far down a 1 MB article: the reader's sentences are found a paragraph at a
 * time as the selection reaches it (not for the whole article while it opens), so this walks a
 * paragraph's sentences with the keyboard and across into the next one and back, as a person would.
 */
test('selecting by sentence far down a 1 MB article walks its sentences and crosses paragraphs', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const text = await openLongArticle(page, info.outputPath('long-article.txt'));
  const paragraphs = page.locator('.article-body p[data-start]');
  const lastLine = text.trim().split('\n').pop()!;
  await expect(paragraphs.last()).toHaveText(lastLine, { timeout: 60_000 });

  // Far down: the paragraph 40 from the end, brought to the middle of the window.
  await paragraphs.nth(-40).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  // Picking the file leaves the focus on the header's "Open file" button: 's' from there moves
  // it into the article, so the arrows step the selection.
  await expect(page.getByRole('button', { name: 'Open file' })).toBeFocused();
  await page.keyboard.press('s');
  await expect.poll(() => selected(page)).not.toBe('');

  const start = await selectedParagraphStart(page);
  expect(start).toBeGreaterThan(900_000);
  const end = text.indexOf('\n', start);
  const here = await sentencesIn(page, text.slice(start, end));
  const first = await selected(page);
  const at = here.indexOf(first);
  expect(at, `“${first}” is a sentence of its paragraph`).toBeGreaterThanOrEqual(0);

  // Down through the rest of the paragraph, then into the next one.
  for (let i = at + 1; i < here.length; i++) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selected(page)).toBe(here[i]);
  }
  const nextStart = end + 2;
  const next = await sentencesIn(page, text.slice(nextStart, text.indexOf('\n', nextStart)));
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => selected(page)).toBe(next[0]);
  expect(await selectedParagraphStart(page)).toBe(nextStart);

  // Back up into the paragraph before, and Shift+Down extends across the break again.
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => selected(page)).toBe(here[here.length - 1]);
  await page.keyboard.press('Shift+ArrowDown');
  const across = await selected(page);
  expect(across.startsWith(here[here.length - 1])).toBe(true);
  expect(across.endsWith(next[0])).toBe(true);
  expect(across.slice(here[here.length - 1].length, -next[0].length).trim()).toBe('');
  await page.keyboard.press('Escape');
  await expect.poll(() => selected(page)).toBe('');
});
