import { startTransition, useEffect, useState } from 'react';
import { parseRoute, type Route } from '../lib/hash-route';

let lastHash: string | null = null;
let lastRoute: Route = { name: 'library' };
const snapshot = (): Route => {
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = parseRoute(lastHash);
  }
  return lastRoute;
};

/**
 * The current route from the URL fragment; back/forward and reload all go through it.
 *
 * A change of route renders as a transition, not synchronously (as `useSyncExternalStore` would):
 * opening a 1 MB article mounts the whole reader, and rendered in one go that was a single task
 * of 150–350 ms, its effects included. As a transition React renders it in slices between frames
 * (the page being left stays on screen and responsive meanwhile) and runs its effects after the
 * first frame that shows it.
 */
export function useRoute(): Route {
  const [route, setRoute] = useState(snapshot);
  useEffect(() => {
    const update = () => startTransition(() => setRoute(snapshot()));
    window.addEventListener('hashchange', update);
    // A change between the first render and this effect (a link followed at once).
    update();
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
