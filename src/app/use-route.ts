import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../lib/hash-route';

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

let lastHash: string | null = null;
let lastRoute: Route = { name: 'library' };
const snapshot = (): Route => {
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = parseRoute(lastHash);
  }
  return lastRoute;
};

/** The current route from the URL fragment; back/forward and reload all go through it. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}
