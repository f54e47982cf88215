/**
 * A highlight's card opened near the page's top (app60). At scroll 0 on a 1440 × 900 window the
 * card of a highlight on the first screen's lower half fits on neither side of its line, the room
 * above a little larger: it opened above, capped, and since the page cannot scroll up from its top
 * its last row ("Copy as citation", "Copy citation as Markdown", "Delete") scrolled inside the card,
 * cut. It now scrolls the page down and opens whole below its line. A claim's card keeps above its
 * line there (claim-card.spec.ts); opened low, the highlight's card still opens whole
 * (card-foot-whole.spec.ts). The highlight made and clicked with the mouse, Delete reached by Tab.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, selectWithMouse } from './support/app';
import { cardButtonWhole as wholeAt, highlightCard as card } from './support/card-whole';
import { twoFrames as frames } from './support/frames';
import { phraseRects } from './support/phrase';

// On the first screen's lower half at 1440 × 900: its line about 480 px from the window's top.
const PHRASE = 'the military capabilities';
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

test.use({ viewport: { width: 1440, height: 900 } });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: a highlight’s card opened at the page’s top shows its last row whole`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await openAnalysed(page);
    await page.getByRole('button', { name: 'Got it' }).click();
    await selectWithMouse(page, PHRASE);
    await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
    await expect(toolbar(page)).toBeHidden();

    // Back to the page's top, where the reader clicks the highlight.
    await page.mouse.wheel(0, -5000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await frames(page);
    const [r] = await phraseRects(page, PHRASE, { part: [6, 8] });
    // The case: the card is taller than the room on either side of the line.
    expect(r.top).toBeGreaterThan(400);
    expect(r.top).toBeLessThan(560);
    await page.mouse.click(r.left + 2, r.top + r.height / 2);
    await expect(card(page).getByRole('heading', { level: 3 })).toBeFocused();
    await frames(page);
    const height = await card(page).evaluate((el: HTMLElement) => el.scrollHeight + el.offsetHeight - el.clientHeight);
    expect(height).toBeGreaterThan(900 - r.bottom);
    expect(height).toBeGreaterThan(r.top);

    for (const name of ['Copy as citation', 'Copy citation as Markdown', 'Delete'])
      await expect.poll(() => wholeAt(page, name), { message: name }).toBe('whole');
    await page.screenshot({ path: testInfo.outputPath(`card-top-${colorScheme}.png`) });
    // Its line is still in sight, and the card does not cover it.
    const [line] = await phraseRects(page, PHRASE);
    const box = (await card(page).boundingBox())!;
    expect(line.top).toBeGreaterThan(0);
    expect(box.y >= line.bottom || box.y + box.height <= line.top).toBe(true);
    // By keys: Tab reaches Delete, whole where it is.
    const del = card(page).getByRole('button', { name: 'Delete', exact: true });
    for (let i = 0; i < 20 && !(await del.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(del).toBeFocused();
    await expect.poll(() => wholeAt(page, 'Delete')).toBe('whole');
  });
}
