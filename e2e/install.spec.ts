/**
 * Installing: the manifest Chromium reads is complete and valid, its icons are real images of the
 * stated sizes, and Chromium's own installability check finds nothing missing.
 */
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeArgs, findChrome } from './support/chrome';

test.use({ serviceWorkers: 'allow' });

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test('the manifest is valid and Chromium finds the app installable', async ({ baseURL }) => {
  // Chromium never offers to install from an incognito-like context (Playwright's default), so
  // this test runs in a profile of its own, as a person's browser would.
  const profile = mkdtempSync(join(tmpdir(), 'marginalia-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    args: chromeArgs,
    baseURL,
  });
  try {
    await checkInstallable(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

async function checkInstallable(context: BrowserContext) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('./#/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const cdp = await context.newCDPSession(page);

  const { url, errors, data } = (await cdp.send('Page.getAppManifest')) as {
    url: string;
    errors: Array<{ message: string; critical: number }>;
    data?: string;
  };
  expect(url).toMatch(/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
  const manifest = JSON.parse(data ?? '{}');
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Marginalia'),
    short_name: 'Marginalia',
    display: 'standalone',
    start_url: './#/library',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    share_target: {
      action: './',
      method: 'GET',
      enctype: 'application/x-www-form-urlencoded',
      params: { title: 'title', text: 'text', url: 'url' },
    },
  });

  const icons = manifest.icons as ManifestIcon[];
  expect(icons.map((i) => `${i.sizes} ${i.type} ${i.purpose ?? 'any'}`).sort()).toEqual([
    '192x192 image/png any',
    '512x512 image/png any',
    '512x512 image/png maskable',
    'any image/svg+xml any',
  ]);
  for (const icon of icons) {
    const response = await page.request.get(new URL(icon.src, url).href);
    expect(response.status(), icon.src).toBe(200);
    const body = await response.body();
    if (icon.type === 'image/png') {
      const [w, h] = icon.sizes.split('x').map(Number);
      expect([body.readUInt32BE(16), body.readUInt32BE(20)], icon.src).toEqual([w, h]);
    } else {
      expect(body.toString('utf8')).toContain('<svg');
    }
  }

  // Installability is decided once the worker runs; ask until Chromium has settled.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(
      async () =>
        ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors,
    )
    .toEqual([]);
}

test('the title bar follows the theme: the system’s, or the one picked in the app', async ({ page }) => {
  const themeColors = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map((m) => m.content),
    );
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const [light, dark] = await themeColors();
  expect(light).not.toBe(dark);
  // The header's own background is what the title bar continues.
  expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    'rgb(31, 30, 27)',
  );
  expect(dark).toBe('#1f1e1b');

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect.poll(themeColors).toEqual([light, light]);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect.poll(themeColors).toEqual([dark, dark]);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await expect.poll(themeColors).toEqual([light, dark]);
});

test('the library says how to install, at phone width too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/library');
  const section = page.getByRole('region', { name: 'Use it as an app' });
  await expect(section).toContainText('works without a connection');
  // Chromium offers its install prompt to the page, or the section names the menus to use.
  await expect(
    section.getByRole('button', { name: 'Install Marginalia' }).or(section.getByText(/Add to Home/)),
  ).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
