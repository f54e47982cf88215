import { defineConfig } from '@playwright/test';
import { chromeArgs, findChrome } from './e2e/support/chrome';

// MARGINALIA_PORT lets two checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.MARGINALIA_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI, as Playwright's own template does: a test that fails twice still fails the run,
  // and one that passes only on its retry is listed as flaky in the output, to be traced (as the
  // annotation card's frame-late radio was) rather than ignored.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChrome(), args: chromeArgs },
    trace: 'retain-on-failure',
    // The service worker would cache the app per test and answer requests the specs expect to
    // see or route; only the specs about offline use and installing turn it on.
    serviceWorkers: 'block',
  },
  // The tests run against the production build, served as a static site would be.
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
