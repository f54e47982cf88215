/**
 * One card at a time (review of app44): with a claim card open (from the Claims tab), choosing a
 * highlight in the Notes list opened the highlight's card on top of the claim card, two cards over
 * each other at 1440 px. Opening an own card now closes the claim card. Review of app61: the same
 * held for a highlight's card opened by `a` and for a claim's card opened over a highlight's.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAnalysed, openQuoteCard, painted } from './support/app';

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

test.use({ viewport: { width: 1440, height: 900 } });

/** Opens the default article and makes one yellow highlight by keys (a sentence, the first colour). */
async function oneHighlight(page: Page) {
  await openAnalysed(page);
  await page.keyboard.press('s');
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(1);
}

test('choosing a highlight in Notes while a claim card is open shows the highlight’s card alone', async ({ page }) => {
  test.slow();
  await openAnalysed(page);
  // A highlight made by keys: select a sentence, open the actions, choose the first colour.
  await page.keyboard.press('s');
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toHaveLength(1);
  const claimCard = await openQuoteCard(page);
  await expect(claimCard).toBeVisible();
  await page.getByRole('tab', { name: /^Notes \(1\)/ }).click();
  await page.getByRole('list', { name: 'Annotations' }).getByRole('button').first().click();
  const ownCard = page.getByRole('region', { name: 'Your highlight: important' });
  await expect(ownCard).toBeVisible();
  await expect(claimCard).toHaveCount(0);
});

test('a highlight’s card opened by the a key closes an open claim card', async ({ page }) => {
  test.slow();
  await oneHighlight(page);
  const claimCard = await openQuoteCard(page);
  await expect(claimCard).toBeVisible();
  await page.locator('body').press('a');
  await expect(page.getByRole('region', { name: 'Your highlight: important' })).toBeVisible();
  await expect(claimCard).toHaveCount(0);
});

test('a claim’s card opened while a highlight’s card is open shows the claim’s card alone', async ({ page }) => {
  test.slow();
  await oneHighlight(page);
  await page.locator('body').press('a');
  const ownCard = page.getByRole('region', { name: 'Your highlight: important' });
  await expect(ownCard).toBeVisible();
  const claimCard = await openQuoteCard(page);
  await expect(claimCard).toBeVisible();
  await expect(ownCard).toHaveCount(0);
});
