/**
 * On a phone the find field has room for what a reader types: a name of 15–20 characters is seen
 * whole, not scrolled under its own left edge, while the count and the previous / next / close
 * buttons stay beside it, uncovered and pressable. At 360 px the field was about 100 px wide.
 */
import { expect, test, type Locator } from '@playwright/test';
import { openAnalysed } from './support/app';
import { capture, pixelDifference } from './support/pixels';

/** Whether the field shows all its text: the text's width against the field's text box. */
const showsWholeText = (field: Locator) =>
  field.evaluate((el: HTMLInputElement) => {
    const s = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    return { text: ctx.measureText(el.value).width, room };
  });

/** Whether the middle of `target` is `target` itself (or inside it), not something drawn over it. */
const uncovered = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!top && (el === top || el.contains(top));
  });

const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const width of [360, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 760 }, hasTouch: true, isMobile: true, colorScheme });

      test('a name typed into find is seen whole, beside its count and buttons', async ({ page }) => {
        test.slow();
        await openAnalysed(page);
        await page.getByRole('button', { name: 'Got it' }).tap();
        await page.getByRole('button', { name: 'Tools' }).tap();
        await page.getByRole('button', { name: 'Find', exact: true }).tap();
        const bar = page.getByRole('search', { name: 'Find in article' });
        const field = bar.getByRole('searchbox', { name: 'Find in article' });
        const count = bar.getByRole('status');
        await expect(field).toBeFocused();

        // A name in the article, then a 20-character one that is not (the longest count: "No matches").
        for (const [name, said] of [
          ['Volodymyr Zelensky', /^\d+ of \d+$/],
          ['Kyrylo Budanov-Horak', /^No matches$/],
        ] as const) {
          await field.fill('');
          await page.keyboard.type(name);
          await expect(count).toHaveText(said);
          const { text, room } = await showsWholeText(field);
          expect(text, `"${name}" fits the field (${Math.round(room)} px of room)`).toBeLessThanOrEqual(room);
          await page.screenshot({ path: test.info().outputPath(`find-${width}-${colorScheme}-${name.length}.png`) });

          // Everything in the bar on the screen, side by side, none over another.
          const controls = [
            field,
            count,
            bar.getByRole('button', { name: 'Previous match' }),
            bar.getByRole('button', { name: 'Next match' }),
            bar.getByRole('button', { name: 'Close find' }),
          ];
          const boxes = [];
          for (const c of controls) {
            await expect(c).toBeInViewport({ ratio: 1 });
            boxes.push((await c.boundingBox())!);
          }
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(overlap(boxes[i], boxes[j]), `controls ${i} and ${j}`).toBe(false);
          for (const c of controls.slice(2)) expect(await uncovered(c)).toBe(true);
          // The buttons stay big enough to press with a finger.
          for (const b of boxes.slice(2)) expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(36);
        }
        // And they work: the next match (counted from where the reader is), then closing.
        await field.fill('Putin');
        await expect(count).toHaveText(/^\d+ of \d+$/);
        const [at, total] = (await count.textContent())!.split(' of ').map(Number);
        await bar.getByRole('button', { name: 'Next match' }).tap();
        await expect(count).toHaveText(`${at === total ? 1 : at + 1} of ${total}`);
        await bar.getByRole('button', { name: 'Close find' }).tap();
        await expect(bar).toHaveCount(0);
      });
    });
  }
}

test.describe('390 px, the find field', () => {
  test.use({ viewport: { width: 390, height: 760 }, hasTouch: true, isMobile: true });

  // Chromium draws its own clear "×" inside a search field once it holds text; beside the bar's
  // close "×" that made two crosses a finger's width apart, one clearing and one closing.
  test('shows no second cross beside Close find once text is typed', async ({ page }) => {
    await openAnalysed(page);
    await page.getByRole('button', { name: 'Got it' }).tap();
    await page.getByRole('button', { name: 'Tools' }).tap();
    await page.getByRole('button', { name: 'Find', exact: true }).tap();
    const field = page
      .getByRole('search', { name: 'Find in article' })
      .getByRole('searchbox', { name: 'Find in article' });
    await expect(field).toBeFocused();
    // The field's right end, inside its border, where a short word never reaches; measured each
    // time, as finding the word scrolls the article and the bar sticks to the top.
    const fieldEnd = async () => {
      const box = (await field.boundingBox())!;
      return {
        x: Math.round(box.x + box.width - 44),
        y: Math.round(box.y + 4),
        width: 40,
        height: Math.round(box.height - 8),
      };
    };
    const empty = await capture(page, await fieldEnd());
    await page.keyboard.type('Putin');
    await expect(page.getByRole('status').filter({ hasText: /of/ })).toBeVisible();
    const typed = await capture(page, await fieldEnd());
    expect(await pixelDifference(page, empty, typed)).toBeLessThan(0.02);
  });
});
