/**
 * On the smallest phone we support (360 × 640), a card's actions are in sight as it opens: the
 * quotation's card and a person's card show every control down to their last ("Correct this")
 * inside the sheet without scrolling it, and each answers where it is drawn. Before, the
 * quotation's card put its facts (Speaker, Cue, Kind, Hedged) before its sections, and "Correct
 * this" sat 40 px under the sheet's fold. Light and dark, by touch.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openAnalysed, openQuoteCard } from './support/app';

const WIDTH = 360;
const HEIGHT = 640;

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
      await page.screenshot({ path: test.info().outputPath(`quote-card-${colorScheme}.png`) });
      await correctThisAnswers(page, card, card.getByRole('combobox', { name: 'Speaker name' }));
    });

    test('a person’s card shows its mention steps and "Correct this" without a scroll', async ({ page }) => {
      await openAnalysed(page);
      await page.getByRole('tab', { name: /Cast/ }).tap();
      await page.getByRole('button', { name: /^Donald Trump, \d+ mentions?/ }).tap();
      const card = page.getByRole('region', { name: 'Donald Trump' });
      await expect(card.locator('summary', { hasText: 'Correct this' })).toBeVisible();
      await expect.poll(() => cutControls(card)).toBe('');
      await page.screenshot({ path: test.info().outputPath(`person-card-${colorScheme}.png`) });
      await correctThisAnswers(page, card, card.getByRole('combobox', { name: 'Change type' }));
    });
  });
}
