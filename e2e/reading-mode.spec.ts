/**
 * Reading mode and analysis mode: one key and one button, remembered. Reading mode keeps the
 * reader's own marks as they are and leaves only a trace of the analysis: the fills go, and the
 * text looks as it does with those layers off, underlines and cues aside. Checked on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { phraseRects } from './support/phrase';
import { twoFrames } from './support/frames';

/** A screenshot of the text of `phrase`, as the reader sees it. */
async function lookOf(page: Page, phrase: string): Promise<Buffer> {
  // Centred first, so every look is taken at the same place on screen, clear of anything floating.
  const [b] = await phraseRects(page, phrase, { scroll: 'center' });
  const clip = { x: Math.floor(b.left), y: Math.floor(b.top), width: Math.ceil(b.width), height: Math.ceil(b.height) };
  await twoFrames(page);
  return page.screenshot({ clip });
}

test('m and the button switch modes; reading mode drops the analysis fills, keeps own marks, and is remembered', async ({
  page,
}) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' })
    .click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
  await page.locator('.article-body').focus();
  const claimText = 'air-defence systems are incapable';
  const name = 'Donald Trump';
  await page.locator('.article-body p', { hasText: claimText }).scrollIntoViewIfNeeded();
  const analysisName = await lookOf(page, name);
  const analysisOwn = await lookOf(page, 'marathon session');

  const button = page.getByRole('button', { name: 'Reading mode' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('m');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  // A name loses its fill.
  await expect.poll(async () => (await lookOf(page, name)).equals(analysisName)).toBe(false);
  const readingClaim = await lookOf(page, claimText);
  // The claim's content looks as it does with the claims layer off: no fill at all.
  await page.keyboard.press('4');
  await expect(page.getByRole('button', { name: /^Claims/ })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await lookOf(page, claimText)).equals(readingClaim)).toBe(true);
  await page.keyboard.press('4');
  // The reader's own highlight is exactly as it was.
  await expect.poll(async () => (await lookOf(page, 'marathon session')).equals(analysisOwn)).toBe(true);
  // The analysis is still there, as a trace: names and cues stay registered and underlined.
  expect(await painted(page, 'mg-person')).toContain('Putin');
  expect(await painted(page, 'mg-claim-cue')).toContain('claimed');

  await page.reload();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await lookOf(page, name)).equals(analysisName)).toBe(true);
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the mode switch is in the Layers menu', async ({ page }) => {
    await openAnalysed(page);
    await page.getByRole('button', { name: 'Layers' }).tap();
    const button = page.getByRole('button', { name: 'Reading mode' });
    await expect(button).toBeInViewport({ ratio: 1 });
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const fill = await page
      .locator('.workspace')
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--layer-person-bg').trim());
    expect(fill).toBe('transparent');
  });
});
