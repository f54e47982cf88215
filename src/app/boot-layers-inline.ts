/**
 * The built landing page's inline script, written right after the pre-rendered page
 * (build/static-shell.ts builds this file on its own into one self-contained function and allows
 * it by its hash in the Content-Security-Policy). The parser runs it as soon as the article is in
 * the document, long before the boot script's modules have loaded: it writes the legend's counts
 * and the status line, so the first frame lays out as the app will, and paints the analysis
 * layers, so the first frame with text has them too (boot-layers.ts says what that costs). It
 * then removes itself, as the head's gate does: the document holds no inline script.
 * From here on the page looks ready, so the reader's command keys are held for the app to run
 * once it has loaded (early-keys.ts).
 */
import { paintLandingLayers } from './boot-layers';
import { holdEarlyKeys } from './early-keys';

paintLandingLayers(document);
holdEarlyKeys(window);
document.currentScript?.remove();
