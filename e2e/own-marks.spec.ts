/**
 * The reader's own marks on a channel of their own (a bar in the margin, verdict badges with a
 * glyph and a word) and the claim card with the verdict first. At 1440 and 390 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, selectWithMouse } from './support/app';
import { twoFrames } from './support/frames';

/** A screenshot of the margin just left of the paragraph holding `phrase`. */
async function marginOf(page: Page, phrase: string): Promise<Buffer> {
  const p = page.locator('.article-body p', { hasText: phrase }).first();
  await p.scrollIntoViewIfNeeded();
  const box = (await p.boundingBox())!;
  await twoFrames(page);
  return page.screenshot({ clip: { x: box.x - 14, y: box.y, width: 12, height: Math.min(box.height, 40) } });
}

async function giveVerdict(page: Page, quote: RegExp, verdict: string) {
  await page.getByRole('tab', { name: /^Claims/ }).click();
  await page.getByRole('tabpanel').getByRole('button', { name: quote }).click();
  const card = page.getByRole('region', { name: /^Claim by/ });
  await card.getByRole('combobox', { name: 'Your verdict' }).selectOption(verdict);
  await card.getByRole('button', { name: 'Save verdict' }).click();
  return card;
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test('a verdict shows as a badge in the card, the Claims panel and the text; the card puts it first', async ({
      page,
    }) => {
      await openAnalysed(page);
      const card = await giveVerdict(page, /There is no chance/, 'false');
      await expect(card.getByText('Your verdict: False')).toBeVisible();
      // Verdict controls come before the claim's details, and the other claims are folded away.
      const order = await card.evaluate((el) => {
        const verdict = el.querySelector('select')!;
        const details = el.querySelector('dl')!;
        return !!(verdict.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(order).toBe(true);
      await expect(card.locator('details.other-claims')).not.toHaveAttribute('open');
      await expect(card.getByRole('link', { name: /was ready to work with/ })).toHaveCount(0);
      const box = (await card.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(viewport.height);

      await card.getByRole('button', { name: 'Close card' }).click();
      const paragraph = page.locator('.article-body p', { hasText: 'There is no chance of shooting down' });
      await expect.poll(() => paragraph.evaluate((p) => getComputedStyle(p, '::after').content)).toBe('"✗ False"');
      await page.getByRole('tab', { name: /^Claims/ }).click();
      await expect(page.getByRole('tabpanel').getByRole('button', { name: /There is no chance/ })).toContainText(
        '✗ Your verdict: False',
      );
    });
  });
}

test('an own highlight draws a bar in the margin, which no analysis layer does', async ({ page }) => {
  await openAnalysed(page);
  const before = await marginOf(page, 'marathon session');
  const untouched = await marginOf(page, 'There is no chance of shooting down');
  await selectWithMouse(page, 'marathon session');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' })
    .click();
  await expect.poll(async () => (await marginOf(page, 'marathon session')).equals(before)).toBe(false);
  // A paragraph with findings but no mark of the reader's keeps a blank margin.
  expect((await marginOf(page, 'There is no chance of shooting down')).equals(untouched)).toBe(true);
  // The reader's mark is also told apart without colour: the bar (a border image drawn in the
  // margin, own-marks.css) is in the reader's ink.
  const paragraph = page.locator('.article-body p', { hasText: 'marathon session' }).first();
  const bar = () => paragraph.evaluate((p) => getComputedStyle(p).borderImageSource);
  const ink = await paragraph.evaluate((p) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--user-line)';
    p.closest('.article-root')!.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  expect(await bar()).toContain(ink);
  // Undoing the highlight takes its bar away again, and only its own.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(bar).toBe('none');
});
