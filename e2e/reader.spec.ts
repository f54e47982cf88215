import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DEFAULT_TITLE, openDefaultArticle } from './support/app';

test('opens the default article with its title, dateline, subheadings and credits footer', async ({ page }) => {
  await openDefaultArticle(page);
  const article = page.getByRole('article');
  await expect(article.getByText('MOSCOW —', { exact: true })).toBeVisible();
  for (const sub of [
    'Putin pledges liberation of Kursk region',
    'Putin: Zelensky is illegitimate leader',
    '‘The art of compromise’',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: sub })).toBeVisible();
  }
  const footer = page.getByRole('region', { name: 'Credits' });
  await expect(footer).toContainText('©2024 dpa GmbH. Distributed by Tribune Content Agency, LLC.');
  // The credit lines are not body text.
  await expect(page.locator('.article-body')).not.toContainText('All rights reserved');
});

test('reload and back/forward return to the same article', async ({ page }) => {
  await openDefaultArticle(page);
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: /Harbour town votes/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Harbour town votes to rebuild its sea wall' }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Harbour town votes to rebuild its sea wall' }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('the theme follows the system and can be switched, and the choice is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDefaultArticle(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await bg()).toBe('rgb(22, 21, 19)');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('Light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg()).toBe('rgb(251, 250, 247)');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  expect(await bg()).toBe('rgb(251, 250, 247)');
});

test('the library can be used with the keyboard alone', async ({ page }) => {
  await page.goto('#/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const target = page.getByRole('link', { name: /Harbour town votes/ });
  for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Harbour town votes to rebuild its sea wall' }),
  ).toBeVisible();
});

test('the measure stays readable on a wide screen and fits a phone', async ({ page }) => {
  await openDefaultArticle(page);
  const charsPerLine = await page
    .locator('.article-body p')
    .first()
    .evaluate((p) => {
      const width = p.getBoundingClientRect().width;
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
      p.append(probe);
      const perChar = probe.getBoundingClientRect().width / 26;
      probe.remove();
      return width / perChar;
    });
  expect(charsPerLine).toBeGreaterThan(55);
  expect(charsPerLine).toBeLessThan(85);
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const view of ['library', 'reader'] as const) {
  test(`no serious or critical accessibility violations in the ${view} view`, async ({ page }) => {
    test.slow();
    if (view === 'library') await page.goto('#/library');
    else await openDefaultArticle(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
