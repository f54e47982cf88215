import { expect, test } from '@playwright/test';
import { openAnalysed, painted, selectWithMouse, openQuoteCard } from './support/app';
import { downloadFrom } from './support/files';
import { fillStorage } from './support/storage';

const toolbar = (page: import('@playwright/test').Page) => page.getByRole('toolbar', { name: 'Annotate selection' });

test('highlight with the mouse; it is listed, painted, and still there after a reload', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'end-of-year news conference');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['end-of-year news conference']);
  await page.getByRole('tab', { name: 'Notes (1)' }).click();
  await expect(
    page.getByRole('list', { name: 'Annotations' }).getByText('“end-of-year news conference”'),
  ).toBeVisible();
  await page.reload();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['end-of-year news conference']);
});

test('keyboard only: select by sentence, extend by word, highlight, then add a note', async ({ page }) => {
  await openAnalysed(page);
  await page.keyboard.press('s');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight: agree (green)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => painted(page, 'mg-user-green'))
    .toEqual([
      'Putin, speaking at his annual end-of-year news conference, also said he was ready to work with US President-elect Donald Trump to end the war in Ukraine that the Kremlin started nearly three',
    ]);
  await page.keyboard.press('a');
  const card = page.getByRole('region', { name: 'Your highlight: agree' });
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await card.getByRole('textbox', { name: 'Note (Markdown)' }).focus();
  await page.keyboard.type('Check the *date*');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Notes (1)' }).click();
  await expect(page.getByRole('tabpanel').locator('em', { hasText: 'date' })).toBeVisible();
});

test('a highlight made and "a" pressed before the next frame: "a" opens the new highlight', async ({ page }) => {
  // On a busy page two key presses can reach it within one frame: the highlight is painted in the
  // first one's task, the list the reader steps through follows a frame later. "a" must not be
  // dropped (nor step to an older highlight) in between: it once was, and made the keyboard test
  // above flaky under load.
  await openAnalysed(page);
  await page.keyboard.press('s');
  await page.keyboard.press('Enter');
  const green = toolbar(page).getByRole('button', { name: 'Highlight: agree (green)' });
  await expect(green).toBeVisible();
  const before = await green.evaluate(async (button: HTMLButtonElement) => {
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    button.click();
    // The click's render is committed in a microtask (the toolbar is gone); the next frame is not.
    await Promise.resolve();
    const toolbarGone = !document.querySelector('[role="toolbar"][aria-label="Annotate selection"]');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
    return { toolbarGone, framed };
  });
  // Else the test would not be testing the frame in between.
  expect(before).toEqual({ toolbarGone: true, framed: false });
  const card = page.getByRole('region', { name: 'Your highlight: agree' });
  await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(card).toBeVisible();
});

test('edit, tag, delete, undo and redo', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  const card = page.getByRole('region', { name: /^Your highlight/ });
  await expect(card.getByRole('textbox', { name: 'Note (Markdown)' })).toBeFocused();
  await page.keyboard.type('A long session');
  await card.getByRole('button', { name: 'Save note' }).click();
  await card.getByRole('combobox', { name: 'Tags' }).fill('format');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText('#format');
  // The choice must hold in the click's own task: a radio that bounces back for a frame reads as
  // unchosen to a quick second click (and made Playwright's check() flaky).
  const heldAtOnce = await card.getByRole('radio', { name: 'question' }).evaluate(async (radio: HTMLInputElement) => {
    radio.click();
    await Promise.resolve();
    return radio.checked;
  });
  expect(heldAtOnce).toBe(true);
  await expect(card.getByRole('radio', { name: 'question' })).toBeChecked();
  await expect.poll(() => painted(page, 'mg-user-blue')).toEqual(['marathon session']);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+z');
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => painted(page, 'mg-user-blue')).toEqual(['marathon session']);

  await page.keyboard.press('a');
  await page
    .getByRole('region', { name: /^Your highlight/ })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect.poll(() => painted(page, 'mg-user-blue')).toEqual([]);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => painted(page, 'mg-user-blue')).toEqual(['marathon session']);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => painted(page, 'mg-user-blue')).toEqual([]);
});

test('overlapping highlights each stay reachable', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'most eyebrow-raising moments');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await selectWithMouse(page, 'eyebrow-raising moments of the marathon');
  await toolbar(page).getByRole('button', { name: 'Highlight: disagree (pink)' }).click();
  await page.getByText('In one of the most eyebrow-raising').click({ position: { x: 200, y: 8 } });
  const group = page.getByRole('group', { name: 'Overlapping highlights' });
  await expect(group.getByRole('button')).toHaveCount(2);
  await group.getByRole('button', { name: /2:/ }).click();
  await expect(page.getByRole('region', { name: /^Your highlight/ }).getByRole('blockquote')).toContainText(
    /eyebrow-raising moments/,
  );
});

test('judge a claim: verdict, note and source, then filter notes by verdict', async ({ page }) => {
  await openAnalysed(page);
  const card = await openQuoteCard(page);
  await card.getByRole('combobox', { name: 'Your verdict' }).selectOption('Disputed');
  await card.getByRole('textbox', { name: 'Verdict note' }).fill('Experts doubt it');
  await card.getByRole('textbox', { name: 'Sources (one link per line)' }).fill('javascript:alert(1)');
  await card.getByRole('button', { name: 'Save verdict' }).click();
  await expect(card.getByRole('alert')).toContainText('is not a web link');
  await card.getByRole('textbox', { name: 'Sources (one link per line)' }).fill('https://example.org/analysis');
  await card.getByRole('button', { name: 'Save verdict' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: /Notes/ }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('combobox', { name: 'Verdict' }).selectOption('Disputed');
  await expect(
    panel.getByRole('list', { name: 'Annotations' }).getByRole('button', { name: /Disputed.*There is no chance/ }),
  ).toBeVisible();
  await panel.getByRole('combobox', { name: 'Verdict' }).selectOption('False');
  await expect(panel.getByText('No notes match.')).toBeVisible();
});

test('a page note is kept', async ({ page }) => {
  await openAnalysed(page);
  await page.getByRole('tab', { name: /Notes/ }).click();
  await page.getByRole('textbox', { name: 'Page note' }).fill('Compare with the Kremlin transcript.');
  await page.getByRole('button', { name: 'Save page note' }).click();
  await page.reload();
  await page.getByRole('tab', { name: /Notes/ }).click();
  await expect(page.getByRole('textbox', { name: 'Page note' })).toHaveValue('Compare with the Kremlin transcript.');
});

test('a note with HTML and script is shown as text and runs nothing', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'hypersonic missile');
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  const note = '<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> **bold**';
  await page.keyboard.insertText(note);
  const card = page.getByRole('region', { name: /^Your highlight/ });
  await card.getByRole('button', { name: 'Save note' }).click();
  const preview = card.getByLabel('Note preview');
  await expect(preview).toContainText('<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script>');
  await expect(preview.locator('strong')).toHaveText('bold');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: /Notes/ }).click();
  await expect(page.getByRole('tabpanel')).toContainText('<script>window.__pwned=2</script>');
  await expect(page.locator('img, script:not([src])')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a note’s numbered and bulleted lists keep their numbers and bullets on the card', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'hypersonic missile');
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  await page.keyboard.insertText('To check:\n\n1. the range\n2. the speed\n\n- ask an expert');
  const card = page.getByRole('region', { name: /^Your highlight/ });
  await card.getByRole('button', { name: 'Save note' }).click();
  const preview = card.getByLabel('Note preview');
  await expect(preview.getByRole('listitem')).toHaveText(['the range', 'the speed', 'ask an expert']);
  // The markers are what the reader sees of a list: without them "1." and "2." are gone from
  // the note, and the steps read as one run-on paragraph.
  const markers = await preview
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => getComputedStyle(li).listStyleType));
  expect(markers).toEqual(['decimal', 'decimal', 'disc']);
  await page.screenshot({ path: test.info().outputPath('note-lists-on-card.png') });
});

test('two tabs editing at once both keep their edits', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openAnalysed(a);
  await openAnalysed(b);
  await selectWithMouse(a, 'marathon session');
  await toolbar(a).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await selectWithMouse(b, 'hypersonic missile');
  await toolbar(b).getByRole('button', { name: 'Highlight: question (blue)' }).click();
  // Each tab sees the other's edit without a reload…
  await expect.poll(() => painted(a, 'mg-user-blue')).toEqual(['hypersonic missile']);
  await expect.poll(() => painted(b, 'mg-user-yellow')).toEqual(['marathon session']);
  // …and both survive a reload.
  await a.reload();
  await expect.poll(() => painted(a, 'mg-user-yellow')).toEqual(['marathon session']);
  await expect.poll(() => painted(a, 'mg-user-blue')).toEqual(['hypersonic missile']);
});

test('a full localStorage: the user is told, the highlight stays, a backup is offered', async ({ page }) => {
  await openAnalysed(page);
  await page.evaluate(fillStorage);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
  await expect(alert).toBeVisible();
  expect(await painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
  const file = await downloadFrom(page, () => alert.getByRole('button', { name: 'Download a backup' }).click());
  const backup = JSON.parse(file.body);
  expect(
    backup.annotations.map((a: { selectors: Array<{ exact?: string }> }) => a.selectors.find((s) => s.exact)?.exact),
  ).toContain('marathon session');
});

test('a corrupted saved state: the app starts, says so, and keeps the copy aside', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('marginalia:annotations', '{"state": {"annotations": [broken');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openAnalysed(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Saved annotations could not all be read' })).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('marginalia:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toContain('{"state": {"annotations": [broken');
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
});

test('with localStorage unavailable the reader works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openAnalysed(page);
  await expect(page.getByRole('alert').filter({ hasText: 'does not let Marginalia save' })).toBeVisible();
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['marathon session']);
});

test('Escape while typing a note keeps the note', async ({ page }) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  await page.keyboard.type('kept on Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /^Your highlight/ })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Notes (1)' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('kept on Escape');
});

test('after undo removes the highlight whose card is open, a new selection still gets the toolbar', async ({
  page,
}) => {
  await openAnalysed(page);
  await selectWithMouse(page, 'marathon session');
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  await page
    .getByRole('region', { name: /^Your highlight/ })
    .getByRole('heading', { level: 3 })
    .focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: /^Your highlight/ })).toHaveCount(0);
  await selectWithMouse(page, 'hypersonic missile');
  await expect(toolbar(page)).toBeVisible();
});
