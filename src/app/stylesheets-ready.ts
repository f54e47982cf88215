/**
 * The app renders only once the whole stylesheet is in. The built page inlines just what its
 * pre-rendered first frame needs and links the rest after that frame (app-requests.ts): the app's
 * other views, and a boot paint of another article, must not show before it (unstyled for a frame,
 * then moving). In the dev server, and wherever nothing is linked, there is nothing to wait for.
 */
import { SETTLED_ATTR } from './app-requests';

/** How long the app waits for a stylesheet that neither loads nor fails (a stalled request). */
const STYLESHEET_WAIT_MS = 3000;

/** Resolves once every linked stylesheet has loaded or failed, or after `ms`. Never rejects. */
export function stylesheetsReady(doc: Document, ms = STYLESHEET_WAIT_MS): Promise<void> {
  const pending = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (link) => link.sheet === null && !link.hasAttribute(SETTLED_ATTR),
  );
  if (pending.length === 0) return Promise.resolve();
  const each = pending.map(
    (link) =>
      new Promise<void>((resolve) => {
        link.addEventListener('load', () => resolve(), { once: true });
        link.addEventListener('error', () => resolve(), { once: true });
      }),
  );
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    void Promise.all(each).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
