/**
 * A highlight keeps a straight apostrophe that is the text's own (app57): "'til dawn" was cut to
 * "til dawn" (the ' read as a quotation opened and never closed), and a plural's "Joneses'" or
 * "Jones'" lost its mark when a clipped word before it on the line had been read as an opening
 * quotation. Quotation marks round a selection still go. With the mouse and with keys only, at
 * 1440 and 390 px, checked on what the highlight layer paints.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDefaultArticle, painted, pickFile, selectWithMouse } from './support/app';

const TEXT = [
  'Night shift at the bakery',
  "'Til dawn, the ovens never cool.",
  "The bakers worked 'til dawn, and the Joneses' dog slept by the door.",
  "'Til then, Jones' car stays by the back gate.",
  "The manager called the old van 'a wreck' on Friday.",
].join('\n');

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`a highlight keeps the apostrophes of 'til and Jones', and drops quotation marks, at ${size.width} px`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize(size);
    await openDefaultArticle(page);
    await pickFile(page, { name: 'bakery.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
    await expect(page.getByRole('heading', { level: 1, name: 'Night shift at the bakery' })).toBeVisible();
    const got = page.getByRole('button', { name: 'Got it' });
    if (await got.isVisible()) await got.click();

    // With keys only: s selects the headline, ↓ the next sentence, which opens with a clipped word.
    await page.locator('.article-body').focus();
    await page.keyboard.press('s');
    await expect.poll(() => page.evaluate(() => getSelection()?.toString() ?? '')).toBe('Night shift at the bakery');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => getSelection()?.toString() ?? ''))
      .toBe("'Til dawn, the ovens never cool.");
    await page.keyboard.press('Enter');
    const yellow = toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' });
    await expect(yellow).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(["'Til dawn, the ovens never cool."]);

    // With the mouse: a drag inside each word takes it whole, its own apostrophe with it.
    const made: string[] = [];
    for (const [drag, kept] of [
      ['til dawn', "'til dawn"],
      ['the Joneses', "the Joneses'"],
      ['then, Jones', "then, Jones'"],
      // A quotation's closing mark is still not the passage's.
      ['wreck', 'wreck'],
    ]) {
      await selectWithMouse(page, drag);
      await toolbar(page).getByRole('button', { name: 'Highlight: agree (green)' }).click();
      made.push(kept);
      await expect.poll(async () => (await painted(page, 'mg-user-green')).sort()).toEqual([...made].sort());
    }
  });
}
