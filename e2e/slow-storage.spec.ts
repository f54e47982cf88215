import { expect, test, type Browser, type Page } from '@playwright/test';
import { openDefaultArticle } from './support/app';
import { downloadFrom, importFile } from './support/files';

/**
 * Fault injection: a slow disk. Writes of article texts land, but IndexedDB answers them only
 * `window.slowWriteMs` later (the app waits 6 s before it calls storage slow).
 */
function slowArticleWrites(ms: number) {
  (window as unknown as { slowWriteMs: number }).slowWriteMs = ms;
  const complete = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')!;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, names, mode, options) {
    const tx = transaction.call(this, names, mode, options);
    const stores = typeof names === 'string' ? [names] : [...names];
    if (this.name === 'marginalia' && mode === 'readwrite' && stores.includes('articles'))
      Object.defineProperty(tx, 'oncomplete', {
        configurable: true,
        get: () => complete.get!.call(tx),
        set: (answer: ((e: Event) => void) | null) =>
          complete.set!.call(
            tx,
            answer &&
              ((e: Event) =>
                setTimeout(
                  () => {
                    // Counted for the tests: how many slow writes the app has been told of.
                    const w = window as unknown as { slowWritesLanded?: number };
                    w.slowWritesLanded = (w.slowWritesLanded ?? 0) + 1;
                    answer.call(tx, e);
                  },
                  (window as unknown as { slowWriteMs: number }).slowWriteMs,
                )),
          ),
      });
    return tx;
  } as typeof transaction;
}

/** At phone widths Export and Import are in the Tools menu. */
async function openTools(page: Page, button: string) {
  if (!(await page.getByRole('button', { name: button, exact: true }).isVisible()))
    await page.getByRole('button', { name: 'Tools' }).click();
}

const SLOW = /Browser storage is slow: this article’s text is still being saved/;

async function pasteArticle(page: Page, title: string) {
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog
    .getByRole('textbox', { name: 'Article text' })
    .fill('The ferry company said on Monday that the crossing would reopen in March.\nSecond paragraph.');
  await dialog.getByRole('button', { name: 'Open article' }).click();
}

/** A full backup holding a pasted "Ferry crossing", made in a tab where storage is quick. */
async function ferryBackup(browser: Browser) {
  const maker = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openDefaultArticle(maker);
  await pasteArticle(maker, 'Ferry crossing');
  await expect(maker.getByRole('heading', { level: 1, name: 'Ferry crossing' })).toBeVisible();
  await maker.getByRole('button', { name: 'Export', exact: true }).click();
  const backup = await downloadFrom(maker, () =>
    maker.getByRole('button', { name: 'Download Full backup (JSON)' }).click(),
  );
  await maker.close();
  return backup;
}

for (const width of [1280, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width > 400 ? 800 : 844 } });

    test('closing the tab while a slow save is pending asks first; once it lands, it does not', async ({ page }) => {
      // A 6 s wait for storage and a write answered at 14 s.
      test.slow();
      await page.addInitScript(slowArticleWrites, 14_000);
      await openDefaultArticle(page);
      const asked: string[] = [];
      page.on('dialog', (d) => {
        asked.push(d.type());
        void d.dismiss(); // "Stay on page"
      });
      // Nothing is being written: leaving is not questioned.
      await page.reload();
      expect(asked).toEqual([]);

      await pasteArticle(page, 'Ferry crossing');
      const notice = page.getByText(SLOW);
      await expect(notice).toBeVisible({ timeout: 15_000 });
      await expect(notice).toBeInViewport();
      // Closing now would lose the text: the browser asks, and staying keeps it open.
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => asked).toEqual(['beforeunload']);
      expect(page.isClosed()).toBe(false);
      await expect(page.getByRole('heading', { level: 1, name: 'Ferry crossing' })).toBeVisible();

      await expect(page.getByText('“Ferry crossing” is saved now.')).toBeVisible({ timeout: 20_000 });
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Ferry crossing' })).toBeVisible();
      await page.close({ runBeforeUnload: true });
      await expect.poll(() => page.isClosed()).toBe(true);
      expect(asked).toEqual(['beforeunload']);
    });

    test('a backup restored on a slow disk says which texts are still being saved, then that they are saved', async ({
      page,
      browser,
    }) => {
      test.slow();
      const backup = await ferryBackup(browser);

      await page.addInitScript(slowArticleWrites, 14_000);
      await openDefaultArticle(page);
      await openTools(page, 'Import');
      const dialog = await importFile(page, backup.body);
      const report = dialog.getByRole('status');
      await expect(report).toContainText(
        'Browser storage is slow: the text of “Ferry crossing” is still being saved; until it is, it is kept only in this tab.',
        { timeout: 20_000 },
      );
      await expect(report).toBeInViewport();
      await expect(report).toContainText('The text of “Ferry crossing” is saved now.', { timeout: 20_000 });
      await expect(report).not.toContainText('still being saved');
      await page.keyboard.press('Escape');
      await page.goto('./#/library');
      await expect(page.getByRole('link', { name: 'Ferry crossing' })).toBeVisible();
    });
  });
}

test('a slow save that lands after the next import leaves that import’s report as it is', async ({ page, browser }) => {
  test.slow();
  const backup = await ferryBackup(browser);

  await page.addInitScript(slowArticleWrites, 14_000);
  await openDefaultArticle(page);
  const dialog = await importFile(page, backup.body);
  const report = dialog.getByRole('status');
  await expect(report).toContainText('“Ferry crossing” is still being saved', { timeout: 20_000 });
  // The same backup again, before the first write lands: its text is there, nothing to save.
  await dialog
    .getByLabel('Choose a file to import')
    .setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(backup.body) });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(report).toContainText('Backup restored');
  await expect(report).not.toContainText('Ferry crossing');
  const second = await report.textContent();
  // The first import's write lands: its news is not this report's to give (the library has it).
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { slowWritesLanded?: number }).slowWritesLanded), {
      timeout: 20_000,
    })
    .toBe(1);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
  await expect(report).toHaveText(second ?? '');
  await expect(report).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('./#/library');
  await expect(page.getByRole('link', { name: 'Ferry crossing' })).toBeVisible();
});
