import { expect, test, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEFAULT_TITLE, openAnalysed as analysed, painted, selectWithMouse, openQuoteCard } from './support/app';
import { firstPaintedBox } from './support/highlights';

test('the cast lists the main people, sorted by mentions, with their roles', async ({ page }) => {
  await analysed(page);
  const people = page.getByRole('region', { name: /People/ });
  for (const name of ['Vladimir Putin', 'Donald Trump', 'Volodymyr Zelensky', 'Kim Jong Un']) {
    await expect(people.getByRole('button', { name: new RegExp(`^${name}, \\d+ mentions?`) })).toBeVisible();
  }
  await expect(people.getByRole('button').first()).toHaveAccessibleName(/^Vladimir Putin/);
  await expect(people.getByText('US President-elect')).toBeVisible();
});

test('clicking a cast entry jumps to its first mention and the card steps through mentions', async ({ page }) => {
  await analysed(page);
  await page.getByRole('button', { name: /^Donald Trump, \d+ mentions?/ }).click();
  const card = page.getByRole('region', { name: 'Donald Trump' });
  await expect(card).toBeVisible();
  await expect(card.getByText('1 of 4')).toBeVisible();
  await card.getByRole('button', { name: 'Next mention →' }).click();
  await expect(card.getByText('2 of 4')).toBeVisible();
  expect(await painted(page, 'mg-cursor')).toEqual(['Trump']);
});

test('the claims panel puts Putin first and filters by speaker and kind', async ({ page }) => {
  await analysed(page);
  await page.getByRole('tab', { name: /Claims/ }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { level: 3 }).first()).toContainText('Vladimir Putin');
  await panel.getByRole('combobox', { name: 'Kind' }).selectOption('Direct quote');
  await expect(panel.getByText('There is no chance of shooting down these missiles', { exact: false })).toBeVisible();
  await expect(panel.getByText('he was ready to work with US President-elect', { exact: false })).toHaveCount(0);
  await panel.getByRole('button', { name: /There is no chance/ }).click();
  await expect(page.getByRole('region', { name: 'Claim by Vladimir Putin' })).toBeVisible();
});

test('only direct quotes are shown in quotation marks, in the claims panel and the card', async ({ page }) => {
  await analysed(page);
  await page.getByRole('tab', { name: /Claims/ }).click();
  const panel = page.getByRole('tabpanel');
  const quoted = panel.getByRole('button', { name: /There is no chance/ });
  await expect(quoted).toContainText('“There is no chance of shooting down these missiles');
  await panel.getByRole('combobox', { name: 'Kind' }).selectOption('Reported speech');
  const reported = panel.getByRole('button', { name: /he was ready to work with US President-elect/ });
  await expect(reported).toBeVisible();
  // A paraphrase is never presented as someone's words.
  await expect(reported.locator('.claim-quote')).not.toContainText('“');
  await expect(reported.locator('.claim-quote')).not.toContainText('”');
  await reported.click();
  const card = page.getByRole('region', { name: 'Claim by Vladimir Putin' });
  await expect(card.getByText(/^he was ready to work with US President-elect/)).toBeVisible();
  await expect(card.getByRole('blockquote')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await panel.getByRole('combobox', { name: 'Kind' }).selectOption('Direct quote');
  await panel.getByRole('button', { name: /There is no chance/ }).click();
  await expect(page.getByRole('region', { name: 'Claim by Vladimir Putin' }).getByRole('blockquote')).toContainText(
    /^“There is no chance/,
  );
});

test('the map shows markers for Moscow and Kyiv, and a marker leads to its mentions', async ({ page }) => {
  await analysed(page);
  await page.getByRole('tab', { name: 'Map' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('button', { name: /^Moscow, Russia/ }).first()).toBeVisible();
  const kyiv = panel.getByRole('button', { name: /Kyiv/ }).first();
  await expect(kyiv).toBeVisible();
  await kyiv.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Kiev' })).toBeVisible();
});

test('the map frames the main places; a far one stays at the edge until "Show all places"', async ({ page }) => {
  await analysed(page);
  await page.getByRole('tab', { name: 'Map' }).click();
  const panel = page.getByRole('tabpanel');
  const outside = panel.getByRole('button', { name: /\(outside this view\)$/ });
  await expect(outside.first()).toBeVisible();
  const showAll = panel.getByRole('button', { name: 'Show all places' });
  await expect(showAll).toHaveAttribute('aria-pressed', 'false');
  await showAll.press('Enter');
  await expect(showAll).toHaveAttribute('aria-pressed', 'true');
  await expect(outside).toHaveCount(0);
  // The choice is remembered across reloads.
  await page.reload();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(showAll).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('button', { name: /^Kiev/ }).first()).toBeVisible();
  await expect(outside).toHaveCount(0);
  await showAll.click();
  await expect(showAll).toHaveAttribute('aria-pressed', 'false');
  await expect(outside.first()).toBeVisible();
});

test('toggling a layer hides its highlights and the choice is remembered', async ({ page }) => {
  await analysed(page);
  // The landing page's static ranges stay painted until the app's own replace them (a frame later).
  await expect.poll(() => painted(page, 'mg-place')).toContain('Moscow');
  const places = page.getByRole('button', { name: /^Places/ });
  await places.click();
  await expect(places).toHaveAttribute('aria-pressed', 'false');
  expect(await painted(page, 'mg-place')).toEqual([]);
  expect(await painted(page, 'mg-person')).toContain('Vladimir Putin');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Places/ })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: /^Places/ })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => painted(page, 'mg-place')).toContain('Moscow');
});

test('keys pressed while the page waits for the app still work once it is in', async ({ page }) => {
  // The landing page is readable, with its layers, before the app's code has run. Holding that
  // code back makes the wait as long as on a slow machine.
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
  // Painted by the page itself, as static ranges, before the app is there.
  const placeRanges = () => page.evaluate(() => CSS.highlights.get('mg-place')?.size ?? 0);
  await expect.poll(placeRanges).toBeGreaterThan(0);
  await page.keyboard.press('2');
  await page.keyboard.press('c');
  release();
  const places = page.getByRole('button', { name: /^Places/ });
  await expect(places).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(placeRanges).toBe(0);
  // "Next claim" ran too, once the findings were in: the first claim is the current one.
  await expect.poll(() => painted(page, 'mg-cursor')).toHaveLength(1);
  await expect(page.locator('[aria-live="polite"][role="status"]').last()).toHaveText(
    /^claim (by|with unknown source)/,
  );
});

test('keyboard alone reaches every claim, announcing each, and opens its card', async ({ page }) => {
  await analysed(page);
  const total = Number((await page.getByRole('tab', { name: /Claims/ }).textContent())!.match(/\d+/)![0]);
  const live = page.locator('[aria-live="polite"][role="status"]').last();
  const seen = new Set<string>();
  for (let i = 0; i < total; i++) {
    await page.keyboard.press('c');
    await expect(live).toHaveText(/^claim (by|with unknown source)/);
    seen.add((await painted(page, 'mg-cursor'))[0]);
  }
  expect(seen.size).toBe(total);
  await page.keyboard.press('c');
  await expect(live).toHaveText('No more findings after this one.');
  await page.keyboard.press('Shift+C');
  await page.keyboard.press('Enter');
  const card = page.getByRole('region', { name: /^Claim/ });
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('the ? dialog lists the shortcuts', async ({ page }) => {
  await analysed(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('row', { name: /Next claim/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a rejected entity stays rejected after reload', async ({ page }) => {
  await analysed(page);
  await page.getByRole('button', { name: /^Kim Jong Un, \d+ mentions?/ }).click();
  const card = page.getByRole('region', { name: 'Kim Jong Un' });
  await card.getByText('Correct this').click();
  await card.getByRole('button', { name: 'Not a name: remove' }).click();
  await expect(page.getByRole('button', { name: /^Kim Jong Un, \d+ mentions?/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('tab', { name: /Claims \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: /^Donald Trump, \d+ mentions?/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Kim Jong Un, \d+ mentions?/ })).toHaveCount(0);
});

test('a retyped entity moves to its new group', async ({ page }) => {
  await analysed(page);
  await page.getByRole('button', { name: /^National Assembly, \d+ mentions?/ }).click();
  const card = page.getByRole('region', { name: 'National Assembly' });
  await card.getByText('Correct this').click();
  await card.getByRole('combobox', { name: 'Change type' }).selectOption('Place');
  await expect(
    page.getByRole('region', { name: /Places/ }).getByRole('button', { name: /^National Assembly/ }),
  ).toBeVisible();
});

test('a pasted article gets its own layers', async ({ page }) => {
  await analysed(page);
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Port strike');
  await dialog
    .getByRole('textbox', { name: 'Article text' })
    .fill(
      'HAMBURG — Dock workers in Hamburg walked out on Monday, the union Ver.di said.\n“We will not accept this offer,” said union leader Maria Schulz.\nThe Port Authority said talks would resume in Berlin on Friday.',
    );
  await dialog.getByRole('button', { name: 'Open article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Port strike' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Maria Schulz, 1 mention\b/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: /Places/ }).getByRole('button', { name: /^Hamburg/ })).toBeVisible();
  await expect.poll(() => painted(page, 'mg-claim-cue')).toContain('said');
});

test('hovering a name previews its card', async ({ page }) => {
  await analysed(page);
  // The landing page's boot painter may still hold the layer when the test first looks; a reader
  // whose first hover shows nothing moves off the name and back, so the test does too.
  await expect(async () => {
    await page.mouse.move(0, 0);
    const box = (await firstPaintedBox(page, 'mg-person'))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('region', { name: 'Vladimir Putin' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
});

test('no serious or critical accessibility violations with all layers on', async ({ page }) => {
  // axe walks every painted range of the whole article: slow on a busy machine, not a product cost.
  test.slow();
  await analysed(page);
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('fix a speaker and mark a name the analysis missed', async ({ page }) => {
  await analysed(page);
  const card = await openQuoteCard(page);
  await card.getByText('Correct this').click();
  await card.getByRole('combobox', { name: 'Speaker name' }).fill('Donald Trump');
  await card.getByRole('button', { name: 'Fix speaker' }).click();
  await expect(page.getByRole('region', { name: 'Claim by Donald Trump' })).toBeVisible();
  await page.keyboard.press('Escape');

  await selectWithMouse(page, 'news conference');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('combobox', { name: 'Mark as a name the analysis missed' })
    .selectOption('Organization');
  await page.getByRole('tab', { name: 'Cast' }).click();
  await expect(
    page.getByRole('region', { name: /Organizations/ }).getByRole('button', { name: /^news conference, 1 mention\b/ }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: /Organizations/ }).getByRole('button', { name: /^news conference, 1 mention\b/ }),
  ).toBeVisible({ timeout: 15_000 });
});

/**
 * Whether the element is drawn by itself at points all over it (a grid kept clear of its rounded
 * corners), not by something laid over it.
 */
const drawnOnTop = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inset = Math.min(16, r.width / 4, r.height / 4);
    const steps = [0, 0.25, 0.5, 0.75, 1];
    const xs = steps.map((f) => r.left + inset + f * (r.width - 2 * inset));
    const ys = steps.map((f) => r.top + inset + f * (r.height - 2 * inset));
    return xs.every((x) => ys.every((y) => el.contains(document.elementFromPoint(x, y))));
  });

// The CI failure of the test above: the pinned card's last row ("Correct this") sat under the
// first-run hint, so the click had to scroll the page; the card re-placed itself for the new
// scroll position between the press and the release, and the press focused the summary without
// opening it. A reader simply could not reach the card's bottom controls where they were drawn.
for (const width of [1280, 390]) {
  test(`a pinned card is drawn over the first-run hint, all of it reachable where it shows (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 720 });
    await analysed(page);
    await expect(page.getByRole('complementary', { name: 'Getting started' })).toBeVisible();
    const card = await openQuoteCard(page);
    const summary = card.getByText('Correct this');
    await expect(summary).toBeInViewport();
    await expect.poll(() => drawnOnTop(card)).toBe(true);
    expect(await drawnOnTop(summary)).toBe(true);
    // Where it is drawn is where it answers: no scrolling, the form opens, the text typed stays.
    const scrolled = await page.evaluate(() => window.scrollY);
    await summary.click();
    const name = card.getByRole('combobox', { name: 'Speaker name' });
    // A person types into the field once they see it. Filled at once, the field was where the card
    // had not yet been placed for its new height (a moment never painted): Playwright scrolled the
    // page 6 px to reach it, and the scroll check below failed (once in CI, 1 of 2 runs at load 18).
    // The card now also shows the opened section in its own view, rather than under its fold.
    await expect(name).toBeInViewport({ ratio: 1 });
    await name.fill('Donald Trump');
    await expect(name).toHaveValue('Donald Trump');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });
}

test('filter the article to one entity', async ({ page }) => {
  await analysed(page);
  await page.getByRole('button', { name: 'Show only paragraphs mentioning Donald Trump' }).click();
  await expect(page.getByText('Showing only paragraphs that mention Donald Trump.')).toBeVisible();
  const dimmed = await page.locator('.article-body .dimmed').count();
  const all = await page.locator('.article-body [data-start]').count();
  expect(dimmed).toBeGreaterThan(all / 2);
  await expect(page.locator('.article-body p', { hasText: 'President-elect Donald Trump' })).not.toHaveClass(/dimmed/);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('.article-body .dimmed')).toHaveCount(0);
});

test('without Web Workers the analysis runs on the main thread', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  await analysed(page);
  await expect(page.getByRole('button', { name: /^Vladimir Putin, \d+ mentions?/ })).toBeVisible();
});

test('no serious or critical accessibility violations on a phone: tools menu, Claims sheet, claim card', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await analysed(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const check = async (what: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await page.getByRole('button', { name: 'Tools' }).click();
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible();
    await check('tools menu');
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('tab', { name: /^Claims/ }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await check('claims sheet');
    await page
      .getByRole('tabpanel')
      .getByRole('button', { name: /There is no chance/ })
      .click();
    await expect(page.getByRole('region', { name: 'Claim by Vladimir Putin' })).toBeVisible();
    await check('claim card');
    await page.keyboard.press('Escape');
  }
});
