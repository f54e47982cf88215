import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleTextSaved, dropFile, openDefaultArticle, pickFile } from './support/app';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

const SAMPLE =
  'Bridge reopens after repairs\nDUNDEE — The Tay road bridge reopened on Friday after six weeks of repairs, the operator said.\nTraffic was light.';

// Long enough (about 400 KB) that reading it is still under way when a second article is asked for.
const HARBOUR = `Harbour report in full\n${Array.from(
  { length: 6000 },
  () => 'The council met on Tuesday and heard the harbour report in full. ',
).join('\n')}`;

test.describe('opening an article', () => {
  let server: FixtureServer;
  test.beforeAll(async () => {
    server = await startFixtureServer();
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('from a file chosen with the picker, and it stays in the library after a reload', async ({ page }) => {
    await openDefaultArticle(page);
    await pickFile(page, { name: 'bridge.txt', mimeType: 'text/plain', buffer: Buffer.from(SAMPLE) });
    await expect(page.getByRole('heading', { level: 1, name: 'Bridge reopens after repairs' })).toBeVisible();
    await expect(page.getByText('DUNDEE —', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/#\/read\/[0-9a-f]{16}$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Bridge reopens after repairs' })).toBeVisible();
    await page.getByRole('link', { name: 'Library' }).click();
    await expect(
      page.getByRole('region', { name: 'Opened by you' }).getByRole('link', { name: /Bridge reopens after repairs/ }),
    ).toBeVisible();
  });

  test('a paragraph in Arabic runs right to left beside English ones, its words right-aligned', async ({ page }) => {
    const arabic = 'قال المتحدث إن الجسر سيفتح يوم الجمعة.';
    const text = `Bridge reopens after repairs\nThe bridge reopened on Friday, the operator said.\n${arabic}\nTraffic was light.`;
    await openDefaultArticle(page);
    await pickFile(page, { name: 'bridge-ar.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    const rtl = page.getByText(arabic, { exact: true });
    const ltr = page.getByText('Traffic was light.', { exact: true });
    await expect(rtl).toBeVisible();
    expect(await rtl.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await ltr.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // What a reader sees: the Arabic line (shorter than the column) ends at its right edge and leaves
    // room on the left; the English starts at the left edge.
    const [r, l] = [await rtl.boundingBox(), await ltr.boundingBox()];
    const range = await rtl.evaluate((el) => {
      const rg = document.createRange();
      rg.selectNodeContents(el);
      const rects = [...rg.getClientRects()];
      return { left: Math.min(...rects.map((x) => x.left)), right: Math.max(...rects.map((x) => x.right)) };
    });
    const english = await ltr.evaluate((el) => {
      const rg = document.createRange();
      rg.selectNodeContents(el);
      return Math.min(...[...rg.getClientRects()].map((x) => x.left));
    });
    expect(Math.abs(range.right - (r!.x + r!.width))).toBeLessThan(2);
    expect(range.left - r!.x).toBeGreaterThan(2);
    expect(Math.abs(english - l!.x)).toBeLessThan(2);
  });

  // Past 64K characters the text is kept as a Blob of UTF-8: from a plain UTF-8 file, the file's own
  // bytes; after a byte-order mark, the text encoded again. Either way a reload reads it back whole.
  for (const [label, mark] of [
    ['without', ''],
    ['with', '\uFEFF'],
  ] as const) {
    test(`a long file in several scripts, ${label} a byte-order mark, reads back whole after a reload`, async ({
      page,
    }) => {
      // Opened, saved and read back: longer than the other cases on a loaded machine.
      test.setTimeout(120_000);
      const line = (i: number) => `Абзац ${i}: МОСКВА — выпал снег. 서울 — 밝혔다. Grève à Brest 🚢 ${i}.`;
      const text = `Хроника долгой зимы\n${Array.from({ length: 1500 }, (_, i) => line(i)).join('\n')}`;
      await openDefaultArticle(page);
      await pickFile(page, { name: `winter-${label}.txt`, mimeType: 'text/plain', buffer: Buffer.from(mark + text) });
      const title = page.getByRole('heading', { level: 1, name: 'Хроника долгой зимы' });
      await expect(title).toBeVisible();
      await expect(page.getByText(line(1499), { exact: true })).toBeAttached({ timeout: 15_000 });
      await articleTextSaved(page);
      await page.reload();
      await expect(title).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(line(0), { exact: true })).toBeVisible();
      await expect(page.getByText(line(1499), { exact: true })).toBeAttached({ timeout: 15_000 });
      await expect(page.getByText(/damaged/)).toHaveCount(0);
    });
  }

  test('two files chosen one after the other: the last one chosen is shown, the first is kept', async ({ page }) => {
    await openDefaultArticle(page);
    // Both files are handed to the picker in one turn of the page, as fast as any hand could, so
    // the long one is still being read when the short one has been chosen.
    await page.getByLabel('Choose an article file').evaluate(
      (input: HTMLInputElement, texts) => {
        for (const [name, text] of texts) {
          const chosen = new DataTransfer();
          chosen.items.add(new File([text], name, { type: 'text/plain' }));
          input.files = chosen.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }
      },
      [
        ['harbour.txt', HARBOUR],
        ['bridge.txt', SAMPLE],
      ],
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Bridge reopens after repairs' })).toBeVisible();
    await expect(
      page.getByRole('status').getByText('“Harbour report in full” was added to your library.'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Bridge reopens after repairs' })).toBeVisible();
    await page.getByRole('link', { name: 'Library' }).click();
    const opened = page.getByRole('region', { name: 'Opened by you' });
    await expect(opened.getByRole('link', { name: /Harbour report in full/ })).toBeVisible();
    await expect(opened.getByRole('link', { name: /Bridge reopens after repairs/ })).toBeVisible();
  });

  test('a file still being read when an article is pasted does not take the page from it', async ({ page }) => {
    await openDefaultArticle(page);
    await page.getByRole('button', { name: 'Paste article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('My pasted story');
    await dialog.getByRole('textbox', { name: 'Article text' }).fill('The mayor said the bridge would reopen.');
    // The long file is chosen and the paste sent in one turn of the page, so the file is still
    // being read when the pasted article is asked for.
    await page.getByLabel('Choose an article file').evaluate((input: HTMLInputElement, text) => {
      const chosen = new DataTransfer();
      chosen.items.add(new File([text], 'harbour.txt', { type: 'text/plain' }));
      input.files = chosen.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      document.querySelector<HTMLFormElement>('dialog[open] form')?.requestSubmit();
    }, HARBOUR);
    await expect(
      page.getByRole('status').getByText('“Harbour report in full” was added to your library.'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'My pasted story' })).toBeVisible();
  });

  test('from a Markdown file dropped on the page', async ({ page }) => {
    await openDefaultArticle(page);
    await dropFile(
      page,
      'notes.md',
      '# Ferry timetable changes\n\nFrom **Monday**, the [ferry](https://example.org) leaves at noon.',
      'text/markdown',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Ferry timetable changes' })).toBeVisible();
    await expect(page.getByText('From Monday, the ferry leaves at noon.')).toBeVisible();
  });

  test('from pasted text with a typed title', async ({ page }) => {
    await openDefaultArticle(page);
    await page.getByRole('button', { name: 'Paste article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('My pasted story');
    await dialog
      .getByRole('textbox', { name: 'Article text' })
      .fill('The mayor said the bridge would reopen.\nSecond paragraph.');
    await dialog.getByRole('button', { name: 'Open article' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My pasted story' })).toBeVisible();
    await expect(page.getByText('The mayor said the bridge would reopen.')).toBeVisible();
  });

  test('from a web address, reduced to the article with nothing of the page run', async ({ page }) => {
    await openDefaultArticle(page);
    await page.getByRole('button', { name: 'Open URL' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open web address' });
    await dialog.getByRole('textbox', { name: 'Web address' }).fill(`${server.url}/open/article.html`);
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lighthouse keepers return to Fair Isle' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Visitors welcome' })).toBeVisible();
    await expect(page.getByText('LERWICK —', { exact: true })).toBeVisible();
    await expect(page.getByText('Home · News')).toHaveCount(0);
    await expect(page.locator('article img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  test('a site that refuses says so plainly and offers the paste path', async ({ page }) => {
    await openDefaultArticle(page);
    await page.getByRole('button', { name: 'Open URL' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open web address' });
    await dialog.getByRole('textbox', { name: 'Web address' }).fill(`${server.url}/closed/article.html`);
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect(dialog.getByRole('alert')).toContainText('The site refused to let the browser read this page');
    await dialog.getByRole('button', { name: 'Paste article instead' }).click();
    await expect(page.getByRole('dialog', { name: 'Paste article' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: /Putin challenges the West/ })).toBeVisible();
  });

  test('a web address that 404s gets a clear message', async ({ page }) => {
    await openDefaultArticle(page);
    await page.getByRole('button', { name: 'Open URL' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open web address' });
    await dialog.getByRole('textbox', { name: 'Web address' }).fill(`${server.url}/missing.html`);
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect(dialog.getByRole('alert')).toContainText('The site answered 404');
  });
});

test.describe('bad input gets a clear message and the article being read stays', () => {
  const expectStillReading = async (page: import('@playwright/test').Page) => {
    await expect(page.getByRole('heading', { level: 1, name: /Putin challenges the West/ })).toBeVisible();
  };

  test('an empty file', async ({ page }) => {
    await openDefaultArticle(page);
    await pickFile(page, { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect(page.getByRole('alert')).toContainText('“empty.txt” is empty');
    await expectStillReading(page);
  });

  test('a PNG renamed .txt', async ({ page }) => {
    await openDefaultArticle(page);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await pickFile(page, { name: 'photo.txt', mimeType: 'text/plain', buffer: png });
    await expect(page.getByRole('alert')).toContainText('“photo.txt” is a PNG image, not a text article');
    await expectStillReading(page);
  });

  test('a 50 MB file', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-'));
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'));
    await openDefaultArticle(page);
    await pickFile(page, path);
    await expect(page.getByRole('alert')).toContainText(
      'This article is 50.0 MB; Marginalia opens articles up to 5.0 MB',
    );
    await expectStillReading(page);
  });

  test('HTML full of scripts, styles and event handlers runs nothing', async ({ page }) => {
    await openDefaultArticle(page);
    const evil = `<!doctype html><html><head><style>p{color:red}</style><script>window.__pwned='head'</script></head><body>
      <h1>Council budget approved</h1><p onmouseover="window.__pwned='hover'">The council approved its budget on Monday.</p>
      <p>Councillors debated for six hours. <img src=x onerror="window.__pwned='img'"><svg onload="window.__pwned='svg'"></svg></p>
      <script>window.__pwned='body'</script><iframe src="javascript:window.__pwned='iframe'"></iframe></body></html>`;
    await pickFile(page, { name: 'evil.html', mimeType: 'text/html', buffer: Buffer.from(evil) });
    await expect(page.getByRole('heading', { level: 1, name: 'Council budget approved' })).toBeVisible();
    await page.getByText('The council approved its budget on Monday.').hover();
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    await expect(page.locator('article script, article img, article iframe, article svg, article style')).toHaveCount(
      0,
    );
  });

  test('an HTML file keeps its byline and date in the header, not in the text', async ({ page }) => {
    await openDefaultArticle(page);
    const story =
      'The ferry company said on Monday it would add a second boat to the winter timetable after a month of cancellations left islanders stranded on the mainland.';
    const html = `<!doctype html><html><head><title>Second ferry for the winter</title>
      <meta name="author" content="Morag Innes"><meta property="article:published_time" content="2026-01-12T08:00:00Z">
      </head><body><article><h1>Second ferry for the winter</h1><p>By Morag Innes</p>
      <p><time datetime="2026-01-12">12 January 2026</time></p>
      <p>${story} ${story}</p><p>${story} ${story}</p></article></body></html>`;
    await pickFile(page, { name: 'ferry.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect(page.getByRole('heading', { level: 1, name: 'Second ferry for the winter' })).toBeVisible();
    const header = page.locator('article header');
    await expect(header).toContainText('By Morag Innes');
    await expect(header).toContainText('2026-01-12');
    const body = page.locator('article').getByText(/Morag Innes|12 January 2026/);
    await expect(body).toHaveCount(1);
    await expect(page.getByText('By Morag Innes', { exact: true })).toHaveCount(0);
  });

  test('Cyrillic and Korean text is read correctly', async ({ page }) => {
    await openDefaultArticle(page);
    await pickFile(page, {
      name: 'ru.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Новости дня\nМОСКВА — В четверг в Москве выпал первый снег.\n서울 — 국가정보원은 목요일에 밝혔다.',
      ),
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Новости дня' })).toBeVisible();
    await expect(page.getByText('В четверг в Москве выпал первый снег.')).toBeVisible();
    await expect(page.getByText('서울 — 국가정보원은 목요일에 밝혔다.')).toBeVisible();
  });

  test('an address that leads nowhere', async ({ page }) => {
    await page.goto('#/read/0000000000000000');
    await expect(page.getByRole('alert')).toContainText('This article is not in your library');
    await page.getByRole('link', { name: 'Go to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  });
});
