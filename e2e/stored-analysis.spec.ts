/**
 * A user's own article, read again: its analysis comes from the analysis cache (IndexedDB,
 * src/workers/analysis-cache.ts) and the boot script paints its layers before the app's code runs,
 * with no engine at all; with the cache's storage failing, the engine analyses and the layers
 * come all the same.
 */
import { expect, test, type Page } from '@playwright/test';
import { capture, phraseBox, pixelDifference } from './support/pixels';
import { idbValues, putInAnalysisCache, storedAnalyses } from './support/storage';

const ARTICLE = [
  'Harbour pilots accept new contract',
  'ABERDEEN — Harbour pilots in Aberdeen accepted a new contract on Thursday, ending a two-week dispute, the port authority said.',
  '"We are relieved that ships can move again," said Fiona Mackay, who chairs the pilots\' association.',
  'Councillor Graham Ross told reporters that the city had lost millions during the stoppage.',
].join('\n');

const TITLE = 'Harbour pilots accept new contract';

async function openOwnArticle(page: Page) {
  await page.goto('./#/library');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file', exact: true }).click();
  await (await chooser).setFiles({ name: 'pilots.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page).toHaveURL(/#\/read\/[0-9a-f]{16}$/);
  await expect(page.getByRole('status').filter({ hasText: /^Analysis done: 2 people/ })).toBeVisible({
    timeout: 20_000,
  });
}

/** The person sees the name painted: its box changes when the person layer is taken away. */
async function expectNamePainted(page: Page, name: string) {
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('mg-person')?.size ?? 0)).toBeGreaterThan(0);
  const box = await phraseBox(page, name);
  const on = await capture(page, box);
  const layer = await page.evaluate(() => {
    const h = CSS.highlights.get('mg-person')!;
    CSS.highlights.delete('mg-person');
    return (((window as unknown as { __h: Highlight }).__h = h), true);
  });
  expect(layer).toBe(true);
  const off = await capture(page, box);
  await page.evaluate(() => CSS.highlights.set('mg-person', (window as unknown as { __h: Highlight }).__h));
  expect(await pixelDifference(page, on, off)).toBeGreaterThan(0.1);
}

for (const { name, viewport } of [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: '390 px', viewport: { width: 390, height: 844 } },
]) {
  test(`an own article reloaded paints its layers from the stored analysis, without the engine (${name})`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(viewport);
    await openOwnArticle(page);
    await expect.poll(() => storedAnalyses(page), { timeout: 15_000 }).toBe(1);

    // No engine from here on: neither the worker's code nor the main-thread fallback can load,
    // so whatever is painted after the reload came from the cache. The app's code is held too,
    // until the layers are checked: the boot script painted them.
    await page.route(/\/assets\/(analysis|gazetteer)[\w.-]*\.js$/, (route) => route.abort());
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let held = false;
    await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      held = true;
      await released;
      await route.continue();
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Analysis done: 2 people/ })).toBeVisible();
    expect(held).toBe(true);
    await expect(page.getByRole('tab')).toHaveCount(0); // the app has not rendered
    await expectNamePainted(page, 'Fiona Mackay');

    release();
    // The app takes over with the stored analysis: the Claims tab counts its three claims.
    const claims = page.getByRole('tab', { name: /^Claims \(3\)/ });
    await expect(claims).toBeVisible({ timeout: 20_000 });
    await expectNamePainted(page, 'Graham Ross');
    await claims.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tabpanel').getByRole('button', { name: /We are relieved/ })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a long own article (over 200,000 characters) reloaded gets its layers from the compact stored analysis, without the engine', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const paragraphs = ARTICLE.split('\n').slice(1);
  const long = [TITLE, ...Array.from({ length: 2400 }, (_, i) => paragraphs[i % paragraphs.length])].join('\n');
  expect(long.length).toBeGreaterThan(200_000);
  await page.goto('./#/library');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file', exact: true }).click();
  await (await chooser).setFiles({ name: 'pilots-long.txt', mimeType: 'text/plain', buffer: Buffer.from(long) });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const claimsTab = page.getByRole('tab', { name: /^Claims \(\d[\d,]*\)/ });
  await expect(claimsTab).toBeVisible({ timeout: 60_000 });
  const claims = (await claimsTab.textContent())!.match(/\(([\d,]+)\)/)![1];
  expect(Number(claims.replace(/,/g, ''))).toBeGreaterThan(100);
  await expect.poll(() => storedAnalyses(page), { timeout: 30_000 }).toBe(1);

  // No engine from here on: whatever is painted after the reload came from the cache.
  await page.route(/\/assets\/(analysis|gazetteer)[\w.-]*\.js$/, (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('tab', { name: `Claims (${claims})` })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Analysis done: / })).toBeVisible();
  await expectNamePainted(page, 'Fiona Mackay');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const fault of ['refused', 'full'] as const) {
  test(`with the analysis cache's storage ${fault}, an own article still gets its layers, before and after a reload`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript((fault) => {
      if (fault === 'refused') {
        // As a browser that refuses this database (private mode, a policy): open throws.
        const open = IDBFactory.prototype.open;
        IDBFactory.prototype.open = function (name: string, version?: number) {
          if (name === 'marginalia-analyses')
            throw new DOMException('The user denied permission to access the database.', 'SecurityError');
          return version === undefined ? open.call(this, name) : open.call(this, name, version);
        };
      } else {
        // A full disk: every write to the analyses' store fails.
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
          if (this.name === 'analyses') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        };
      }
    }, fault);
    await openOwnArticle(page);
    await expectNamePainted(page, 'Fiona Mackay');
    await page.waitForTimeout(1500); // past the idle moment the cache would have written in
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: /^Analysis done: 2 people/ })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole('tab', { name: /^Claims \(3\)/ })).toBeVisible();
    await expectNamePainted(page, 'Graham Ross');
    // Nothing about the cache is shown to the reader.
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

for (const { name, viewport } of [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: '390 px', viewport: { width: 390, height: 844 } },
]) {
  test(`removing an own article from the library removes its stored analysis too (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openOwnArticle(page);
    await expect.poll(() => storedAnalyses(page), { timeout: 15_000 }).toBe(1);
    // Two earlier removals' tombstones: one past its 30 days, one recent.
    const day = 24 * 60 * 60 * 1000;
    await putInAnalysisCache(page, { 'gone:long-ago': Date.now() - 31 * day, 'gone:yesterday': Date.now() - day });

    await page.goto('./#/library');
    const remove = page.getByRole('button', { name: `Remove “${TITLE}” from the library` });
    await expect(remove).toBeVisible();
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: new RegExp(TITLE) })).toHaveCount(0);
    // The analysis quoted the article's names and words: none of it is left in the browser.
    await expect.poll(() => storedAnalyses(page)).toBe(0);
    // The removal also prunes the old tombstone, and keeps the recent one beside its own.
    const tombstones = async () =>
      Object.keys(await idbValues(page, 'marginalia-analyses', 'analyses')).filter((k) => k.startsWith('gone:'));
    await expect
      .poll(async () => {
        const t = await tombstones();
        return { old: t.includes('gone:long-ago'), recent: t.includes('gone:yesterday'), count: t.length };
      })
      .toEqual({ old: false, recent: true, count: 2 });
    await page.reload();
    await expect(page.getByRole('link', { name: new RegExp(TITLE) })).toHaveCount(0);
    expect(await storedAnalyses(page)).toBe(0);
  });
}

test('with the disk full of stored analyses, a newly opened article is still saved: the cache gives way', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    // A disk the cached analyses filled: once one is stored, saving an article's text is refused
    // for lack of space until the analyses are cleared away.
    const flag = (k: string) => sessionStorage.getItem(`test:${k}`) === '1';
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'analyses' && String(args[1]).startsWith('a:')) sessionStorage.setItem('test:held', '1');
      if (this.name === 'articles' && flag('held') && !flag('freed'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    const remove = IDBObjectStore.prototype.delete;
    IDBObjectStore.prototype.delete = function (key: IDBValidKey | IDBKeyRange) {
      if (this.name === 'analyses' && String(key).startsWith('a:')) sessionStorage.setItem('test:freed', '1');
      return remove.call(this, key);
    };
  });
  await openOwnArticle(page);
  await expect.poll(() => storedAnalyses(page), { timeout: 15_000 }).toBe(1);

  await page.goto('./#/library');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file', exact: true }).click();
  const second =
    'Ferry timetable changes\nThe ferry to Orkney will leave an hour earlier from Monday, the operator said.';
  await (await chooser).setFiles({ name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(second) });
  await expect(page.getByRole('heading', { level: 1, name: 'Ferry timetable changes' })).toBeVisible();
  await page.goto('./#/library');
  const ferry = page.getByRole('link', { name: /Ferry timetable changes/ });
  await expect(ferry).toBeVisible();
  await expect(ferry).not.toContainText('could not be saved');
  // Saved for real: after a reload (a new page, nothing in memory) the text opens.
  await page.reload();
  await page.getByRole('link', { name: /Ferry timetable changes/ }).click();
  await expect(page.getByText('The ferry to Orkney will leave an hour earlier')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a correction to an own article still shows after a reload that takes the stored analysis', async ({ page }) => {
  await openOwnArticle(page);
  await expect.poll(() => storedAnalyses(page), { timeout: 15_000 }).toBe(1);
  await page.getByRole('button', { name: /^Fiona Mackay, \d+ mentions?/ }).click();
  const card = page.getByRole('region', { name: 'Fiona Mackay' });
  await card.getByText('Correct this').click();
  await card.getByRole('combobox', { name: 'Change type' }).selectOption('Place');
  const asPlace = page.getByRole('region', { name: /Places/ }).getByRole('button', { name: /^Fiona Mackay/ });
  await expect(asPlace).toBeVisible();

  // No engine after the reload: the layers come from the stored (uncorrected) analysis.
  await page.route(/\/assets\/(analysis|gazetteer)[\w.-]*\.js$/, (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('tab', { name: /^Claims \(3\)/ })).toBeVisible({ timeout: 20_000 });
  await expect(asPlace).toBeVisible();
  await expect(page.getByRole('region', { name: /People/ }).getByRole('button', { name: /^Fiona Mackay/ })).toHaveCount(
    0,
  );
});

test("an own article's text is on screen before the analysis cache is even opened", async ({ page }) => {
  await openOwnArticle(page);
  await expect.poll(() => storedAnalyses(page), { timeout: 15_000 }).toBe(1);
  await page.addInitScript((title) => {
    // Frames begun since the article's heading entered the page, counted when the cache is opened.
    const w = window as unknown as { __framesAtOpen?: number };
    let frames = -1;
    new MutationObserver((_, observer) => {
      const h1 = [...document.querySelectorAll('h1')].find((h) => h.textContent === title);
      if (!h1) return;
      observer.disconnect();
      frames = 0;
      const tick = () => (frames++, requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }).observe(document, { childList: true, subtree: true });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name: string, version?: number) {
      if (name === 'marginalia-analyses' && w.__framesAtOpen === undefined) w.__framesAtOpen = frames;
      return version === undefined ? open.call(this, name) : open.call(this, name, version);
    };
  }, TITLE);
  await page.reload();
  await expect(page.getByRole('tab', { name: /^Claims \(3\)/ })).toBeVisible({ timeout: 20_000 });
  await expectNamePainted(page, 'Fiona Mackay');
  expect(await page.evaluate(() => (window as unknown as { __framesAtOpen?: number }).__framesAtOpen)).toBeGreaterThan(
    0,
  );
});

/**
 * A second tab whose analysis database answers only when the test says so: its analysis of the
 * article is ready, but its write to the cache waits, so it lands after the first tab removed the
 * article. Counts the cache's finished write transactions, to know the write has been made.
 */
function slowCacheTab() {
  const w = window as unknown as { __openCache?: () => void; __cacheWrites?: number };
  w.__cacheWrites = 0;
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name: string, version?: number) {
    if (name !== 'marginalia-analyses')
      return version === undefined ? open.call(this, name) : open.call(this, name, version);
    // A stand-in request, answered by the real one once released.
    const stand = {} as Record<string, unknown> & { result?: IDBDatabase };
    w.__openCache = () => {
      const real = open.call(indexedDB, name);
      Object.defineProperty(stand, 'result', { get: () => real.result });
      Object.defineProperty(stand, 'error', { get: () => real.error });
      for (const on of ['onupgradeneeded', 'onsuccess', 'onerror', 'onblocked'] as const)
        real[on] = (e: Event) => (stand[on] as ((e: Event) => void) | undefined)?.(e);
    };
    return stand as unknown as IDBOpenDBRequest;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args: Parameters<IDBDatabase['transaction']>) {
    const tx = transaction.apply(this, args);
    if (this.name === 'marginalia-analyses' && args[1] === 'readwrite')
      tx.addEventListener('complete', () => (w.__cacheWrites = (w.__cacheWrites ?? 0) + 1));
    return tx;
  };
}

for (const { name, viewport } of [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: '390 px', viewport: { width: 390, height: 844 } },
]) {
  test(`an article removed here stays out of the cache though another tab analysed it, until it is opened again (${name})`, async ({
    page,
    context,
  }) => {
    // Two pages and a reload (or a 6 s storage timeout): well within the default limit on a quiet machine, not under CI load.
    test.slow();
    await page.setViewportSize(viewport);
    await openOwnArticle(page);
    await expect.poll(() => storedAnalyses(page), { timeout: 15_000 }).toBe(1);
    const address = page.url();

    // The other tab opens the article; its cache is slow, so it analyses the text itself.
    const other = await context.newPage();
    await other.setViewportSize(viewport);
    await other.addInitScript(slowCacheTab);
    await other.goto(address);
    await expect(other.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(other.getByRole('status').filter({ hasText: /^Analysis done: 2 people/ })).toBeVisible({
      timeout: 20_000,
    });

    // Removed here, by keyboard.
    await page.goto('./#/library');
    const remove = page.getByRole('button', { name: `Remove “${TITLE}” from the library` });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: new RegExp(TITLE) })).toHaveCount(0);
    await expect.poll(() => storedAnalyses(page)).toBe(0);

    // The other tab's write goes through now: it must not bring the names back.
    await other.evaluate(() => (window as unknown as { __openCache: () => void }).__openCache());
    await expect
      .poll(() => other.evaluate(() => (window as unknown as { __cacheWrites: number }).__cacheWrites), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    expect(await storedAnalyses(page)).toBe(0);
    await other.close();

    // Opened again in this session: cached again, without a reload, so the next visit paints at once.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file', exact: true }).click();
    await (await chooser).setFiles({ name: 'pilots.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
    await expect(page.getByRole('status').filter({ hasText: /^Analysis done: 2 people/ })).toBeVisible({
      timeout: 20_000,
    });
    await expect.poll(() => storedAnalyses(page), { timeout: 15_000 }).toBe(1);
    await page.route(/\/assets\/(analysis|gazetteer)[\w.-]*\.js$/, (route) => route.abort());
    await page.reload();
    await expect(page.getByRole('tab', { name: /^Claims \(3\)/ })).toBeVisible({ timeout: 20_000 });
    await expectNamePainted(page, 'Fiona Mackay');
  });
}
