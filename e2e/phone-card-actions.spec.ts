/**
 * On the smallest phone we support (360 × 640), and on a common one (390 × 844), a card's actions
 * are in sight as it opens: the quotation's card and a person's card show every control down to
 * their last ("Correct this") inside the sheet without scrolling it, and each answers where it is
 * drawn. Before, the quotation's card put its facts (Speaker, Cue, Kind, Hedged) before its
 * sections, and "Correct this" sat 40 px under the sheet's fold. Light and dark, by touch.
 *
 * A screen reader reads the card in the order it is drawn: the facts moved after the actions on
 * a phone were once moved by CSS only (`order`), so the accessibility tree still read them first.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed, openQuoteCard } from './support/app';

const PHONES = [
  [360, 640],
  [390, 844],
] as const;

/** The controls of the card not wholly inside its box and the window, the card unscrolled ('' when none). */
const cutControls = (card: Locator) =>
  card.evaluate((box) => {
    if (box.scrollTop !== 0) return `card scrolled by ${box.scrollTop}`;
    const c = box.getBoundingClientRect();
    return [...box.querySelectorAll<HTMLElement>('button, select, input, textarea, summary')]
      .filter((el) => el.checkVisibility())
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top < c.top - 0.5 || r.bottom > Math.min(c.bottom, window.innerHeight) + 0.5;
      })
      .map(
        (el) =>
          `${el.getAttribute('aria-label') || el.textContent?.trim()} (bottom ${Math.round(el.getBoundingClientRect().bottom)})`,
      )
      .join('; ');
  });

/** "Correct this" tapped where it is drawn opens its form, the page and the card not scrolled. */
async function correctThisAnswers(page: Page, card: Locator, field: Locator) {
  const scrolled = await page.evaluate(() => window.scrollY);
  await card.locator('summary', { hasText: 'Correct this' }).tap();
  await expect(field).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
}

/**
 * The quotation card's parts in the order the accessibility tree reads them, and in the order they
 * are drawn (top to bottom): the verdict's Save, the facts (Speaker…), "Other claims", "Correct this".
 */
async function readAndDrawnOrder(card: Locator) {
  const parts = [
    { name: 'Save verdict', aria: 'button "Save verdict"', el: card.getByRole('button', { name: 'Save verdict' }) },
    { name: 'facts', aria: 'term: Speaker', el: card.locator('dt', { hasText: 'Speaker' }) },
    { name: 'Other claims', aria: 'group: Other claims', el: card.locator('summary', { hasText: 'Other claims' }) },
    { name: 'Correct this', aria: 'group: Correct this', el: card.locator('summary', { hasText: 'Correct this' }) },
  ];
  const snapshot = await card.ariaSnapshot();
  const read = parts.map((p) => ({ name: p.name, at: snapshot.indexOf(p.aria) }));
  // Every part is in the tree, once: else the comparison below would say nothing.
  expect(read.filter((r) => r.at < 0)).toEqual([]);
  const drawn = await Promise.all(parts.map(async (p) => ({ name: p.name, at: (await p.el.boundingBox())!.y })));
  const order = (list: { name: string; at: number }[]) => [...list].sort((a, b) => a.at - b.at).map((x) => x.name);
  return { read: order(read), drawn: order(drawn) };
}

test.describe('1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('the quotation’s card is read in the order it is drawn', async ({ page }) => {
    // The article's analysis, then the card: near the default limit on a loaded machine (27 s seen).
    test.slow();
    await openAnalysed(page);
    const card = await openQuoteCard(page);
    const { read, drawn } = await readAndDrawnOrder(card);
    expect(read).toEqual(drawn);
  });
});

for (const [WIDTH, HEIGHT] of PHONES)
  test.describe(`${WIDTH} × ${HEIGHT}, read and drawn`, () => {
    test.use({ viewport: { width: WIDTH, height: HEIGHT }, hasTouch: true, isMobile: true });
    test('the quotation’s card is read in the order it is drawn: its actions, then its facts', async ({ page }) => {
      await openAnalysed(page);
      const card = await openQuoteCard(page);
      await expect(card.locator('summary', { hasText: 'Correct this' })).toBeVisible();
      const { read, drawn } = await readAndDrawnOrder(card);
      expect(drawn).toEqual(['Save verdict', 'Other claims', 'Correct this', 'facts']);
      expect(read).toEqual(drawn);
    });
  });

for (const [WIDTH, HEIGHT] of PHONES)
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${WIDTH} × ${HEIGHT}, ${colorScheme}`, () => {
      test.use({ viewport: { width: WIDTH, height: HEIGHT }, hasTouch: true, isMobile: true, colorScheme });

      test('the quotation’s card shows its verdict form, its sections and "Correct this" without a scroll', async ({
        page,
      }) => {
        await openAnalysed(page);
        const card = await openQuoteCard(page);
        await expect(card.locator('summary', { hasText: 'Correct this' })).toBeVisible();
        await expect.poll(() => cutControls(card)).toBe('');
        // Its facts are still there, after the actions.
        await expect(card.getByText('direct quote')).toBeAttached();
        await page.screenshot({ path: test.info().outputPath(`quote-card-${WIDTH}-${colorScheme}.png`) });
        await correctThisAnswers(page, card, card.getByRole('combobox', { name: 'Speaker name' }));
      });

      test('a person’s card shows its mention steps and "Correct this" without a scroll', async ({ page }) => {
        await openAnalysed(page);
        await page.getByRole('tab', { name: /Cast/ }).tap();
        await page.getByRole('button', { name: /^Donald Trump, \d+ mentions?/ }).tap();
        const card = page.getByRole('region', { name: 'Donald Trump' });
        await expect(card.locator('summary', { hasText: 'Correct this' })).toBeVisible();
        await expect.poll(() => cutControls(card)).toBe('');
        await page.screenshot({ path: test.info().outputPath(`person-card-${WIDTH}-${colorScheme}.png`) });
        await correctThisAnswers(page, card, card.getByRole('combobox', { name: 'Change type' }));
      });
    });
  }
