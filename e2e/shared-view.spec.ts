/**
 * The recipient's view of a share link, as a person sees it: a sender annotates and shares in one
 * browser, the recipient opens the link in a fresh one (no storage) and must see every shared
 * passage painted (measured on screenshots), the notes rendered, verdicts and tags, the first
 * passage on screen, a banner as wide as the article, on a desktop and on phones (390 px dark,
 * 360 px light and touch).
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { openAnalysed, selectWithMouse, openQuoteCard } from './support/app';
import { capture, inkShare, phraseBox, pixelDifference } from './support/pixels';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

/**
 * A sender's name as long as the Share dialog takes whole words of, with no place to break: an
 * invented handle. It ran past a 390 px banner's right edge.
 */
const LONG_NAME = 'Maximiliana_Wolkenstein_Rodenegg_Hohenlohe_Schillingsfurst';

/** The share link for the same annotations, as sent under each name in turn. */
async function makeLinks(browser: Browser, names: readonly string[]): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  await page.keyboard.insertText('This is **long**, see the [transcript](https://example.com/t)');
  const card = page.getByRole('region', { name: /^Your highlight/ });
  await card.getByRole('button', { name: 'Save note' }).click();
  await card.getByRole('combobox', { name: 'Tags' }).fill('missiles');
  await card.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText('#missiles');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await selectWithMouse(page, 'hypersonic missile');
  await toolbar(page).getByRole('button', { name: 'Highlight: question (blue)' }).click();
  const claimCard = await openQuoteCard(page);
  await claimCard.getByRole('combobox', { name: 'Your verdict' }).selectOption('Disputed');
  await claimCard.getByRole('textbox', { name: 'Sources (one link per line)' }).fill('https://example.org/fact-check');
  await claimCard.getByRole('button', { name: 'Save verdict' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with annotations' });
  const field = dialog.getByRole('textbox', { name: 'Share link' });
  const links: string[] = [];
  for (const name of names) {
    const before = await field.inputValue();
    await dialog.getByRole('textbox', { name: /Your name/ }).fill(name);
    await expect(field).not.toHaveValue(before);
    await expect(field).toHaveAttribute('aria-busy', 'false');
    await expect(field).toHaveValue(/#\/share\//);
    links.push(await field.inputValue());
  }
  await context.close();
  return links;
}

/** Whether the first painted range of a layer is inside the viewport, below the sticky header. */
const firstOnScreen = (page: Page, layer: string) =>
  page.evaluate((name) => {
    const r = [...(CSS.highlights.get(name) ?? [])][0] as Range | undefined;
    if (!r) return false;
    const b = r.getBoundingClientRect();
    return b.top >= 40 && b.bottom <= window.innerHeight;
  }, layer);

const flashOver = (page: Page) => expect.poll(() => page.evaluate(() => CSS.highlights.has('mg-flash'))).toBe(false);

let link = '';
let longNameLink = '';
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  [link, longNameLink] = await makeLinks(browser, ['Alice', LONG_NAME]);
});

/** What in the element runs past the window's left or right edge (the first words of each). */
const pastTheEdges = (locator: Locator) =>
  locator.evaluate((el) =>
    [el, ...el.querySelectorAll('*')]
      .filter((child) => {
        const r = child.getBoundingClientRect();
        return r.width > 0 && (r.left < -0.5 || r.right > window.innerWidth + 0.5);
      })
      .map((child) => `${child.localName}: ${child.textContent?.slice(0, 40)}`),
  );

test('the recipient sees every shared passage painted, the notes rendered, the first passage on screen', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(link);
  const banner = page.getByRole('region', { name: 'Shared annotations' });
  // The shared article opens (and the link is decoded) before the banner: slow on a loaded machine.
  await expect(banner.getByRole('heading')).toHaveText('3 annotations shared by Alice', { timeout: 15_000 });
  // Notes are rendered Markdown from the first paint: bold text and a link, no asterisks.
  await expect(banner.locator('strong', { hasText: 'long' })).toBeVisible();
  await expect(banner.getByRole('link', { name: 'transcript' })).toHaveAttribute('href', 'https://example.com/t');
  await expect(banner).not.toContainText('**');
  await expect(banner).toContainText('Verdict: Disputed');
  // The verdict judges someone's claim: the line says whose, as the Claims panel names them (once
  // the recipient's reader has analysed the text).
  await expect(banner.locator('.shared-meta', { hasText: 'Verdict: Disputed' })).toContainText(
    'Claim by Vladimir Putin',
    { timeout: 20_000 },
  );
  // The verdict's source is the sender's evidence: the recipient can follow it, not only count it.
  await expect(banner.getByRole('link', { name: 'example.org/fact-check' })).toHaveAttribute(
    'href',
    'https://example.org/fact-check',
  );
  await expect(banner).toContainText('#missiles');
  // The claim is shown once in quotation marks, never doubled.
  await expect(banner.getByRole('button', { name: /There is no chance/ })).toHaveText(
    '“There is no chance of shooting down these missiles”',
  );
  // The first shared passage (reading order) is on screen without the reader scrolling.
  await expect.poll(() => firstOnScreen(page, 'mg-shared')).toBe(true);

  // The banner lines up with the article column.
  const bannerBox = (await banner.boundingBox())!;
  const articleBox = (await page.locator('article.article').boundingBox())!;
  expect(Math.abs(bannerBox.x - articleBox.x)).toBeLessThan(2);
  expect(Math.abs(bannerBox.width - articleBox.width)).toBeLessThan(2);

  // It folds away and back, by keyboard.
  const toggle = banner.getByRole('button', { name: 'Hide list' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(banner.getByRole('button', { name: 'Show list' })).toHaveAttribute('aria-expanded', 'false');
  await expect(banner.getByRole('list', { name: 'Shared passages' })).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(banner.getByRole('list', { name: 'Shared passages' })).toBeVisible();

  // Painted: the passage's pixels change when the shared layer goes away.
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await flashOver(page);
  const painted: Record<string, string> = {};
  for (const phrase of ['marathon session', 'hypersonic missile']) {
    painted[phrase] = await capture(page, await phraseBox(page, phrase));
  }
  await page.screenshot({ path: test.info().outputPath('recipient-1440-light.png') });
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
  for (const phrase of ['marathon session', 'hypersonic missile']) {
    const plain = await capture(page, await phraseBox(page, phrase));
    expect(await pixelDifference(page, painted[phrase], plain)).toBeGreaterThan(0.15);
  }
  await context.close();
});

test('the recipient’s Notes tab counts the shared annotations apart, lists them as Alice’s, and Keep makes them theirs', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  // The shared article opens (and the link is decoded) before the banner: slow on a loaded machine.
  await expect(page.getByRole('region', { name: 'Shared annotations' }).getByRole('heading')).toHaveText(
    '3 annotations shared by Alice',
    { timeout: 15_000 },
  );
  // Not "Notes (0)" while three notes are on the page: counted, and said to be the sender's.
  await page.getByRole('tab', { name: 'Notes (0 + 3 shared)' }).click();
  const panel = page.getByRole('tabpanel');
  const section = panel.getByRole('region', { name: 'Shared by Alice (3)' });
  await expect(section.getByRole('list', { name: 'Shared by Alice' }).getByRole('listitem')).toHaveCount(3);
  await expect(section.locator('strong', { hasText: 'long' })).toBeVisible();
  await expect(section).toContainText('Verdict: Disputed · Claim by Vladimir Putin', { timeout: 20_000 });
  await expect(section).toContainText('#missiles');
  await expect(section).toContainText('Not yours until you keep them');
  // Read-only: nothing to edit them with, and the reader's own list is still empty.
  await expect(section.getByRole('textbox')).toHaveCount(0);
  await expect(panel.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(0);
  // A passage in the list takes the reader to it.
  await section.getByRole('button', { name: /There is no chance/ }).click();
  await expect(page.locator('.article-body').getByText(/There is no chance/)).toBeInViewport();

  await section.getByRole('button', { name: 'Keep them as my notes' }).click();
  await expect(page.getByRole('tab', { name: 'Notes (3)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shared annotations' })).toHaveCount(0);
  await expect(panel.getByRole('region', { name: /^Shared by/ })).toHaveCount(0);
  await expect(panel.getByRole('list', { name: 'Annotations' }).getByRole('listitem')).toHaveCount(3);
  await context.close();
});

test('on a phone in dark mode: the banner fits a long name, says whose claim, the first passage is on screen and painted, Keep makes it yours', async ({
  browser,
}) => {
  // Two fresh pages' worth of work plus the banner's pixel checks: over the default limit under load.
  test.slow();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(longNameLink);
  const banner = page.getByRole('region', { name: 'Shared annotations' });
  // The shared article opens (and the link is decoded) before the banner: slow on a loaded machine.
  await expect(banner.getByRole('heading')).toHaveText(`3 annotations shared by ${LONG_NAME}`, { timeout: 15_000 });
  await expect(banner.locator('strong', { hasText: 'long' })).toBeVisible();
  await expect(banner.getByRole('link', { name: 'example.org/fact-check' })).toBeVisible();
  // The verdict's line names whose claim it judges, on a phone as on a desktop.
  await expect(banner.locator('.shared-meta', { hasText: 'Verdict: Disputed' })).toContainText(
    'Claim by Vladimir Putin',
    { timeout: 20_000 },
  );
  await expect.poll(() => firstOnScreen(page, 'mg-shared')).toBe(true);
  // The banner, and everything in it (the long name wrapped), within the 390 px; nothing scrolls
  // sideways.
  const box = (await banner.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await pastTheEdges(banner)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await banner.screenshot({ path: test.info().outputPath('banner-390-dark.png') });
  // Seen, not only laid out: the banner's heading and its Keep button are drawn on top where they
  // are (nothing covers them), and their pixels carry text in a contrasting colour.
  for (const part of [banner.getByRole('heading'), banner.getByRole('button', { name: 'Keep these' })]) {
    await part.scrollIntoViewIfNeeded();
    expect(
      await part.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      }),
    ).toBe(true);
    const b = (await part.boundingBox())!;
    const shot = await capture(page, {
      x: Math.round(b.x),
      y: Math.round(b.y),
      width: Math.round(b.width),
      height: Math.round(b.height),
    });
    expect(await inkShare(page, shot)).toBeGreaterThan(0.03);
  }
  // The Notes tab names the sender too: its shared section fits as well.
  await page.getByRole('tab', { name: 'Notes (0 + 3 shared)' }).click();
  const section = page.getByRole('tabpanel').getByRole('region', { name: `Shared by ${LONG_NAME} (3)` });
  await expect(section).toBeVisible();
  expect(await pastTheEdges(section)).toEqual([]);
  await page.getByRole('button', { name: 'Close panels' }).click();
  await expect(page.getByRole('tabpanel')).toBeHidden();

  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await flashOver(page);
  const shared = await capture(page, await phraseBox(page, 'marathon session'));
  await page.screenshot({ path: test.info().outputPath('recipient-390-dark.png') });
  await banner.getByRole('button', { name: 'Keep these' }).click();
  await expect(banner).toHaveCount(0);
  // Kept, the passage is the reader's own yellow highlight: painted, and painted differently.
  const own = await capture(page, await phraseBox(page, 'marathon session'));
  expect(await pixelDifference(page, shared, own)).toBeGreaterThan(0.15);
  await page.getByRole('tab', { name: 'Notes (3)' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('transcript');
  await context.close();
});

test('at 360 px on a touch phone, light: the banner and its buttons fit, nothing scrolls sideways, the marks are painted', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    colorScheme: 'light',
  });
  const page = await context.newPage();
  await page.goto(link);
  const banner = page.getByRole('region', { name: 'Shared annotations' });
  // The shared article opens (and the link is decoded) before the banner: slow on a loaded machine.
  await expect(banner.getByRole('heading')).toHaveText('3 annotations shared by Alice', { timeout: 15_000 });
  await expect(banner).toContainText('Verdict: Disputed');
  await expect(banner).toContainText('#missiles');
  await expect(banner).toContainText('Claim by Vladimir Putin', { timeout: 20_000 });
  await expect.poll(() => firstOnScreen(page, 'mg-shared')).toBe(true);
  // The floating first-run hint would cover the shared passages: it waits for the banner to go.
  const hint = page.getByRole('complementary', { name: 'Getting started' });
  await expect(hint).toHaveCount(0);
  // The banner and everything in it, its buttons and notes included, within the 360 px.
  const box = (await banner.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await pastTheEdges(banner)).toEqual([]);
  for (const name of ['Hide list', 'Keep these', 'Dismiss']) {
    const button = (await banner.getByRole('button', { name }).boundingBox())!;
    expect(button.x).toBeGreaterThanOrEqual(0);
    expect(button.x + button.width).toBeLessThanOrEqual(360);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // Painted: each shared passage's pixels change when the shared layer goes away.
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await flashOver(page);
  const painted: Record<string, string> = {};
  for (const phrase of ['marathon session', 'hypersonic missile']) {
    painted[phrase] = await capture(page, await phraseBox(page, phrase));
  }
  await page.screenshot({ path: test.info().outputPath('recipient-360-light.png') });
  await banner.getByRole('button', { name: 'Dismiss' }).tap();
  await expect(banner).toHaveCount(0);
  for (const phrase of ['marathon session', 'hypersonic missile']) {
    const plain = await capture(page, await phraseBox(page, phrase));
    expect(await pixelDifference(page, painted[phrase], plain)).toBeGreaterThan(0.15);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expect(hint).toBeVisible();
  await context.close();
});
