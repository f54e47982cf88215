/**
 * A highlight's card near the top of a short article (app61's `FitPage.downRoom`). At scroll 0 the
 * card is taller than the room on either side of its line, a little more room above; app60 flipped
 * it below and scrolled the page down, but a short article cannot scroll that far, so the card was
 * capped below and showed less of itself than above. It keeps the side that shows more, whole on
 * the screen (its top under the header, its foot above the window's), its line uncovered. At 390 px
 * the card is a sheet at the window's foot: whole on screen, its passage in sight above it.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDefaultArticle, pickFile, selectWithMouse } from './support/app';
import { highlightCard as card } from './support/card-whole';
import { twoFrames as frames } from './support/frames';
import { phraseRects } from './support/phrase';

const PHRASE = 'wall repairs began';
const para = (n: number, middle = '') =>
  `Paragraph ${n} of the harbour report tells how the council met on the quay and how the ferry fares were set for the winter months, ${middle}with the fishermen asking for a longer season and the mayor promising an answer by spring.`;
/** Four paragraphs: at 1440 × 900 the page scrolls about 15 px, the phrase's line about 550 px down. */
const ARTICLE = `# Harbour wall\n\n${[0, 1, 2, 3].map((n) => para(n, n === 1 ? `the ${PHRASE} in March, ` : '')).join('\n\n')}`;
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`${width} px: on a short article a highlight’s card near the page’s top is whole on screen, its line in sight`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await openDefaultArticle(page);
    await pickFile(page, { name: 'harbour-wall.md', mimeType: 'text/markdown', buffer: Buffer.from(ARTICLE) });
    await expect(page.getByRole('heading', { level: 1, name: 'Harbour wall' })).toBeVisible({ timeout: 15_000 });
    const gotIt = page.getByRole('button', { name: 'Got it' });
    if (await gotIt.isVisible()) await gotIt.click();
    await selectWithMouse(page, PHRASE);
    await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
    await expect(toolbar(page)).toBeHidden();

    await page.mouse.wheel(0, -5000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await frames(page);
    const downRoom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    const [r] = await phraseRects(page, PHRASE, { part: [6, 8] });
    await page.mouse.click(r.left + 2, r.top + r.height / 2);
    await expect(card(page).getByRole('heading', { level: 3 })).toBeFocused();
    await frames(page);
    await page.screenshot({ path: testInfo.outputPath(`card-short-${width}.png`) });

    const box = (await card(page).boundingBox())!;
    const [line] = await phraseRects(page, PHRASE);
    const headerBottom = await page.evaluate(
      () => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0,
    );
    // Whole on screen: under the header, above the window's foot, and its line not covered.
    expect(box.y).toBeGreaterThanOrEqual(headerBottom);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(line.top).toBeGreaterThanOrEqual(headerBottom);
    expect(box.y >= line.bottom || box.y + box.height <= line.top).toBe(true);
    if (width > 400) {
      // The case: a short page, and a card taller than the room below its line even scrolled to
      // the page's end. It keeps above, where it shows more than below could.
      expect(downRoom).toBeLessThan(100);
      const whole = await card(page).evaluate((el: HTMLElement) => el.scrollHeight + el.offsetHeight - el.clientHeight);
      expect(whole).toBeGreaterThan(height - line.bottom + downRoom);
      expect(box.y + box.height).toBeLessThanOrEqual(line.top);
      expect(box.height).toBeGreaterThan(height - 8 - line.bottom + downRoom);
      // And the page did not scroll down for it: that scroll cannot make it whole below, and takes
      // its room above (app60 scrolled to the page's end, and the card showed that much less).
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
    // Its last row is reached inside the card: Delete, whole when scrolled to.
    const del = card(page).getByRole('button', { name: 'Delete', exact: true });
    await del.scrollIntoViewIfNeeded();
    const d = (await del.boundingBox())!;
    expect(d.y + d.height).toBeLessThanOrEqual(height);
    expect(d.y).toBeGreaterThanOrEqual(headerBottom);
  });
}
