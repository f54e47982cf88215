/**
 * A note in the exports that hold plain text (CSV, ClaimReview): the words the reader typed and
 * sees, "<" and all. The reader shows a note's HTML as the characters typed, so a note like
 * "only if a<b and c>d" must not reach a spreadsheet as "only if ad". A ClaimReview file is meant
 * for a page's `<script type="application/ld+json">`: a verdict note's `</script>` must not end it.
 */
import { expect, test } from '@playwright/test';
import { openAnalysed, openQuoteCard } from './support/app';
import { exportAs } from './support/files';
import { noteOnSelection } from './support/notes';

const NOTE = 'Only true if a<b and c>d, see <https://example.org/mach>';
const NOTE_SHOWN = 'Only true if a<b and c>d, see https://example.org/mach';
const VERDICT_NOTE = 'Not so: </script><img src=x onerror="window.__ran=1"> intercepted before';

test('notes reach the CSV and the claim reviews as the reader shows them, and a review’s file embeds safely', async ({
  page,
  browser,
}) => {
  test.slow(); // the article's opening and the analysis on a loaded machine
  await openAnalysed(page);
  await noteOnSelection(page, 'marathon session', NOTE);
  const claimCard = await openQuoteCard(page);
  await claimCard.getByRole('combobox', { name: 'Your verdict' }).selectOption('False');
  await claimCard.getByRole('textbox', { name: 'Verdict note' }).fill(VERDICT_NOTE);
  await claimCard.getByRole('button', { name: 'Save verdict' }).click();
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: /^Notes/ }).click();
  await expect(page.getByRole('tabpanel').getByText('Only true if')).toHaveText(NOTE_SHOWN);

  const csv = await exportAs(page, 'CSV');
  // The cell as a spreadsheet shows it: quoted fields, doubled quotes.
  const row = csv.body.split('\r\n').find((line) => line.includes(',marathon session,'));
  expect(row).toContain(`,"${NOTE_SHOWN.replace(/"/g, '""')}",`);

  const reviews = await exportAs(page, 'Claim reviews (schema.org ClaimReview JSON-LD)');
  expect(JSON.parse(reviews.body)['@graph'][0].reviewBody).toBe(VERDICT_NOTE);
  // Pasted into a page as structured data, as a publisher would.
  const site = await browser.newPage();
  await site.setContent(`<script type="application/ld+json">${reviews.body}</script><p>Our fact-check</p>`);
  await expect(site.locator('img')).toHaveCount(0);
  await expect(site.locator('body')).toHaveText('Our fact-check');
  const embedded = await site.locator('script').evaluate((s) => JSON.parse(s.textContent ?? ''));
  expect(embedded['@graph'][0].reviewBody).toBe(VERDICT_NOTE);
  expect(await site.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
  await site.close();
});
