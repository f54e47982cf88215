import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, selectWithMouse } from './support/app';
import { capture, phraseBox, pixelDifference, type Box } from './support/pixels';

/**
 * Every layer a reader can see is proven on screen, not only registered in `CSS.highlights`: the
 * box of a marked passage is captured with its layer on and off, and the two must differ in a real
 * share of their pixels, in both themes. (The shared layer has its own test in shared-view.spec.ts.)
 */
const VISIBLE = 0.1;

/** The first range a highlight layer paints, scrolled on screen, as a box. */
async function firstPainted(page: Page, highlight: string): Promise<{ box: Box; text: string }> {
  await expect.poll(() => page.evaluate((h) => CSS.highlights.get(h)?.size ?? 0, highlight)).toBeGreaterThan(0);
  return page.evaluate(async (h) => {
    const range = [...(CSS.highlights.get(h) as Highlight)][0] as Range;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const r = range.getClientRects()[0];
    const box = {
      x: Math.round(r.left),
      y: Math.round(r.top),
      width: Math.round(r.width),
      height: Math.round(r.height),
    };
    return { box, text: range.toString() };
  }, highlight);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [label, highlight] of [
      ['People', 'mg-person'],
      ['Places', 'mg-place'],
      ['Organizations', 'mg-organization'],
      ['Claims', 'mg-claim'],
    ] as const) {
      test(`the ${label} layer is visible on screen, and gone when toggled off`, async ({ page }) => {
        await openAnalysed(page);
        const { box, text } = await firstPainted(page, highlight);
        expect(text.length).toBeGreaterThan(1);
        const on = await capture(page, box);
        const toggle = page.getByRole('button', { name: new RegExp(`^${label}`) });
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-pressed', 'false');
        const off = await capture(page, box);
        expect(await pixelDifference(page, on, off), `${label} on "${text}"`).toBeGreaterThan(VISIBLE);
      });
    }

    test('an own highlight is visible on screen', async ({ page }) => {
      await openAnalysed(page);
      const phrase = 'end-of-year news conference';
      const box = await phraseBox(page, phrase);
      const before = await capture(page, box);
      await selectWithMouse(page, phrase);
      await page
        .getByRole('toolbar', { name: 'Annotate selection' })
        .getByRole('button', { name: 'Highlight: important (yellow)' })
        .click();
      // The selection itself paints too: clear it, so only the highlight is measured.
      await page.evaluate(() => window.getSelection()?.removeAllRanges());
      await page.keyboard.press('Escape');
      const after = await capture(page, await phraseBox(page, phrase));
      expect(await pixelDifference(page, before, after)).toBeGreaterThan(VISIBLE);
    });
  });
}
