/**
 * The share this page was opened with ("Share → Marginalia" starts the app with the share in its
 * query), taken off the address once. The boot script takes it before anything is painted, so the
 * app starts on the library instead of painting and starting up the landing article first (that
 * held the shared page's fetch behind a whole article's start-up); the app's handler
 * (use-share-target.ts) then receives it. Taking the query off at once also means a reload or a
 * bookmark does not share again and the shared text does not stay in the history.
 */
import { LIBRARY_HREF } from '../../lib/hash-route';
import { parseShareTarget, type ShareTargetRequest } from './share-target';

let claimed = false;
let pending: ShareTargetRequest | null = null;

/** Reads the share from the address, the first time only, and replaces the address with the library's. */
export function claimShareAddress(win: Window = window): void {
  if (claimed) return;
  claimed = true;
  pending = parseShareTarget(win.location.search);
  if (pending) win.history.replaceState(null, '', win.location.pathname + LIBRARY_HREF);
}

/** The share, once: later calls (a remounted app) get null, so it is never handled twice. */
export function takeShareRequest(win: Window = window): ShareTargetRequest | null {
  claimShareAddress(win);
  const request = pending;
  pending = null;
  return request;
}
