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
import { offerUpdate } from './update-state';

/** Long-lived tabs (an installed app left open for days) look for a new version this often. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
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
