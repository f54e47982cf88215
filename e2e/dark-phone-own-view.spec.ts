/**
 * The sender's own view on a phone in dark mode, with one of their highlights and its card open
 * (a note and a tag in it): the card's text, its controls and the highlight under it keep their
 * contrast (axe's colour-contrast on the card and the header), and nothing in the card runs past
 * the screen's edge.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, painted } from './support/app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });

test('390 px, dark: an own highlight with its note open keeps its contrast and stays on screen', async ({ page }) => {
  // axe runs on the whole page once: slow on a busy machine, not a product cost.
  test.slow();
  await openAnalysed(page);
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.locator('.article-root').focus();
  await page.keyboard.press('s');
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(1);
  await page.keyboard.press('a');
  const card = page.getByRole('region', { name: 'Your highlight: important' });
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await card.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Check the **date** against the ministry’s list');
  await card
    .getByRole('combobox', { name: 'Tags' })
    .or(card.getByRole('textbox', { name: 'Tags' }))
    .fill('dates');
  await page.keyboard.press('Enter');
  await expect(card.getByLabel('Note preview')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('own-view-dark-390.png') });
  // Nothing in the card runs past the screen's right edge.
  const over = await card.evaluate((el) =>
    [...el.querySelectorAll('*')]
      .filter((n) => n.getBoundingClientRect().width > 0 && n.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((n) => `${n.tagName.toLowerCase()}.${n.className}`),
  );
  expect(over).toEqual([]);
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual(
    [],
  );
});
