/**
 * Offline use and updates, against a private copy of the production build on a server the test
 * controls: after one visit the network goes off (the context offline, and the server counts what
 * it is asked), and a "new release" is made by changing the served service worker.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { painted, selectWithMouse, DEFAULT_TITLE } from './support/app';
import { serveCopyOf, type StaticServer } from './support/static-server';

test.use({ serviceWorkers: 'allow' });

const PASTED_TITLE = 'Harbour council approves ferry subsidy';
const PASTED_TEXT = [
  'LERWICK — The harbour council approved a ferry subsidy on Monday, its chair said.',
  '“The islands cannot wait another winter,” said Ailsa Brown, who chairs the council.',
  'The Scottish Government in Edinburgh will pay half of the cost, a spokesman said.',
].join('\n');

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate selection' });
const claimsTab = (page: Page) => page.getByRole('tab', { name: /Claims \(\d+\)/ });

/** Resolves once the service worker has installed (precached everything) and is active. */
const offlineReady = (page: Page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated') {
      await new Promise((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)),
      );
    }
    return worker.state;
  });

let server: StaticServer;
test.beforeEach(async () => {
  server = await serveCopyOf('dist');
});
test.afterEach(async () => {
  await server.close();
});

test('after one visit the reader opens, analyses, annotates and shares with the network off', async ({
  page,
  context,
}) => {
  // Three full loads with the service worker installing, three analyses, an export and a second
  // page: this stop's CI (two workers) reached the last step as the default 30 s ran out, twice.
  test.setTimeout(90_000);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
  await expect(claimsTab(page)).toBeVisible({ timeout: 15_000 });

  // Open a second article, as a reader does before a trip.
  await page.getByRole('button', { name: 'Paste article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste article' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(PASTED_TITLE);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(PASTED_TEXT);
  await dialog.getByRole('button', { name: 'Open article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PASTED_TITLE })).toBeVisible();
  const pastedHash = new URL(page.url()).hash;
  expect(await offlineReady(page)).toBe('activated');

  await context.setOffline(true);
  const asked = server.requests.length;

  // The default article, after a reload with no network: text, then its layers.
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
  await expect(claimsTab(page)).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => painted(page, 'mg-place')).toContain('Moscow');

  // The article opened before, from IndexedDB, analysed again offline.
  await page.goto(server.url + pastedHash);
  await expect(page.getByRole('heading', { level: 1, name: PASTED_TITLE })).toBeVisible();
  await expect(claimsTab(page)).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => painted(page, 'mg-claim-cue')).toContain('said');

  // A highlight, painted where the reader can see it.
  await selectWithMouse(page, 'ferry subsidy');
  await toolbar(page).getByRole('button', { name: 'Highlight: important (yellow)' }).click();
  await expect.poll(() => painted(page, 'mg-user-yellow')).toEqual(['ferry subsidy']);

  // An export, offline too (its code is a separate chunk the worker keeps).
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain('ferry subsidy');
  await page.keyboard.press('Escape');

  // A share link, made and opened offline (links need no server).
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share with annotations' });
  const linkBox = share.getByRole('textbox', { name: 'Share link' });
  await expect(linkBox).toHaveAttribute('aria-busy', 'false');
  const link = await linkBox.inputValue();
  expect(link).toContain('#/share/2.');
  await page.keyboard.press('Escape');

  const recipient = await context.newPage();
  await recipient.goto(link);
  await expect(recipient.getByRole('region', { name: 'Shared annotations' })).toBeVisible();
  await expect.poll(() => painted(recipient, 'mg-shared')).toEqual(['ferry subsidy']);

  // The browser's own update check for the worker script is not covered by Playwright's offline
  // switch (a real offline device fails it quietly); the reader itself asked for nothing.
  const reached = server.requests.slice(asked).filter((path) => path !== '/sw.js');
  expect(reached, 'requests that reached the server while offline').toEqual([]);
});

test('a new version is offered, and not while a note is being typed', async ({ page }) => {
  // Four loads of the app, two service-worker installs: 27.6 s on its retry in this stop's CI.
  test.setTimeout(90_000);
  await page.goto(server.url);
  expect(await offlineReady(page)).toBe('activated');
  // The second visit runs under the worker: a new one now has to wait for this page.
  await page.reload();
  await expect(claimsTab(page)).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await page.getByRole('tab', { name: /Notes/ }).click();
  const note = page.getByRole('textbox', { name: 'Page note' });
  await note.click();
  await page.keyboard.type('Check the subsidy figures');

  // A new release: the worker's bytes change, the browser installs it next to the running one.
  server.edit('sw.js', (code) => `${code}\n// release 2\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting))
    .toBe(true);

  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Marginalia is ready' });
  // Typing goes on undisturbed: no prompt, the focus and the words where they were.
  await page.waitForTimeout(300);
  await expect(prompt).toHaveCount(0);
  await expect(note).toBeFocused();
  await page.keyboard.type(' before Friday.');
  await expect(note).toHaveValue('Check the subsidy figures before Friday.');

  // Done typing: the offer appears, without taking the focus.
  await page.getByRole('button', { name: 'Save page note' }).click();
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button', { name: 'Reload' })).not.toBeFocused();
  await page.screenshot({ path: test.info().outputPath('update-prompt-1280-light.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('update-prompt-390-dark.png') });

  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
  await expect(prompt).toHaveCount(0);
  expect(
    await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: !!r?.waiting, active: r?.active?.state };
    }),
  ).toEqual({ waiting: false, active: 'activated' });
  await page.getByRole('tab', { name: /Notes/ }).click();
  await expect(page.getByRole('textbox', { name: 'Page note' })).toHaveValue(
    'Check the subsidy figures before Friday.',
  );
});
