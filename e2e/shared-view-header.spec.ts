/**
 * What the sender saw, the recipient sees: a share link carries the article's header (byline,
 * source, date) and a verdict on a claim shows beside the claim in the recipient's text, as a
 * badge named "Disputed (Alice)", at 1440 px light and 390 px dark. The sender gives the verdict
 * with the keyboard; the recipient reaches the judged passage from the banner with the keyboard.
 * A link made before the header travelled (version 1, kept as a string) still opens.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { pickFile, selectWithMouse } from './support/app';
import { capture, pixelDifference, type Box } from './support/pixels';
import { V1_SHARE_FRAGMENT } from '../src/model/share/share-v1-fixture';

const CLAIM = 'The wall will not survive another storm';
const PAGE = `<!doctype html>
<html><head>
<title>Harbour wall vote delayed again</title>
<meta property="og:site_name" content="Orkney Herald">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2026-11-02T09:00:00Z">
</head><body><article>
<h1>Harbour wall vote delayed again</h1>
<p>KIRKWALL — The council delayed its vote on the harbour wall on Tuesday, the third delay this year.</p>
<p>“${CLAIM},” said Mayor Tom Flett, who asked for the repairs to start before winter.</p>
<p>Engineers from the port authority said the wall was sound and would last another ten years.</p>
<p>Councillors will meet again in December to decide how the repairs are paid for.</p>
</article></body></html>`;

/** The sender: opens the page from a file, highlights a phrase, judges the claim by keyboard, copies the link. */
async function makeLink(browser: Browser): Promise<{ link: string; meta: string }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('./');
  await pickFile(page, { name: 'harbour-wall.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) });
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour wall vote delayed again' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 30_000 });
  const meta = (await page.locator('.article-meta').textContent()) ?? '';
  expect(meta).toContain('Jane Doe');

  await selectWithMouse(page, 'third delay this year');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' })
    .click();
  await page.keyboard.press('Escape');

  // The verdict with keys only: the claim's card from the Claims list, Tab to the verdict, type its
  // first letter, Tab to Save, Enter.
  await page.getByRole('tab', { name: /^Claims/ }).focus();
  await page.keyboard.press('Enter');
  const item = page.getByRole('tabpanel').getByRole('button', { name: new RegExp(CLAIM) });
  await item.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('region', { name: 'Claim by Tom Flett' });
  const verdict = card.getByRole('combobox', { name: 'Your verdict' });
  for (let i = 0; i < 12 && !(await verdict.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(verdict).toBeFocused();
  await page.keyboard.type('D');
  await expect(verdict).toHaveValue('disputed');
  const save = card.getByRole('button', { name: 'Save verdict' });
  for (let i = 0; i < 6 && !(await save.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByText('Your verdict: Disputed')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with annotations' });
  await dialog.getByRole('textbox', { name: /Your name/ }).fill('Alice');
  const field = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(field).toHaveValue(/#\/share\/2\./);
  await expect(field).toHaveAttribute('aria-busy', 'false');
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await field.inputValue());
  await context.close();
  return { link, meta };
}

/** The badge's box, a little larger so its border is inside. */
async function around(page: Page, name: string): Promise<Box> {
  const b = (await page.getByRole('img', { name }).boundingBox())!;
  return {
    x: Math.floor(b.x) - 2,
    y: Math.floor(b.y) - 2,
    width: Math.ceil(b.width) + 4,
    height: Math.ceil(b.height) + 4,
  };
}

let sent = { link: '', meta: '' };
test.beforeAll(async ({ browser }) => {
  // Two browsers open and analyse the article, as the other two-browser tests: 90 s.
  test.setTimeout(90_000);
  sent = await makeLink(browser);
});

for (const look of [
  { width: 1440, height: 900, colorScheme: 'light' as const },
  { width: 390, height: 844, colorScheme: 'dark' as const },
]) {
  test(`at ${look.width} px, ${look.colorScheme}: the recipient sees the sender's header and the verdict beside the claim`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({
      viewport: { width: look.width, height: look.height },
      colorScheme: look.colorScheme,
    });
    const page = await context.newPage();
    await page.goto(sent.link);
    const banner = page.getByRole('region', { name: 'Shared annotations' });
    // A fresh browser decodes, opens and anchors the link in workers: slow on a loaded machine.
    await expect(banner.getByRole('heading')).toHaveText('2 annotations shared by Alice', { timeout: 20_000 });

    // The header: the title and the line under it, as the sender's reader showed them.
    await expect(page.getByRole('heading', { level: 1, name: 'Harbour wall vote delayed again' })).toBeVisible();
    await expect(page.locator('.article-meta')).toHaveText(sent.meta);
    await expect(page.locator('.article-meta')).toContainText('By Jane Doe');
    await expect(page.locator('.article-meta')).toContainText('Orkney Herald');

    // The verdict, in the text, right after the claim's words, named for a screen reader.
    const badge = page.getByRole('img', { name: 'Disputed (Alice)' });
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('title', 'Verdict shared by Alice: Disputed');
    // Right after the claim's last character (the engine's claim runs to the end of its sentence).
    const placement = await badge.evaluate((el) => ({
      paragraph: el.closest('.article-body p')?.textContent?.includes('The wall will not survive'),
      before: el.previousSibling?.textContent?.slice(-14),
      shows: getComputedStyle(el, '::before').content,
    }));
    expect(placement).toEqual({ paragraph: true, before: 'before winter.', shows: '"⇄ Disputed · Alice"' });
    const box = (await badge.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(look.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(look.width);
    // The badge is not part of the text: the paragraph reads as it did.
    await expect(page.locator('.article-body p', { hasText: 'said Mayor Tom Flett' })).toHaveText(
      `“${CLAIM},” said Mayor Tom Flett, who asked for the repairs to start before winter.`,
    );

    // Keyboard: from the banner's list to the judged passage; the badge is on screen beside it.
    const jump = banner.getByRole('button', { name: new RegExp(CLAIM) });
    await jump.focus();
    await page.keyboard.press('Enter');
    await expect(badge).toBeInViewport();

    // Seen: the pixels where the badge is change when the shared layer is dismissed.
    await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('mg-flash'))).toBe(false);
    const where = await around(page, 'Disputed (Alice)');
    const shown = await capture(page, where);
    await page.screenshot({ path: test.info().outputPath(`recipient-${look.width}-${look.colorScheme}.png`) });
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
    await expect(badge).toHaveCount(0);
    expect(await pixelDifference(page, shown, await capture(page, where))).toBeGreaterThan(0.1);
    // Taken out, the text is whole again: one text node where the badge split it.
    expect(
      await page
        .locator('.article-body p', { hasText: 'said Mayor Tom Flett' })
        .evaluate((p) => [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).length),
    ).toBe(1);
    await context.close();
  });
}

test('a version 1 link, made before the header travelled, still opens with its verdict beside the claim', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`./${V1_SHARE_FRAGMENT}`);
  const banner = page.getByRole('region', { name: 'Shared annotations' });
  await expect(banner.getByRole('heading')).toHaveText('2 annotations shared by Alice', { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Harbour wall vote delayed' })).toBeVisible();
  await expect(page.locator('.article-meta')).toHaveText('Pasted text');
  await expect(page.getByRole('img', { name: 'Disputed (Alice)' })).toBeVisible();
  await expect(banner).toContainText('Verdict: Disputed');
  await context.close();
});

test('a header, title and sender with markup, control characters and direction overrides show as plain text, and run nothing', async ({
  page,
}) => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const text = 'Ferry fares frozen\nFares will not rise this winter, the council said.';
  // Crafted by hand, not by our encoder (which cleans and cuts too): the recipient's side must.
  // The title's override would show "Ferry fares" reversed; the name's would turn the banner's line.
  const payload = {
    v: 2,
    a: ['t', `${evil}\u0000\n\u202eFerry fares\u202c frozen`, text],
    n: [['Fares will not rise', text.indexOf('Fares will'), '', '', '', 0, [], 1, 2]],
    t: 0,
    s: '\u202eecilA\u202c\u0007\n<b>Bob</b>',
    h: { b: `${evil}\u0000\n`, s: '\u202eswen-laer\u202c', d: 'x'.repeat(5_000) },
  };
  const packed = deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url');
  await page.goto(`./#/share/2.${packed}`);
  const banner = page.getByRole('region', { name: 'Shared annotations' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  const meta = page.locator('.article-meta');
  await expect(meta).toContainText(`By ${evil}`);
  await expect(meta).toContainText('swen-laer');
  // The title and the sender's name, as plain text on one line: markup shown as its characters.
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(`${evil} Ferry fares frozen`);
  await expect(banner.getByRole('heading')).toHaveText('1 annotation shared by ecilA <b>Bob</b>');
  // No control character and no direction override reached the page, in any of them.
  const shown = [
    await meta.textContent(),
    await title.textContent(),
    await banner.getByRole('heading').textContent(),
    await page.title(),
  ].join('');
  const codes = [...shown].map((c) => c.codePointAt(0)!);
  expect(codes.filter((c) => c < 0x20 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))).toEqual([]);
  // The 5,000-character date was cut to 64 characters.
  expect((await meta.textContent())!.length).toBeLessThan(evil.length + 120);
  await expect(page.locator('img, script:not([src]), b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
