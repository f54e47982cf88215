/** Steps a person takes, shared by the specs. */
import { expect, type Page } from '@playwright/test';
import { phraseRects } from './phrase';

export const DEFAULT_TITLE = /Putin challenges the West/;

export async function openDefaultArticle(page: Page) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
}

/** Picks a file the way a person does: the "Open file" button, then the file chooser. */
export async function pickFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles(file);
}

/**
 * Waits, as a person would before reloading, until the app no longer says that the open article's
 * text is still being saved. On a slow disk (a loaded machine too) the article opens while its
 * write is pending, and until it lands the app asks before the page is left (app/unload-guard.ts):
 * Playwright dismisses that question, which cancels a reload, and `page.reload()` then waits for
 * a load that never comes. The notice is shown before the article, so when the reader shows it,
 * the notice is there if the save is slow.
 */
export async function articleTextSaved(page: Page) {
  await expect(page.getByText(/this article’s text is still being saved/)).toHaveCount(0, { timeout: 90_000 });
}

/** Drags a file from the desktop onto the page. */
export async function dropFile(page: Page, name: string, content: string, type = 'text/plain') {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      return dt;
    },
    { name, content, type },
  );
  // The landing page's text is static HTML painted before the app's code runs; until the app has
  // taken over, nothing answers a drag. A person would drag over the page again: so does this.
  await expect(async () => {
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop a .txt, .md or .html file to open it')).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

/** Waits until the analysis is in (the claims tab shows its count). */
export async function openAnalysed(page: Page, hash = '') {
  await page.goto(`./${hash}`);
  if (!hash) await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
}

/** Opens the card of the default article's quotation "There is no chance…" from the Claims tab. */
export async function openQuoteCard(page: Page) {
  await page.getByRole('tab', { name: /Claims/ }).click();
  await page
    .getByRole('tabpanel')
    .getByRole('button', { name: /There is no chance/ })
    .click();
  return page.getByRole('region', { name: 'Claim by Vladimir Putin' });
}

export { painted } from './highlights';

/** Selects a phrase with the mouse: press inside its first word, release inside its last. */
export async function selectWithMouse(page: Page, phrase: string) {
  // Its second and next-to-last characters, centred on screen first and laid out (off-screen
  // paragraphs are laid out lazily, so positions measured before they render would be stale).
  const [a] = await phraseRects(page, phrase, { scroll: 'center', part: [1, 2] });
  const [b] = await phraseRects(page, phrase, { part: [phrase.length - 2, phrase.length - 1] });
  const box = { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain(phrase.slice(1, -1));
}
