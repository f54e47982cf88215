/**
 * The service worker: keeps a copy of everything the built reader is made of, so after one visit it
 * opens, analyses, annotates and shares with the network off.
 *
 * What it caches is not kept by hand: vite-plugin-pwa injects `self.__WB_MANIFEST`, the list of
 * files in the build output that match the globs in vite.config.ts (app shell, analysis worker,
 * gazetteer and map chunks, bundled articles, icons, manifest), each with a revision hash. A new
 * build therefore changes the list, which installs a new worker; the page offers the reload
 * (features/offline) instead of this worker taking over on its own, so nothing changes under a
 * note being typed.
 *
 * Articles the user opened are in IndexedDB already; web pages fetched by "Open URL" are not
 * cached here (that fetch goes to another site and stays the browser's business).
 */
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every route lives in the fragment, so every page is index.html. A share target arrives as a
// navigation with a query (`?title=…&text=…&url=…`), which the precache alone would not match;
// answering it here also keeps the shared text from ever reaching the server. A file opened
// directly (an article's .txt, an icon) is left to the precache and the network.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !/\.[a-z0-9]+$/i.test(url.pathname),
  createHandlerBoundToURL('index.html'),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
