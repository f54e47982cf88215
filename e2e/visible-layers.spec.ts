import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { firstPaintedInView } from './support/highlights';
import { capture, phraseBox, pixelDifference, type Box } from './support/pixels';
import { twoFrames } from './support/frames';

/**
 * Every layer a reader can see is proven on screen, not only registered in `CSS.highlights`: the
 * box of a marked passage is captured with its layer on and off, and the two must differ in a real
 * share of their pixels, in both themes. (The shared layer has its own test in shared-view.spec.ts.)
 *
 * Claims show as their speaker and cue; a claim's words are tinted only while it is pointed at,
 * under the keyboard cursor or open in its card, unless the reader asks for every claim tinted.
 */
const VISIBLE = 0.1;
/** Two captures of the same unchanged box differ in (almost) no pixels. */
const UNCHANGED = 0.01;
/** Words of a claim's content in the default article, and its cue. */
const CLAIM_WORDS = 'air-defence systems are incapable';
const CLAIM_CUE = 'claimed';

/** Pointer somewhere with no finding under it (the page header). */
async function pointAway(page: Page) {
  await page.mouse.move(5, 5);
}

/** The centre of a phrase's first line box (the phrase scrolled on screen). */
async function centreOf(page: Page, phrase: string) {
  const box = await phraseBox(page, phrase);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** The first range a highlight layer paints, scrolled on screen, as a box. */
async function firstPainted(page: Page, highlight: string): Promise<{ box: Box; text: string }> {
  await expect.poll(() => page.evaluate((h) => CSS.highlights.get(h)?.size ?? 0, highlight)).toBeGreaterThan(0);
  return (await firstPaintedInView(page, highlight))!;
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [label, highlight] of [
      ['People', 'mg-person'],
      ['Places', 'mg-place'],
      ['Organizations', 'mg-organization'],
      ['Claims', 'mg-claim-speaker'],
      ['Claims', 'mg-claim-cue'],
    ] as const) {
      test(`the ${label} layer (${highlight}) is visible on screen, and gone when toggled off`, async ({ page }) => {
        await openAnalysed(page);
        const painted = await firstPainted(page, highlight);
        const { text } = painted;
        // An underline is drawn just below the glyphs' box: take the line's full height.
        const box = { ...painted.box, height: painted.box.height + 8 };
        expect(text.length).toBeGreaterThan(1);
        const on = await capture(page, box);
        const toggle = page.getByRole('button', { name: new RegExp(`^${label}`) });
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-pressed', 'false');
        const off = await capture(page, box);
        expect(await pixelDifference(page, on, off), `${label} on "${text}"`).toBeGreaterThan(VISIBLE);
      });
    }

    test('a claim shows as speaker and cue; its words are tinted while pointed at, and not otherwise', async ({
      page,
    }) => {
      await openAnalysed(page);
      await pointAway(page);
      expect(await painted(page, 'mg-claim')).toEqual([]);
      const { x, y, box } = await centreOf(page, CLAIM_WORDS);
      const rest = await capture(page, box);
      await page.mouse.move(x, y);
      await expect.poll(() => painted(page, 'mg-claim')).toHaveLength(1);
      expect((await painted(page, 'mg-claim'))[0]).toContain(CLAIM_WORDS);
      const pointed = await capture(page, box);
      expect(await pixelDifference(page, rest, pointed), 'tint while pointed at').toBeGreaterThan(VISIBLE);
      // Pointing at the claim's cue tints the claim too; pointing away takes the tint off.
      const cue = await centreOf(page, CLAIM_CUE);
      await pointAway(page);
      await page.mouse.move(cue.x, cue.y);
      await expect.poll(() => painted(page, 'mg-claim')).toHaveLength(1);
      await pointAway(page);
      await expect.poll(() => painted(page, 'mg-claim')).toEqual([]);
      // The preview card may have covered part of the box for a moment: wait for it to go.
      await expect(page.locator('.card-preview')).toHaveCount(0);
      expect(await pixelDifference(page, rest, await capture(page, box))).toBeLessThan(UNCHANGED);
    });

    test('the keyboard cursor on a claim and an open card tint it; Escape and moving on take it off', async ({
      page,
    }) => {
      await openAnalysed(page);
      await pointAway(page);
      await page.locator('.article-root').focus();
      await page.keyboard.press('c');
      await expect.poll(async () => (await painted(page, 'mg-claim')).length).toBe(1);
      const [first] = await painted(page, 'mg-claim');
      await page.keyboard.press('Enter');
      const card = page.getByRole('region', { name: /^Claim/ });
      await expect(card).toBeVisible();
      expect(await painted(page, 'mg-claim')).toEqual([first]);
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      await page.keyboard.press('c');
      await expect.poll(async () => (await painted(page, 'mg-claim'))[0]).not.toBe(first);
      expect(await painted(page, 'mg-claim')).toHaveLength(1);
    });

    test('at most a tenth of the article is filled by claims by default (issue 11 saw half)', async ({ page }) => {
      await openAnalysed(page);
      await pointAway(page);
      const chars = async (name: string) => (await painted(page, name)).join('').length;
      const total = await page.evaluate(() => document.querySelector('.article-body')!.textContent!.length);
      const share = ((await chars('mg-claim')) + (await chars('mg-claim-speaker'))) / total;
      expect(share).toBeLessThan(0.1);
    });

    test('"Tint every claim’s words" tints them all without pointing, is remembered, and yields to reading mode', async ({
      page,
    }) => {
      await openAnalysed(page);
      await pointAway(page);
      const { box } = await centreOf(page, CLAIM_WORDS);
      const rest = await capture(page, box);
      await page.getByRole('button', { name: 'Text size and line width' }).click();
      const all = page.getByRole('checkbox', { name: 'Tint every claim’s words' });
      await expect(all).not.toBeChecked();
      await all.check();
      await page.keyboard.press('Escape');
      const claims = Number((await page.getByRole('tab', { name: /^Claims/ }).textContent())!.match(/\d+/)![0]);
      await expect.poll(async () => (await painted(page, 'mg-claim')).length).toBe(claims);
      const tinted = await capture(page, await phraseBox(page, CLAIM_WORDS));
      expect(await pixelDifference(page, rest, tinted)).toBeGreaterThan(VISIBLE);

      await page.reload();
      await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
      await expect.poll(async () => (await painted(page, 'mg-claim')).length).toBe(claims);
      await page.getByRole('button', { name: 'Text size and line width' }).click();
      await expect(page.getByRole('checkbox', { name: 'Tint every claim’s words' })).toBeChecked();
      await page.keyboard.press('Escape');
      // Reading mode is a trace of the analysis: no claim is tinted until the reader points at it.
      await page.locator('.article-root').focus();
      await page.keyboard.press('m');
      await expect.poll(() => painted(page, 'mg-claim')).toEqual([]);
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

      test('a tap on a claim opens its card and tints its words', async ({ page }) => {
        await openAnalysed(page);
        await page.evaluate((phrase) => {
          const p = [...document.querySelectorAll('.article-body p')].find((el) => el.textContent!.includes(phrase))!;
          p.scrollIntoView({ block: 'start' });
          window.scrollBy(0, -120);
        }, CLAIM_WORDS);
        await twoFrames(page);
        const { x, y, box } = await centreOf(page, CLAIM_WORDS);
        expect(await painted(page, 'mg-claim')).toEqual([]);
        const rest = await capture(page, box);
        await page.touchscreen.tap(x, y);
        const card = page.getByRole('region', { name: /^Claim/ });
        await expect(card).toBeVisible();
        await expect.poll(async () => (await painted(page, 'mg-claim')).join()).toContain(CLAIM_WORDS);
        const open = await capture(page, box);
        expect(await pixelDifference(page, rest, open), 'tint with the card open').toBeGreaterThan(VISIBLE);
        await card.getByRole('button', { name: 'Close card' }).tap();
        await expect(card).toBeHidden();
      });
    });

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
