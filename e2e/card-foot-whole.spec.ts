/**
 * A highlight's card opened low on a 1440 × 900 window (app57, app58, app59): the card fitted on
 * neither side of its line and was squeezed by a little under its last row, which it then scrolled
 * inside, so "Copy citation as Markdown" and "Delete" showed cut in half at the window's foot.
 * Squeezed by more than its own bottom padding, the card now scrolls the page just enough to open
 * whole on the side with more room: here below its line (down); a claim low on the window scrolls
 * up instead and keeps its card above its line (claim-card.spec.ts, place-card.test.ts).
 * The highlight made and clicked with the mouse, its last row reached by Tab.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, selectWithMouse } from './support/app';
import { cardButtonWhole as wholeAt, highlightCard as card } from './support/card-whole';
import { twoFrames as frames } from './support/frames';
import { phraseRects } from './support/phrase';

const PHRASE = 'the art of compromise';
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

/** The phrase's line moved to `y` px from the window's top, then its highlight clicked. */
async function openAt(page: Page, y: number) {
  const [at] = await phraseRects(page, PHRASE);
  await page.evaluate((by) => window.scrollBy({ top: by, behavior: 'instant' }), at.top - y);
  await frames(page);
  const [r] = await phraseRects(page, PHRASE, { part: [4, 6] });
  await page.mouse.click(r.left + 2, r.top + r.height / 2);
  await expect(card(page).getByRole('heading', { level: 3 })).toBeFocused();
  await frames(page);
}

test.use({ viewport: { width: 1440, height: 900 } });

test('a highlight’s card opened low on a 1440 × 900 window shows its last row whole', async ({ page }, testInfo) => {
  test.slow();
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).click();
  await selectWithMouse(page, PHRASE);
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect(toolbar(page)).toBeHidden();

  // Opened high, the card fits below its line: how far below, and how tall it is.
  await openAt(page, 150);
  const [line] = await phraseRects(page, PHRASE);
  const box = (await card(page).boundingBox())!;
  const height = await card(page).evaluate((el: HTMLElement) => el.scrollHeight + el.offsetHeight - el.clientHeight);
  expect(box.height).toBeGreaterThanOrEqual(height - 1);
  const below = box.y - line.top;
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();

  // Opened where the room below it is 18 px short of the card (and the room above is shorter still).
  const y = Math.round(900 - 8 - (height - 18) - below);
  await openAt(page, y);
  for (const name of ['Copy as citation', 'Copy citation as Markdown', 'Delete'])
    await expect.poll(() => wholeAt(page, name), { message: name }).toBe('whole');
  await page.screenshot({ path: testInfo.outputPath('card-foot-1440.png') });
  // Its line is still in sight above it.
  const [after] = await phraseRects(page, PHRASE);
  expect(after.top).toBeGreaterThan(0);
  expect(after.bottom).toBeLessThanOrEqual((await card(page).boundingBox())!.y);
  // By keys: Tab reaches Delete, whole where it is.
  const del = card(page).getByRole('button', { name: 'Delete', exact: true });
  for (let i = 0; i < 20 && !(await del.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(del).toBeFocused();
  await expect.poll(() => wholeAt(page, 'Delete')).toBe('whole');
});
