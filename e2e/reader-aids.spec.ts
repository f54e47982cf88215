/**
 * The reader's own aids, used as a person would: the shortcuts dialog and button, the first-run
 * hint, find in the article, text size and line width, reading progress, the overview strip,
 * what an undo says, and counts that agree. At the desktop width and at 390 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { pressEndUntilAtEnd } from './support/end-key';
import { firstPaintedBox } from './support/highlights';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

test('the ? dialog lists every key, from selection mode to undo, and opens from a visible button', async ({ page }) => {
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const [key, action] of [
    ['s', /Select by sentence/],
    ['Shift+A', /Previous highlight of yours/],
    ['Ctrl/⌘+Z', /Undo the last change/],
    ['Ctrl/⌘+Shift+Z', /^Redo$/],
    ['Ctrl/⌘+F', /Find in the article/],
  ] as const) {
    const row = dialog.getByRole('row').filter({ has: page.getByRole('cell', { name: action }) });
    await expect(row.getByText(key, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the first-run hint is in view until dismissed, and stays dismissed', async ({ page }) => {
  await openAnalysed(page);
  const hint = page.getByRole('complementary', { name: 'Getting started' });
  await expect(hint).toBeInViewport();
  await hint.getByRole('button', { name: /All shortcuts/ }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await hint.getByRole('button', { name: 'Got it' }).click();
  await expect(hint).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('complementary', { name: 'Getting started' })).toHaveCount(0);
});

test('find in the article: Ctrl+F, a count, next and previous, the match on screen, Esc clears', async ({ page }) => {
  await openAnalysed(page);
  await page.keyboard.press('ControlOrMeta+f');
  const field = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(field).toBeFocused();
  await field.fill('putin');
  const count = page.getByRole('search', { name: 'Find in article' }).getByRole('status');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  await expect.poll(() => painted(page, 'mg-find-current')).toEqual(['Putin']);
  expect((await painted(page, 'mg-find')).length).toBe(total);

  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`3 of ${total}`);
  // The current match is brought on screen, below the sticky header.
  await expect
    .poll(async () => {
      const box = await firstPaintedBox(page, 'mg-find-current');
      return !!box && box.height > 0 && box.top > 60 && box.bottom < page.viewportSize()!.height;
    })
    .toBe(true);
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText(`3 of ${total}`);

  await field.fill('no such phrase anywhere');
  await expect(count).toHaveText('No matches');
  await field.press('Escape');
  await expect(field).toHaveCount(0);
  expect(await painted(page, 'mg-find')).toEqual([]);
});

test('text size and line width change the article, not the chrome, and are remembered', async ({ page }) => {
  await openAnalysed(page);
  const body = page.locator('.article');
  const sizeBefore = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const charsPerLine = () =>
    page
      .locator('.article-body p')
      .first()
      .evaluate((p) => {
        const probe = document.createElement('span');
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
        p.append(probe);
        const perChar = probe.getBoundingClientRect().width / 26;
        probe.remove();
        return p.getBoundingClientRect().width / perChar;
      });
  const measureBefore = await charsPerLine();
  const chromeBefore = await page
    .getByRole('button', { name: 'Share' })
    .evaluate((el) => getComputedStyle(el).fontSize);

  const settings = page.getByRole('button', { name: 'Text size and line width' });
  await settings.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('group', { name: 'Text size and line width' });
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await expect(panel.getByRole('status')).toHaveText('125 %');
  await panel.getByRole('radio', { name: 'Narrow' }).check();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(settings).toBeFocused();

  const sizeAfter = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(sizeAfter / sizeBefore).toBeCloseTo(1.25, 2);
  // Fewer characters to a line, however large the text.
  expect(await charsPerLine()).toBeLessThan(measureBefore - 8);
  expect(await page.getByRole('button', { name: 'Share' }).evaluate((el) => getComputedStyle(el).fontSize)).toBe(
    chromeBefore,
  );

  await page.reload();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  expect(await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(sizeAfter, 1);
  await settings.click();
  await expect(panel.getByRole('radio', { name: 'Narrow' })).toBeChecked();
});

/** Presses a label on its words, right of its box, the way a reader aims at the words. */
async function pressWords(page: Page, label: ReturnType<Page['locator']>, tap = false): Promise<void> {
  const box = (await label.boundingBox())!;
  const at = { x: box.x + box.width - 6, y: box.y + box.height / 2 };
  if (tap) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

test('a choice in text settings or Export is picked by a press on its words, and the panel stays open', async ({
  page,
}) => {
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Text size and line width' }).click();
  const panel = page.getByRole('group', { name: 'Text size and line width' });
  await pressWords(page, panel.locator('label', { hasText: 'Wide' }));
  await expect(panel.getByRole('radio', { name: 'Wide' })).toBeChecked();
  await pressWords(page, panel.locator('label', { hasText: 'Tint every claim’s words' }));
  await expect(panel.getByRole('checkbox', { name: 'Tint every claim’s words' })).toBeChecked();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const formats = page.getByRole('group', { name: 'Export formats' });
  await pressWords(page, formats.locator('label', { hasText: 'wikilinks' }));
  await expect(formats.getByRole('checkbox', { name: /wikilinks/ })).toBeChecked();
  await expect(formats).toBeVisible();
});

test('reading progress follows the scroll, and is seen as a bar', async ({ page }) => {
  await openAnalysed(page);
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(20);
  await pressEndUntilAtEnd(page);
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  // The bar is drawn on a canvas: count the painted columns of its middle row.
  const bar = () =>
    progress.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const row = c.getContext('2d')!.getImageData(0, Math.floor(c.height / 2), c.width, 1).data;
      let painted = 0;
      for (let x = 0; x < c.width; x++) if (row[x * 4 + 3] > 0) painted++;
      return { painted, whole: c.width, height: c.getBoundingClientRect().height };
    });
  expect((await bar()).height).toBeGreaterThan(1);
  await expect.poll(async () => (await bar()).painted).toBe((await bar()).whole);
  await page.keyboard.press('Home');
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expect.poll(async () => (await bar()).painted).toBe(0);
});

test('the overview strip spans the window, shows findings and own marks, and a click jumps there', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  const strip = page.locator('.position-overview');
  const box = (await strip.boundingBox())!;
  expect(box.height).toBeGreaterThan(page.viewportSize()!.height * 0.8);
  expect(box.width).toBeGreaterThanOrEqual(8);
  // Painted pixels on both halves: findings on the right, the reader's own mark on the left.
  const inked = await strip.locator('canvas.position-overview-marks').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let left = 0;
    let right = 0;
    for (let y = 0; y < c.height; y++)
      for (let x = 0; x < c.width; x++) {
        if (data[(y * c.width + x) * 4 + 3] === 0) continue;
        if (x < c.width / 2) left++;
        else right++;
      }
    return { left, right };
  });
  expect(inked.left).toBeGreaterThan(0);
  expect(inked.right).toBeGreaterThan(inked.left);
  // The box for the part on screen (drawn on its own canvas): where its first painted row is, as a share.
  const viewTop = () =>
    strip.locator('canvas.position-overview-view').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(Math.floor(c.width / 2), 0, 1, c.height).data;
      for (let y = 0; y < c.height; y++) if (data[y * 4 + 3] > 0) return y / c.height;
      return -1;
    });
  await expect.poll(viewTop).toBeGreaterThanOrEqual(0);
  expect(await viewTop()).toBeLessThan(0.1);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.9);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect.poll(viewTop).toBeGreaterThan(0.5);
});

test("the overview strip's own marks take the theme's ink, switched either way", async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  const marks = page.locator('.position-overview canvas.position-overview-marks');
  // The colour of the left half's (own marks') first painted pixel, as "r,g,b".
  const ownInk = () =>
    marks.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, Math.floor(c.width / 2), c.height).data;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3] === 255) return `${data[i]},${data[i + 1]},${data[i + 2]}`;
      return '';
    });
  // --user-line: light-dark(#3f3a2e, #e8e2d5) (annotate.css).
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption('dark');
  await expect.poll(ownInk).toBe('232,226,213');
  await theme.selectOption('light');
  await expect.poll(ownInk).toBe('63,58,46');
  await theme.selectOption('dark');
  await expect.poll(ownInk).toBe('232,226,213');
});

test('undo and redo say what they did, by key and by button', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
  await page.locator('.article-body').focus();
  await page.keyboard.press('ControlOrMeta+z');
  const toast = page.locator('.toast');
  await expect(toast).toHaveText(/Removed highlight “marathon session”\./);
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual([]);
  await expect(page.getByRole('button', { name: 'Redo' })).toHaveAttribute(
    'title',
    'Redo: Added highlight “marathon session” again.',
  );
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(toast).toHaveText(/Added highlight “marathon session” again\./);
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);
});

test('the legend counts mentions and the cast counts people, each saying which', async ({ page }) => {
  await openAnalysed(page);
  const legendPeople = page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: /^People/ });
  await expect(legendPeople).toHaveText(/^People\s*\d+ mentions$/);
  const mentions = Number((await legendPeople.textContent())!.match(/(\d+) mentions/)![1]);
  await page.getByRole('tab', { name: 'Cast' }).click();
  const heading = page.getByRole('heading', { name: /^People/ });
  await expect(heading).toHaveText(new RegExp(`^\\s*People \\d+ people · ${mentions} mentions$`));
  await expect(legendPeople).toHaveAttribute('title', new RegExp(`${mentions} mentions of \\d+ people`));
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('find, text settings and the shortcuts button fit the screen', async ({ page }) => {
    await openAnalysed(page);
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    const field = page.getByRole('searchbox', { name: 'Find in article' });
    await field.fill('Kiev');
    await expect(page.getByRole('search', { name: 'Find in article' }).getByRole('status')).toHaveText(/^1 of \d+$/);
    await expect(page.getByRole('button', { name: 'Next match' })).toBeInViewport({ ratio: 1 });
    await page.getByRole('button', { name: 'Close find' }).click();
    await page.getByRole('button', { name: 'Text size and line width' }).click();
    await expect(page.getByRole('group', { name: 'Text size and line width' })).toBeInViewport({ ratio: 1 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
  test('a tap on a setting’s words picks it and leaves the settings open', async ({ page }) => {
    await openAnalysed(page);
    await page.getByRole('button', { name: 'Tools' }).tap();
    await page.getByRole('button', { name: 'Text size and line width' }).tap();
    const panel = page.getByRole('group', { name: 'Text size and line width' });
    await pressWords(page, panel.locator('label', { hasText: 'Narrow' }), true);
    await expect(panel.getByRole('radio', { name: 'Narrow' })).toBeChecked();
    await pressWords(page, panel.locator('label', { hasText: 'Tint every claim’s words' }), true);
    await expect(panel.getByRole('checkbox', { name: 'Tint every claim’s words' })).toBeChecked();
    await expect(panel).toBeInViewport();
  });
});
