/**
 * Registers the service worker (src/workers/sw.ts) in the production build and turns "a new
 * version is installed" into an offer the reader accepts when it suits them (UpdatePrompt).
 *
 * Never in dev: the dev server's files change on every save and a worker would serve stale ones
 * (build/pwa.ts even answers the dev server's `/sw.js` with a worker that removes itself).
 *
 * A new worker only takes over when this tab asks (the "Reload" button). Activating it takes
 * over every open tab of the reader at once, so a tab that did not ask is not reloaded: it gets
 * the same offer instead, and a note typed there stays where it is.
 */
import { backgroundWorkHeld } from '../../lib/background-hold';
import { whenIdle } from '../../lib/when-idle';
import { analysisUnderWay } from '../../workers/analysis-client';
import { offerUpdate } from './update-state';

/** Long-lived tabs (an installed app left open for days) look for a new version this often. */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** On a first visit, the page is quiet this long (no analysis, no long body going in) before precaching. */
const QUIET_MS = 3000;
/** How often the quiet is checked (ms). */
const QUIET_POLL_MS = 500;
/** The longest a first visit's precaching waits for quiet (ms), so a stuck request cannot stop it. */
const QUIET_MAX_MS = 30_000;

/**
 * On a first visit, resolves once the page has been quiet for QUIET_MS after loading, in an idle
 * moment. Installing the worker downloads and stores the whole build (engine, gazetteer, map,
 * articles): traced on a 2-core machine, its thread and the browser's network and cache work took
 * ~250 ms of CPU in the second after a 1 MB article was chosen, beside the slices of its body. It
 * is for the next visit, so the reader's first article goes first. A page the worker already
 * controls registers at once (nothing to download unless a new version is out).
 */
async function afterFirstWork(): Promise<void> {
  if (navigator.serviceWorker.controller) return;
  if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done, { once: true }));
  const started = performance.now();
  let quietSince = started;
  while (performance.now() - quietSince < QUIET_MS && performance.now() - started < QUIET_MAX_MS) {
    await new Promise((done) => setTimeout(done, QUIET_POLL_MS));
    if (backgroundWorkHeld() || analysisUnderWay()) quietSince = performance.now();
  }
  await new Promise<void>((done) => whenIdle(done, 2000, 0));
}

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  await afterFirstWork();
  // Loaded apart from the app: nothing of it is needed for the first paint.
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  let asked = false;

  wb.addEventListener('waiting', () =>
    offerUpdate(() => {
      asked = true;
      wb.messageSkipWaiting();
    }),
  );
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) window.location.reload();
    else offerUpdate(() => window.location.reload());
  });

  wb.register()
    .then((registration) => {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine && document.visibilityState === 'visible') void registration.update().catch(() => {});
      };
      // Also at every start: an installed app is opened from the home screen, often without a
      // navigation the browser would check on.
      check();
      setInterval(check, CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', check);
    })
    .catch((error: unknown) => {
      // The reader works without it, only not offline (private windows, blocked by policy).
      console.warn('Marginalia: offline use is unavailable here.', error);
    });
}
