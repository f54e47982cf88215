/**
 * Which Chrome the tests drive. Never downloads one: Debian's /usr/bin/chromium by default,
 * or whatever MARGINALIA_CHROME (or CHROME_PATH) points at.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChrome(): string {
  const chosen = process.env.MARGINALIA_CHROME || process.env.CHROME_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`MARGINALIA_CHROME points at ${chosen}, which does not exist.`);
    return chosen;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    "No Chrome or Chromium found for the end-to-end tests. Install Debian's: `sudo apt-get install -y chromium` " +
      '(or run .ci/run, which does), or set MARGINALIA_CHROME=/path/to/chrome. The tests never download a browser.',
  );
}

export const chromeArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  // The network here is closed: stop Chrome from phoning home at start.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
