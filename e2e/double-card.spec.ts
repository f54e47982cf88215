/**
 * One click on a highlight opens one card: the highlight's (app62's walk found a claim's card
 * opened behind it). The pointer's move to the highlight asks for a preview of the finding under
 * it a frame later; on a loaded machine that frame comes after the press, so the preview, closed by
 * the press, was asked for again and opened the claim's card 250 ms after the highlight's. A hand
 * resting on the highlight after the click (a pixel's move) did the same. Frames are made late
 * here, as share-name-fast.spec.ts does: the fault is injected, not waited for.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDefaultArticle, pickFile, selectWithMouse } from './support/app';
import { highlightCard } from './support/card-whole';
import { twoFrames as frames } from './support/frames';
import { phraseRects } from './support/phrase';

const PHRASE = 'ferry fares were set';
const para = (n: number) =>
  `Paragraph ${n} of the harbour report tells how the council met on the quay and how the ${n === 1 ? PHRASE : 'ferry fares were fixed'} for the winter months, with the fishermen asking for a longer season and the mayor promising an answer by spring.`;
/** Each paragraph's sentence is read as a claim ("…the harbour report tells how…"). */
const ARTICLE = `# Harbour fares\n\n${[0, 1, 2, 3].map(para).join('\n\n')}`;
const claimCards = (page: Page) => page.getByRole('region', { name: /^Claim/ });

/** Long enough for a preview asked for by the last move (250 ms after a late frame) to be open. */
async function pastPreview(page: Page) {
  await frames(page);
  await page.waitForTimeout(700);
}

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`${width} px: one click on a highlight over a claim’s words opens the highlight’s card alone, on a slow machine too`, async ({
    page,
  }, testInfo) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await openDefaultArticle(page);
    await pickFile(page, { name: 'harbour-fares.md', mimeType: 'text/markdown', buffer: Buffer.from(ARTICLE) });
    await expect(page.getByRole('heading', { level: 1, name: 'Harbour fares' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('tab', { name: /Claims \([1-9]\d*\)/ })).toBeAttached({ timeout: 30_000 });
    const gotIt = page.getByRole('button', { name: 'Got it' });
    if (await gotIt.isVisible()) await gotIt.click();

    // The phrase lies in a claim's words: pointing at it previews the claim's card.
    const [p] = await phraseRects(page, PHRASE, { scroll: 'center', part: [5, 6] });
    await page.mouse.move(p.left, p.top + p.height / 2);
    await expect(claimCards(page)).toBeVisible();
    await page.mouse.move(2, height / 2);
    await expect(claimCards(page)).toHaveCount(0);

    await selectWithMouse(page, PHRASE);
    await page
      .getByRole('toolbar', { name: 'Annotate selection' })
      .getByRole('button', { name: 'Highlight: important (yellow)' })
      .click();
    await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeHidden();
    await page.mouse.move(2, height / 2);
    await pastPreview(page);
    await expect(claimCards(page)).toHaveCount(0);

    // Every frame from now on comes 400 ms late, as on a loaded machine.
    await page.evaluate(() => {
      const next = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => window.setTimeout(() => next(cb), 400);
    });
    const [r] = await phraseRects(page, PHRASE, { part: [5, 6] });
    const at = { x: r.left, y: r.top + r.height / 2 };
    await page.mouse.click(at.x, at.y);
    await expect(highlightCard(page)).toBeVisible();
    await pastPreview(page);
    await page.screenshot({ path: testInfo.outputPath(`double-card-${width}.png`) });
    await expect(claimCards(page)).toHaveCount(0);

    // The hand resting on the highlight moves a pixel: still the one card.
    await page.mouse.move(at.x + 1, at.y);
    await pastPreview(page);
    await expect(claimCards(page)).toHaveCount(0);
    await expect(highlightCard(page)).toBeVisible();
  });
}
