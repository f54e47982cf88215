/**
 * Annotations saved by a newer version of Marginalia (a reader who tried a newer build, then came
 * back): this version loads what it understands and keeps the save whole for the newer one. The
 * notice says so once, calls the kept save the original (it is not damaged), and gives it back.
 */
import { expect, test } from '@playwright/test';
import { openAnalysed, painted } from './support/app';
import { downloadFrom } from './support/files';

const HIGHLIGHT = {
  id: 'kept-1',
  articleId: '20de739786ef5f0f',
  kind: 'highlight',
  created: '2026-12-01T09:00:00.000Z',
  updated: '2026-12-01T09:00:00.000Z',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'marathon session' },
    { type: 'TextPositionSelector', start: 415, end: 431 },
  ],
  color: 'yellow',
  note: 'from the newer version',
  tags: [],
  mood: 'a field this version does not know',
};
const SAVED = JSON.stringify({ state: { annotations: { '20de739786ef5f0f': { 'kept-1': HIGHLIGHT } } }, version: 99 });

test('annotations saved by a newer version: the notice says so plainly, the highlight shows, the original comes back whole', async ({
  page,
}) => {
  await page.addInitScript((saved) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('marginalia:annotations', saved);
  }, SAVED);
  await openAnalysed(page);

  const notice = page.getByRole('alert').filter({ hasText: 'newer version of Marginalia' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(
    'Saved annotations could not all be read: saved annotations were saved by a newer version of Marginalia (format 99); loaded what this version understands. The original was kept aside in this browser.',
  );
  await expect(notice).not.toContainText('damaged');
  await expect(notice).not.toContainText('What could be read was loaded');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);

  const file = await downloadFrom(page, () => notice.getByRole('button', { name: 'Download the original' }).click());
  expect(JSON.parse(file.body)).toEqual(JSON.parse(SAVED));
});
