import { expect, test, type Locator, type Page } from '@playwright/test';
import { ANNOTATIONS_KEY, seededAnnotations } from '../bench/long-article';
import { articleTextSaved, painted, selectWithMouse } from './support/app';
import { openLongArticle } from './support/long-article';
import { twoFrames } from './support/frames';

/** Where `seededAnnotations` puts the first highlight: the first word starting at or after 20,000. */
function firstHighlightAt(text: string): number {
  let at = 20_000;
  while (at < text.length && (!/\s/.test(text[at - 1]) || /\s/.test(text[at]))) at++;
  return at;
}

/** The border image own-marks.css draws the reader's bar with ('none' when unmarked). */
const barOf = (p: Locator) => p.evaluate((el) => getComputedStyle(el).borderImageSource);

/** A screenshot of the margin just left of paragraph `p`, where the bar is drawn. */
async function marginShot(page: Page, p: Locator): Promise<Buffer> {
  await p.scrollIntoViewIfNeeded();
  const box = (await p.boundingBox())!;
  await twoFrames(page);
  return page.screenshot({ clip: { x: box.x - 14, y: box.y, width: 12, height: 20 } });
}

/**
 * A 1 MB article with 10,000 highlights, read the way a person does: it opens, every note is
 * counted and reachable from the Notes list a page at a time, the end of the article is in the
 * page (find in page sees it), a highlight far down is painted once scrolled to, and a new one made
 * among them is painted and kept with all the others over a reload. The 10,000 are seeded as the
 * previous format saved them (everything under one key), so the move to one key per share of an
 * article is used here too.
 */
test('a 1 MB article with 10,000 highlights opens, lists them and paints them where the reader is', async ({
  page,
}, info) => {
  test.setTimeout(240_000);
  const text = await openLongArticle(page, info.outputPath('long-article.txt'));
  // On a loaded machine the 1 MB text can still be on its way to IndexedDB here; reloading then is
  // asked about (and the question dismissed), so wait for it as a person would.
  await articleTextSaved(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [ANNOTATIONS_KEY, seededAnnotations(text, 10_000)]);
  await page.reload();

  const notesTab = page.getByRole('tab', { name: 'Notes (10000)' });
  await expect(notesTab).toBeVisible({ timeout: 90_000 });
  await notesTab.click();
  const list = page.getByRole('list', { name: 'Annotations' });
  // The list starts with one page of notes; the rest come a page at a time, by keyboard too.
  const more = list.getByRole('button', { name: /^Show 100 more \(\d+ not shown\)$/ });
  await expect(more).toBeVisible();
  const before = await list.getByRole('listitem').count();
  expect(before).toBeLessThan(300);
  await more.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThanOrEqual(before + 100);

  // Thousands of claims: the Claims tab too renders a page and offers the rest.
  await page.getByRole('tab', { name: /^Claims \(\d+\)$/ }).click();
  const moreClaims = page.getByRole('button', { name: /^Show 100 more \(\d+ not shown\)$/ });
  await expect(moreClaims).toBeVisible();
  expect(await page.locator('.claim-item').count()).toBeLessThanOrEqual(300);

  // Each paragraph holding some of the 10,000 has the reader's bar in its margin (worked out after
  // the highlights are painted, in a task of its own); a paragraph before the first has none.
  const firstMarked = await page.evaluate((from) => {
    const blocks = [...document.querySelectorAll<HTMLElement>('.article-body p[data-start]')];
    return blocks.filter((b) => Number(b.dataset.start) <= from).pop()!.dataset.start!;
  }, firstHighlightAt(text));
  const marked = page.locator(`.article-body p[data-start="${firstMarked}"]`);
  const unmarked = page.locator('.article-body p[data-start]').first();
  await expect.poll(() => barOf(marked), { timeout: 30_000 }).toContain('gradient');
  expect(await barOf(unmarked)).toBe('none');
  expect((await marginShot(page, marked)).equals(await marginShot(page, unmarked))).toBe(false);

  // The whole text is in the page, so the browser's find and a select-all see the end too.
  const lastLine = text.trim().split('\n').pop()!;
  await expect(page.locator('.article-body p').last()).toHaveText(lastLine, { timeout: 60_000 });

  // Far down the article, the highlights there are painted once the reader scrolls to them, and
  // their paragraph (in a slice that came late) has its bar.
  await page.locator('.article-body p').nth(-20).scrollIntoViewIfNeeded();
  await expect.poll(() => barOf(page.locator('.article-body p').nth(-20)), { timeout: 30_000 }).toContain('gradient');
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const h = CSS.highlights.get('mg-user-yellow');
          if (!h) return 0;
          let inView = 0;
          for (const r of h) {
            const box = (r as Range).getBoundingClientRect();
            if (box.bottom > 0 && box.top < window.innerHeight && box.width > 0) inView++;
          }
          return inView;
        }),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  await page.screenshot({ path: info.outputPath('far-down.png') });

  // One more, made with the mouse near the top: painted, counted, and kept over a reload.
  const phrase = text.split('\n\n')[1].split(' ').slice(0, 4).join(' ');
  await selectWithMouse(page, phrase);
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' })
    .click();
  await expect.poll(() => painted(page, 'mg-user-yellow'), { timeout: 30_000 }).toContain(phrase);
  await expect(page.getByRole('tab', { name: 'Notes (10001)' })).toBeVisible({ timeout: 30_000 });
  // Undo takes it away (from the count and the page), redo brings it back, and the Notes search
  // finds it among the 10,001.
  const history = page.getByRole('group', { name: 'History' });
  await history.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('tab', { name: 'Notes (10000)' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => painted(page, 'mg-user-yellow'), { timeout: 30_000 }).not.toContain(phrase);
  await history.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('tab', { name: 'Notes (10001)' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => painted(page, 'mg-user-yellow'), { timeout: 30_000 }).toContain(phrase);
  await page.getByRole('tab', { name: 'Notes (10001)' }).click();
  await page.getByRole('tabpanel').getByRole('searchbox', { name: 'Search notes' }).fill(phrase);
  await expect(list.getByRole('listitem').filter({ hasText: phrase }).first()).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Notes (10001)' })).toBeVisible({ timeout: 90_000 });
  await page.locator('.article-body p').nth(1).scrollIntoViewIfNeeded();
  await expect.poll(() => painted(page, 'mg-user-yellow'), { timeout: 30_000 }).toContain(phrase);
  // Nothing lost in storage either: 10,001 records, none left under the old single key.
  const saved = await page.evaluate(() => {
    let records = 0;
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith('marginalia:annotations:')) continue;
      const { state } = JSON.parse(localStorage.getItem(key)!);
      for (const byId of Object.values<Record<string, unknown>>(state.annotations)) records += Object.keys(byId).length;
    }
    const header = JSON.parse(localStorage.getItem('marginalia:annotations')!);
    return { records, underOldKey: Object.keys(header.state.annotations).length };
  });
  expect(saved).toEqual({ records: 10_001, underOldKey: 0 });
  await page.screenshot({ path: info.outputPath('after-reload.png') });
});
