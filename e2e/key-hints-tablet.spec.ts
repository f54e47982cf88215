/**
 * Every key hint reads the pointers the same way (app61): the first-run tip and a notice's "Press n
 * to jump here" hid their keys wherever the primary pointer was coarse, while the Delete message's
 * "Undo (Ctrl/⌘+Z)" was shown again by any fine pointer (app60). A tablet with a keyboard cover and
 * trackpad (a finger first, a fine pointer besides) was told "press and hold on a passage" with the
 * keys it has left out. One rule now (styles.css `.key-hint` / `.touch-hint`): a touch-first screen
 * hides the keys, any fine pointer shows them. The pointers are set as undo-hint-tablet.spec.ts
 * sets them; a phone still reads the touch words (reading-on.spec.ts). One theme: nothing here
 * depends on it (the hints' contrast is not what this checks).
 */
import { expect, test } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse } from './support/app';
import { expectTabletPointers, tabletWithTrackpad } from './support/tablet';
import { fillStorage } from './support/storage';

test.use(tabletWithTrackpad);

test('on a tablet with a keyboard and trackpad the first-run tip and a notice name their keys', async ({ page }) => {
  test.slow();
  await openAnalysed(page);
  await expectTabletPointers(page);
  const tip = page.getByRole('complementary', { name: 'Getting started' });
  await expect(tip.getByText('Ctrl/⌘+F')).toBeVisible();
  await expect(tip.getByRole('button', { name: 'All shortcuts' })).toBeVisible();
  await expect(tip.getByText('press and hold on a passage')).toBeHidden();
  await tip.getByRole('button', { name: 'All shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: /shortcuts/i });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await tip.getByRole('button', { name: 'Got it' }).click();

  // Storage full: the alert names the key that reaches it, and the key does.
  await page.evaluate(fillStorage);
  await selectWithMouse(page, 'end-of-year news conference');
  await page
    .getByRole('toolbar', { name: 'Annotate selection' })
    .getByRole('button', { name: 'Highlight: important (yellow)' })
    .click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['end-of-year news conference']);
  const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
  await expect(alert.getByText('Press n to jump here')).toBeVisible();
  await page.keyboard.press('n');
  await expect(alert.getByRole('button', { name: 'Download a backup' })).toBeFocused();
});
