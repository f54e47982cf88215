/**
 * The built landing page's inline script, written right after the pre-rendered page
 * (build/static-shell.ts builds this file on its own into one self-contained function and allows
 * it by its hash in the Content-Security-Policy). The parser runs it as soon as the article is in
 * the document, long before the boot script's modules have loaded: it applies the saved theme (on
 * every address: no frame is painted before this script, see build/static-shell.ts's
 * `FIRST_FRAME_AFTER`), writes the legend's counts
 * and the status line at once, so the first frame lays out as the app will, and paints the
 * analysis layers once that frame is on screen (lib/after-first-paint). Their ranges, highlights
 * and the frame that paints them cost several milliseconds of main-thread CPU (more than the rest
 * of the script): run right after the first frame's paint, they competed with its raster and
 * delayed the text. It then removes itself, as the head's gate does: the document holds no inline script.
 * From here on the page looks ready, so the reader's command keys are held for the app to run
 * once it has loaded (early-keys.ts). The app's own scripts are requested from here too, after
 * that first frame (app-requests.ts).
 */
import { afterFirstPaintShown } from '../lib/after-first-paint';
import { requestApp } from './app-requests';
import { paintLandingLayers } from './boot-layers';
import { applyTheme, readSavedPrefs } from './boot-prefs';
import { STATIC_ROUTE_ATTR } from './boot-shell';
import { holdEarlyKeys } from './early-keys';

try {
  const saved = readSavedPrefs();
  applyTheme(document, saved.theme);
  const highlights = paintLandingLayers(document, saved.layers);
  holdEarlyKeys(window);
  if (highlights) afterFirstPaintShown(highlights, 'user-blocking');
} finally {
  // The app's requests wait for the landing page's first frame (app-requests.ts), after its
  // layers; on another address, or if painting the layers failed, nothing is worth waiting for.
  if (document.documentElement.hasAttribute(STATIC_ROUTE_ATTR)) afterFirstPaintShown(() => requestApp(document));
  else requestApp(document);
  document.currentScript?.remove();
}
