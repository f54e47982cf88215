/**
 * Issue 14's storage defects as a reader meets them: storage that is full or refuses, damaged
 * saved values, a large damaged value with no room for its copy, imports the store could not
 * keep, hostile backups, and backup → wipe → restore. Faults are injected before the app starts
 * (`addInitScript`), the way a browser or an older version would leave them.
 */
import { expect, test, type Page } from '@playwright/test';
import { contentHash } from '../src/lib/content-hash';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { downloadFrom, importFile } from './support/files';
import { fillStorage, idbValues, storedAnalyses } from './support/storage';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

async function pasteArticle(page: Page, title: string, body: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Paste article' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste article' });
  await paste.getByRole('textbox', { name: 'Title' }).fill(title);
  await paste.getByRole('textbox', { name: 'Article text' }).fill(body);
  await paste.getByRole('button', { name: 'Open article' }).click();
}

const FERRY = 'Ferry crews in Oban walked out on Monday, the union said.\nTalks resume on Friday.';

test('storage refusing every write: an article still opens, the reader is told, layers still toggle (defect 1)', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto('./#/library');
  await pasteArticle(page, 'Ferry strike', FERRY);
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry strike' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'stays open until you close the tab' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Browser storage is full' }).first()).toBeVisible();

  const people = page.getByRole('group', { name: 'Layers' }).getByRole('button', { name: /^People/ });
  await expect(people).toHaveAttribute('aria-pressed', 'true');
  await people.click();
  await expect(people).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('link', { name: /Ferry strike.*kept until this tab closes/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('highlights made while storage was full are saved once space frees, before a reload (defect 2)', async ({
  page,
}) => {
  await openAnalysed(page);
  await page.evaluate(fillStorage);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Browser storage is full' })).toBeVisible();
  // The reader frees space (as another tab or the browser's settings would), then reloads.
  await page.evaluate(() =>
    Object.keys(localStorage).forEach((k) => k.startsWith('filler') && localStorage.removeItem(k)),
  );
  await page.reload();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
});

const DAMAGED = {
  'marginalia:library': '{"state":{"articles":{"oops":1}},"version":1}',
  'marginalia:corrections': '{"state":{"byArticle":{"abc":{"rejectedEntities":["person:x"]',
  'marginalia:prefs': '{"state":{"theme":"neon","layers":"all"},"version":1}',
};

test('damaged library, corrections and preferences: the reader opens, says what, keeps each original (defect 3)', async ({
  page,
}) => {
  await page.addInitScript((damaged) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(damaged)) localStorage.setItem(k, v);
  }, DAMAGED);
  await openAnalysed(page);
  for (const what of ['Saved library entries', 'Saved corrections', 'Saved preferences']) {
    await expect(page.getByRole('alert').filter({ hasText: `${what} could not all be read` })).toBeVisible();
  }
  const correctionsAlert = page.getByRole('alert').filter({ hasText: 'Saved corrections' });
  const file = await downloadFrom(page, () =>
    correctionsAlert.getByRole('button', { name: 'Download the damaged copy' }).click(),
  );
  expect(file.name).toMatch(/^marginalia-damaged-corrections-/);
  expect(file.body).toBe(DAMAGED['marginalia:corrections']);

  // A new correction is saved; the damaged original stays kept aside, never overwritten.
  await page.getByRole('button', { name: /^Kim Jong Un, \d+ mentions?/ }).click();
  const card = page.getByRole('region', { name: 'Kim Jong Un' });
  await card.getByText('Correct this').click();
  await card.getByRole('button', { name: 'Not a name: remove' }).click();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('marginalia:backup:'))
      .map((k) => localStorage.getItem(k))
      .sort(),
  );
  expect(kept).toEqual(Object.values(DAMAGED).sort());

  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Damaged copies kept aside' });
  await expect(section.getByRole('listitem')).toHaveCount(3);
  await page.reload();
  await expect(section.getByRole('listitem')).toHaveCount(3);
});

test('a large damaged value with no room for a copy is kept in IndexedDB before anything overwrites it (defect 4)', async ({
  page,
}) => {
  const damaged = `{"state":{"annotations":{"x":${'y'.repeat(1_500_000)}`;
  await page.addInitScript(
    ({ damaged, fill }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('marginalia:annotations', damaged);
      new Function(`(${fill})()`)();
    },
    { damaged, fill: fillStorage.toString() },
  );
  await openAnalysed(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Saved annotations could not all be read' })).toContainText(
    'IndexedDB',
  );
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await page.reload();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);

  await page.getByRole('link', { name: 'Library', exact: true }).click();
  const section = page.getByRole('region', { name: 'Damaged copies kept aside' });
  const file = await downloadFrom(page, () => section.getByRole('button', { name: 'Download damaged copy 1' }).click());
  expect(file.body).toBe(damaged);
});

test('an import the store could not keep is refused with its reason; what is imported survives a reload (defect 7)', async ({
  page,
}) => {
  await openAnalysed(page);
  const row = (id: string, created: string) => ({
    id,
    created,
    updated: created,
    text: `note ${id}`,
    target: [
      {
        source: 'https://elsewhere.example/copy',
        selector: [{ type: 'TextQuoteSelector', exact: 'marathon session' }],
      },
    ],
  });
  const dialog = await importFile(
    page,
    JSON.stringify([
      row('kept', '2026-01-01T10:00:00.000000+00:00'),
      row('words', 'last Tuesday'),
      row('far', '+275760-09-13T00:00:00.000Z'),
    ]),
  );
  await expect(dialog.getByRole('status')).toContainText('1 imported, 2 rejected: #2 cannot be kept as it is (created');
  await expect(dialog.getByRole('status')).toContainText('#3 cannot be kept as it is (created');
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('tab', { name: 'Notes (1)' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('note kept');
});

test('a backup never overwrites an article with other text, and a bad address does not blank the reader (defect 8)', async ({
  page,
}) => {
  await page.goto('./#/library');
  await pasteArticle(page, 'Ferry strike', FERRY);
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry strike' })).toBeVisible();
  const id = await page.evaluate(() => document.querySelector('article')?.dataset.articleId);
  const other = 'A second article about lighthouse keepers.';
  const backup = {
    format: 'marginalia-backup',
    version: 2,
    exportedAt: '2026-01-01T00:00:00.000Z',
    articles: [
      {
        id,
        title: 'Ferry strike',
        origin: { kind: 'paste' },
        addedAt: '2026-01-01T00:00:00.000Z',
        text: 'Forged text under the same id.',
      },
      {
        id: contentHash(other),
        title: 'Lighthouses',
        origin: { kind: 'url', url: 'not a web address' },
        addedAt: '2026-01-01T00:00:00.000Z',
        text: other,
      },
    ],
    annotations: [],
    labels: {},
    corrections: {},
  };
  const dialog = await importFile(page, JSON.stringify(backup));
  await expect(dialog.getByRole('status')).toContainText('Not restored (2)');
  await expect(dialog.getByRole('status')).toContainText('“Ferry strike”: its text does not match its id');
  await expect(dialog.getByRole('status')).toContainText('“Lighthouses”: origin.url: not an http(s) web address');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Ferry crews in Oban walked out on Monday')).toBeVisible();

  // A record like that left in IndexedDB by an older version: a message and a way out, not a blank page.
  const bad = { ...backup.articles[1] };
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onsuccess = () => {
          const tx = open.result.transaction('articles', 'readwrite');
          tx.objectStore('articles').put(record, record.id);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    bad,
  );
  await page.goto(`./#/read/${bad.id}`);
  const alert = page.getByRole('alert').filter({ hasText: 'This article could not be opened' });
  await expect(alert).toContainText('The saved copy of this article is damaged (origin.url');
  await alert.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('backup, wipe, restore brings back highlights and corrections (defect 9)', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await page.getByRole('button', { name: /^Kim Jong Un, \d+ mentions?/ }).click();
  const card = page.getByRole('region', { name: 'Kim Jong Un' });
  await card.getByText('Correct this').click();
  await card.getByRole('button', { name: 'Not a name: remove' }).click();
  await expect(page.getByRole('button', { name: /^Kim Jong Un, \d+ mentions?/ })).toHaveCount(0);

  const menu = page.getByRole('button', { name: 'Export', exact: true });
  await menu.click();
  const backup = await downloadFrom(page, () =>
    page.getByRole('button', { name: 'Download Full backup (JSON)' }).click(),
  );
  expect(JSON.parse(backup.body).corrections).not.toEqual({});

  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise((r) => {
      const req = indexedDB.deleteDatabase('marginalia');
      req.onsuccess = req.onerror = req.onblocked = r;
    });
  });
  await page.reload();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: /^Kim Jong Un, \d+ mentions?/ })).toBeVisible();
  expect(await painted(page, 'mg-user-yellow')).toEqual([]);

  const dialog = await importFile(page, backup.body);
  await expect(dialog.getByRole('status')).toContainText('corrections for 1');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Kim Jong Un, \d+ mentions?/ })).toHaveCount(0);
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
});

for (const width of [1440, 390]) {
  test(`a view that fails to render shows why and a way out, not a blank page (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.addInitScript(() => {
      // Sentence segmentation runs while the article renders: break it to make the view fail.
      Object.defineProperty(Intl, 'Segmenter', {
        value: class {
          constructor() {
            throw new Error('Sentence segmentation failed.');
          }
        },
      });
    });
    await page.goto('./');
    const alert = page.getByRole('alert').filter({ hasText: 'The article could not be shown' });
    await expect(alert).toContainText('Sentence segmentation failed.');
    await expect(alert.getByRole('button', { name: 'Download a backup' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`view-error-${width}.png`) });
    await alert.getByRole('link', { name: 'Go to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });
}

/**
 * A disk the cached analyses of an article read before filled: saving a damaged copy aside in
 * IndexedDB is refused for lack of space (`copies` refuses every put) until they are cleared, or
 * for good. localStorage is full of a damaged value that no copy of fits beside.
 */
function fullDisk({ damaged, fill, forGood }: { damaged: string; fill: string; forGood: boolean }) {
  const freed = () => sessionStorage.getItem('test:freed') === '1';
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'copies' && (forGood || !freed()))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  const remove = IDBObjectStore.prototype.delete;
  IDBObjectStore.prototype.delete = function (key: IDBValidKey | IDBKeyRange) {
    if (this.name === 'analyses' && String(key).startsWith('a:')) sessionStorage.setItem('test:freed', '1');
    return remove.call(this, key);
  };
  if (sessionStorage.getItem('test:seeded')) return;
  sessionStorage.setItem('test:seeded', '1');
  localStorage.setItem('marginalia:annotations', damaged);
  new Function(`(${fill})()`)();
}

async function pastedAndCached(page: Page) {
  await page.goto('./#/library');
  await pasteArticle(page, 'Ferry strike', FERRY);
  await expect(page.getByRole('status').filter({ hasText: /^Analysis done/ })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => storedAnalyses(page), { timeout: 15_000 }).toBe(1);
}

const DAMAGED_NOTES = `{"state":{"annotations":{"x":${'y'.repeat(1_500_000)}`;

for (const width of [1440, 390]) {
  test(`a damaged copy on a disk the analysis cache filled is still kept in IndexedDB: the cache gives way (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await pastedAndCached(page);
    await page.addInitScript(fullDisk, { damaged: DAMAGED_NOTES, fill: fillStorage.toString(), forGood: false });
    await page.reload();
    await expect(page.getByText('Ferry crews in Oban walked out on Monday')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'Saved annotations could not all be read' })).toContainText(
      'IndexedDB',
    );
    // Kept for real: in IndexedDB, where a reload or a closed tab cannot lose it.
    await expect
      .poll(async () => Object.values(await idbValues(page, 'marginalia-kept', 'copies')), { timeout: 10_000 })
      .toEqual([DAMAGED_NOTES]);
    expect(await storedAnalyses(page)).toBe(0);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be kept aside' })).toHaveCount(0);

    await page.getByRole('link', { name: 'Library', exact: true }).click();
    const section = page.getByRole('region', { name: 'Damaged copies kept aside' });
    const download = section.getByRole('button', { name: 'Download damaged copy 1' });
    await download.focus();
    const file = await downloadFrom(page, () => page.keyboard.press('Enter'));
    expect(file.body).toBe(DAMAGED_NOTES);
  });
}

test('a damaged copy that no storage will take: the reader is told, at 390 px, and can download it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await pastedAndCached(page);
  await page.addInitScript(fullDisk, { damaged: DAMAGED_NOTES, fill: fillStorage.toString(), forGood: true });
  await page.reload();
  await expect(page.getByText('Ferry crews in Oban walked out on Monday')).toBeVisible();
  const danger = page.getByRole('alert').filter({ hasText: 'could not be kept aside: storage is full' });
  await expect(danger).toBeVisible({ timeout: 10_000 });
  const file = await downloadFrom(page, () =>
    danger.getByRole('button', { name: 'Download the damaged copy' }).click(),
  );
  expect(file.body).toBe(DAMAGED_NOTES);
});

for (const width of [1440, 390]) {
  test(`an own article whose storage never answers at boot: a message and a way out, never "Loading" for ever (${width} px)`, async ({
    page,
  }) => {
    // Two pages and a reload (or a 6 s storage timeout): well within the default limit on a quiet machine, not under CI load.
    test.slow();
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await pastedAndCached(page);
    await page.addInitScript(() => {
      // A blocked IndexedDB (another tab holding an upgrade back): every open waits for ever.
      IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
    });
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'This article could not be opened' });
    await expect(alert).toContainText('Browser storage did not answer', { timeout: 15_000 });
    await expect(page.getByText('Loading article…')).toHaveCount(0);
    const library = alert.getByRole('link', { name: 'Go to the library' });
    await library.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
