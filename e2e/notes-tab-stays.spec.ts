/**
 * The panels open on Notes while an article's analysis is still coming, and on Cast once it is
 * in. A reader who has started using the Notes panel before then (typing the page note), or who
 * opened a share link (its notes are listed there), must not have it taken away when the
 * analysis lands: the page note's field vanished under their fingers, and the keys they went on
 * typing fell to the reader's shortcuts ('m' switched the reading mode).
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { V1_SHARE_FRAGMENT } from '../src/model/share/share-v1-fixture';

/** Holds the analysis worker's script until the returned function is called. */
async function holdAnalysis(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/analysis[\w.-]*\.js$/, (route) => (released ? route.continue() : held.push(route)));
  return async () => {
    released = true;
    for (const r of held) await r.continue();
  };
}

const TITLE = 'Ferry fares frozen for the winter';
const TEXT =
  'KIRKWALL — Ferry fares to the northern isles will not rise this winter, the council said on Monday.\n\n' +
  '"Families here depend on these boats," said council leader Morag Flett.';

test('the page note being typed stays on screen, and focused, when the analysis comes in', async ({ page }) => {
  test.setTimeout(90_000);
  const release = await holdAnalysis(page);
  await page.goto('./#/library');
  await page.getByRole('banner').getByRole('button', { name: 'Paste article' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste article' });
  await paste.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await paste.getByRole('textbox', { name: 'Article text' }).fill(TEXT);
  await paste.getByRole('button', { name: 'Open article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  const note = page.getByRole('textbox', { name: 'Page note' });
  await note.click();
  await page.keyboard.type('Compare with ');
  await release();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.type('mainland fares');
  await expect(page.getByRole('tab', { name: /^Notes/ })).toHaveAttribute('aria-selected', 'true');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('Compare with mainland fares');
  // The letters went into the note, not to the shortcuts ('m' is reading mode).
  await expect(page.getByRole('button', { name: 'Reading mode' })).toHaveAttribute('aria-pressed', 'false');
});

test("a share link's recipient keeps the Notes panel, with the sender's notes, when the analysis comes in", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`./${V1_SHARE_FRAGMENT}`);
  await expect(page.getByRole('region', { name: 'Shared annotations' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('tab', { name: 'Notes (0 + 2 shared)' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Third delay this year');
  // Keeping them ends the share; the recipient stays on Notes and sees them as their own.
  await page.getByRole('region', { name: 'Shared annotations' }).getByRole('button', { name: 'Keep these' }).click();
  await expect(page.getByRole('region', { name: 'Shared annotations' })).toBeHidden();
  await expect(page.getByRole('tab', { name: /^Notes/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('Third delay this year');
});
