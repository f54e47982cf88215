/**
 * The built landing page's inline script, written right after the pre-rendered page
 * (build/static-shell.ts builds this file on its own into one self-contained function and allows
 * it by its hash in the Content-Security-Policy). The parser runs it as soon as the article is in
 * the document, long before the boot script's modules have loaded: it writes the legend's counts
 * and the status line at once, so the first frame lays out as the app will, and paints the
 * analysis layers right after that frame. Their ranges and highlights cost several milliseconds
 * (more than the rest of the script), which the text no longer waits for; they show one frame
 * later. It then removes itself, as the head's gate does: the document holds no inline script.
 * From here on the page looks ready, so the reader's command keys are held for the app to run
 * once it has loaded (early-keys.ts).
 */
import { afterNextFrame } from '../lib/after-next-frame';
import { paintLandingLayers } from './boot-layers';
import { holdEarlyKeys } from './early-keys';

const highlights = paintLandingLayers(document);
holdEarlyKeys(window);
if (highlights) afterNextFrame(highlights, 'user-blocking');
document.currentScript?.remove();
