/**
 * On a phone a card rises from the foot of the screen; the words it is about must stay in sight
 * above it, as a reader of Hypothesis or Readwise Reader on a phone sees the highlight while
 * reading its note. Before, the sheet covered the passage: a claim in the middle of the screen
 * sat under the claim's card, and a note written on a sentence low on the screen hid the sentence.
 * Opened by touch and by keys, at 390 px, light and dark: the passage's painted highlight and the
 * card do not overlap, and both are inside the window. The same for a passage being selected and
 * the toolbar docked at the foot.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed, painted } from './support/app';
import { pressEndUntilAtEnd } from './support/end-key';
import { phraseRects, type Rect } from './support/phrase';
import { twoFrames } from './support/frames';

const WIDTH = 390;
const HEIGHT = 844;

/** The window rectangles of what a highlight layer paints (a StaticRange has no geometry: made a Range). */
function paintedRects(page: Page, layer: string): Promise<Rect[]> {
  return page.evaluate((name) => {
    const out: Rect[] = [];
    for (const r of CSS.highlights.get(name) ?? []) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      for (const b of range.getClientRects())
        if (b.width > 0)
          out.push({ left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height });
    }
    return out;
  }, layer);
}

/**
 * Once the card has settled (it may scroll the page once as it opens): the passage's lines are
 * all above the card, inside the window, and the card is inside the window too. What is wrong, in
 * words, else 'clear'.
 */
async function passageClearOfCard(page: Page, card: Locator, layer: string) {
  await expect
    .poll(async () => {
      const lines = await paintedRects(page, layer);
      const box = await card.boundingBox();
      if (!lines.length) return `nothing painted in ${layer}`;
      if (!box) return 'no card';
      if (box.y < 0 || box.y + box.height > HEIGHT + 0.5 || box.x < -0.5 || box.x + box.width > WIDTH + 0.5)
        return `card outside the window: ${JSON.stringify(box)}`;
      for (const l of lines) {
        if (l.top < 0 || l.bottom > HEIGHT) return `passage line outside the window: top ${l.top}, bottom ${l.bottom}`;
        const overlaps =
          l.bottom > box.y && l.top < box.y + box.height && l.right > box.x && l.left < box.x + box.width;
        if (overlaps) return `passage line (top ${Math.round(l.top)}) under the card (top ${Math.round(box.y)})`;
      }
      return 'clear';
    })
    .toBe('clear');
}

/** The first-run tip put away by touch, the article analysed. */
async function open(page: Page) {
  test.slow();
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).tap();
}

/** A phrase brought low on the screen (where a sheet rises) and selected as a long-press does. */
async function selectLowByTouch(page: Page, phrase: string) {
  await page.getByRole('heading', { level: 1 }).tap();
  const [at] = await phraseRects(page, phrase, { scroll: 'center' });
  await page.evaluate((by) => window.scrollBy(0, by), at.top - HEIGHT * 0.7);
  await twoFrames(page);
  await phraseRects(page, phrase, { select: true });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${WIDTH} px, ${colorScheme}`, () => {
    test.use({ viewport: { width: WIDTH, height: HEIGHT }, hasTouch: true, isMobile: true, colorScheme });

    test('a note card opened by touch leaves its passage in sight above it', async ({ page }) => {
      await open(page);
      await selectLowByTouch(page, 'end-of-year news conference');
      const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
      await toolbar.getByRole('button', { name: 'Note' }).tap();
      const card = page.getByRole('region', { name: /Your highlight/ });
      const note = card.getByRole('textbox', { name: 'Note (Markdown)' });
      await expect(note).toBeFocused();
      await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['end-of-year news conference']);
      await passageClearOfCard(page, card, 'mg-user-yellow');
      await page.screenshot({ path: test.info().outputPath(`note-card-touch-${colorScheme}.png`) });
      // Written and saved where the reader sees both.
      await note.fill('Which conference? Check the transcript.');
      await card.getByRole('button', { name: 'Save note' }).tap();
      await expect(card.getByLabel('Note preview').getByText('Which conference? Check the transcript.')).toBeVisible();
      await passageClearOfCard(page, card, 'mg-user-yellow');
    });

    test('a passage selected by touch at the foot of the screen rises above the toolbar', async ({ page }) => {
      await open(page);
      const phrase = 'hazel tree';
      await page.getByRole('heading', { level: 1 }).tap();
      const [at] = await phraseRects(page, phrase, { scroll: 'center' });
      // Its line 70 px above the window's foot: where the docked toolbar is.
      await page.evaluate((by) => window.scrollBy(0, by), at.bottom - (HEIGHT - 70));
      await twoFrames(page);
      await phraseRects(page, phrase, { select: true });
      const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
      await expect(toolbar).toBeInViewport({ ratio: 1 });
      await expect
        .poll(async () => {
          const [line] = await phraseRects(page, phrase);
          const bar = (await toolbar.boundingBox())!;
          return line.top >= 0 && line.bottom <= bar.y
            ? 'above'
            : `line ${line.top}–${line.bottom}, toolbar at ${bar.y}`;
        })
        .toBe('above');
      await page.screenshot({ path: test.info().outputPath(`selection-over-toolbar-${colorScheme}.png`) });
      await toolbar.getByRole('button', { name: 'Highlight: question (blue)' }).tap();
      await expect.poll(() => painted(page, 'mg-user-blue')).toEqual([phrase]);
    });

    test('a claim card opened by touch from the Claims tab leaves the claim in sight above it', async ({ page }) => {
      await open(page);
      await page.getByRole('tab', { name: /^Claims/ }).tap();
      const claim = page.getByRole('tabpanel').getByRole('button', { name: /There is no chance/ });
      await claim.scrollIntoViewIfNeeded();
      await claim.tap();
      const card = page.getByRole('region', { name: 'Claim by Vladimir Putin' });
      await expect(card.getByRole('heading', { name: 'Claim by Vladimir Putin' })).toBeFocused();
      await expect.poll(() => painted(page, 'mg-cursor')).toEqual([expect.stringContaining('There is no chance')]);
      await passageClearOfCard(page, card, 'mg-cursor');
      await page.screenshot({ path: test.info().outputPath(`claim-card-touch-${colorScheme}.png`) });
      // The verdict is given with the claim in sight.
      await card.getByRole('combobox', { name: 'Your verdict' }).selectOption({ label: 'Disputed' });
      await card.getByRole('button', { name: 'Save verdict' }).tap();
      await passageClearOfCard(page, card, 'mg-cursor');
    });

    test('by keys: a note written at the article’s end, then a claim and a name, each card below its words', async ({
      page,
    }) => {
      await open(page);
      // A sentence at the article's end, where the page cannot scroll it any higher on its own.
      await pressEndUntilAtEnd(page);
      await page.keyboard.press('k');
      await page.keyboard.press('s');
      await expect.poll(() => page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(10);
      await page.keyboard.press('Enter');
      const toolbar = page.getByRole('toolbar', { name: 'Annotate selection' });
      const noteButton = toolbar.getByRole('button', { name: 'Note' });
      await expect(toolbar.getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
      for (let i = 0; i < 8 && !(await noteButton.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const noteCard = page.getByRole('region', { name: /Your highlight/ });
      await expect(noteCard.getByRole('textbox', { name: 'Note (Markdown)' })).toBeFocused();
      await page.keyboard.type('Last words of the piece');
      await passageClearOfCard(page, noteCard, 'mg-user-yellow');
      await page.screenshot({ path: test.info().outputPath(`note-card-keys-${colorScheme}.png`) });
      await page.keyboard.press('Escape');
      await expect(noteCard).toBeHidden();

      // The next claim from the top, its card opened with Enter.
      await page.keyboard.press('Home');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      for (const _ of [1, 2, 3]) await page.keyboard.press('c');
      await page.keyboard.press('Enter');
      const claimCard = page.getByRole('region', { name: /^Claim/ });
      await expect(claimCard.getByRole('heading', { level: 3 })).toBeFocused();
      await passageClearOfCard(page, claimCard, 'mg-cursor');
      await page.screenshot({ path: test.info().outputPath(`claim-card-keys-${colorScheme}.png`) });
      await page.keyboard.press('Escape');
      await expect(claimCard).toBeHidden();

      // A person's card, the same.
      await page.keyboard.press('e');
      await page.keyboard.press('e');
      await page.keyboard.press('Enter');
      const personCard = page.locator('section.finding-card');
      await expect(personCard.getByRole('heading', { level: 3 })).toBeFocused();
      await passageClearOfCard(page, personCard, 'mg-cursor');
    });
  });
}
