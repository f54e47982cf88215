/**
 * Build-time configuration of the installable, offline reader: the web app manifest and the
 * service worker (vite-plugin-pwa, injectManifest strategy with our own src/workers/sw.ts).
 *
 * Why vite-plugin-pwa: it builds the worker with the app's own Vite, hashes every output file and
 * injects that list into the worker, and ships the small page-side registration (workbox-window)
 * that tells us when a new version is waiting. A hand-written worker would need all three again.
 *
 * The precache list comes from globs over the build output, never from a hand-kept list, so a
 * change in how the app is built (new chunks, a pre-rendered first page) is cached without edits.
 */
import type { Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';

/** The header's background in each theme (styles.css `--surface`). */
export const THEME_COLORS = { light: '#ffffff', dark: '#1f1e1b' } as const;
/** The page background in each theme (styles.css `--bg`): the splash screen while the app starts. */
const BACKGROUND = '#fbfaf7';

export const MANIFEST: Partial<ManifestOptions> = {
  id: './',
  name: 'Marginalia — annotated news reader',
  short_name: 'Marginalia',
  description:
    'Read the news with who is named, where it happens and who claims what marked inline; keep your own highlights and notes.',
  lang: 'en',
  dir: 'ltr',
  start_url: './#/library',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  background_color: BACKGROUND,
  theme_color: THEME_COLORS.light,
  categories: ['news', 'productivity', 'education'],
  icons: [
    { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  // "Share → Marginalia" from another app. GET keeps it simple and works even before the service
  // worker runs; the worker answers the navigation itself (see sw.ts), so the shared text does not
  // reach the server, and the app strips the query at once (features/incoming/share-target.ts).
  share_target: {
    action: './',
    method: 'GET',
    enctype: 'application/x-www-form-urlencoded',
    params: { title: 'title', text: 'text', url: 'url' },
  },
};

/** The worker is for the production build only; in dev it would serve stale files over hot reload. */
export function pwa(): Plugin[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/workers',
    filename: 'sw.ts',
    registerType: 'prompt',
    // Registration is our own code (features/offline/register-sw.ts): no inline script (CSP).
    injectRegister: false,
    manifest: MANIFEST,
    includeManifestIcons: false,
    injectManifest: {
      globPatterns: ['**/*.{html,js,css,json,txt,svg,png}'],
      // The gazetteer chunk is the largest file (≈ 0.6 MB); leave room for it to grow.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
    devOptions: { enabled: false },
  });
}

/**
 * In dev, `/sw.js` answers with a worker that removes itself. A browser that once ran a
 * production build on this same address keeps its worker, which would go on serving the old
 * build instead of the dev server; the browser checks `/sw.js` on each navigation, finds this one,
 * and the stale worker is gone after one reload.
 */
export function devServiceWorkerKillSwitch(): Plugin {
  const script = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await self.registration.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});`;
  return {
    name: 'marginalia-dev-sw-kill-switch',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/sw.js') return next();
        res.setHeader('content-type', 'text/javascript');
        res.setHeader('cache-control', 'no-store');
        res.end(script);
      });
    },
  };
}
