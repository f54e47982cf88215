import { expect, test } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';

test('copy a highlight as a citation, as plain text and as Markdown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' })
    .click();
  // As a reader does: see the highlight, then step to it. Its card follows the painted list, a
  // frame after the click, which under load can be longer than Playwright's next key press.
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
  await page.keyboard.press('a');
  const card = page.getByRole('region', { name: /^Your highlight/ });
  await card.getByRole('button', { name: 'Copy as citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the citation.' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(
    /^“marathon session” — “Putin challenges the West to a ‘high-tech duel’ in Kiev”, dpa, distributed by Tribune Content Agency, 2024-12-19\. http:\/\/localhost:\d+\/#\/read\/putin-high-tech-duel\/a\/[\w-]+$/,
  );

  await card.getByRole('button', { name: 'Copy citation as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the citation as Markdown.' })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^> “marathon session”\n>\n> — \[\*Putin challenges the West.*\*\]\(<http:\/\/localhost/);

  // The link in the citation opens the passage in a fresh tab of this browser.
  const url = /(http\S+)$/.exec(text)![1];
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('region', { name: /^Your highlight/ })).toContainText('marathon session');
});
