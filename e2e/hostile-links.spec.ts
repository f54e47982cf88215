/**
 * Issue 14, defect 6: crafted share links that used to freeze the tab for minutes. Opening one
 * now shows the reader within seconds, keeps the page answering while the link is decoded and
 * anchored (in a worker), and says how many annotations could not be placed.
 */
import { expect, test } from '@playwright/test';
import { longTasksBetween, watchLongTasks } from './support/long-tasks';

for (const [name, build] of [
  ['500 elided quotes on a 1 M-character text', 'elidedQuoteFlood'],
  ['300 near-miss 5,000-character quotes', 'nearMissQuotes'],
] as const) {
  test(`a crafted link (${name}) opens quickly, keeps the page responsive and says what was not placed`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const links = await import('../src/model/share/hostile-links');
    const fragment = links[build]();
    await watchLongTasks(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const before = await page.evaluate(() => performance.now());
    await page.evaluate((f) => {
      location.hash = f;
    }, fragment);
    const banner = page.getByRole('region', { name: 'Shared annotations' });
    await expect(banner.getByRole('alert')).toContainText('could not be placed', { timeout: 20_000 });
    const after = await page.evaluate(() => performance.now());
    const worst = await longTasksBetween(page, before, after);
    // Figures for the report, not a pass mark (timings belong in benchmarks).
    console.info(`${name}: opened in ${Math.round(after - before)} ms; main-thread tasks over 50 ms:`, worst);
    await expect(banner.getByRole('heading')).toContainText('shared with you');
    await expect(banner.getByText(/^Could not be placed/).first()).toBeVisible();
    // The page answers the reader: dismissing the layer works at once.
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();
  });
}
