/**
 * The page's entry script, a few kilobytes. In the built page the landing article is already
 * there, pre-rendered into index.html (build/static-shell.ts): the script adopts it, or removes it
 * on any other address. Otherwise it starts loading the app, and meanwhile, when the
 * address is an article's, reads that article (IndexedDB or the bundled file, both started at
 * once) and paints its first screenfuls as the app will render them (boot-shell.ts). The app
 * then takes the article over (`bootArticle`) and adopts the painted blocks, so the reader sees
 * the text about as soon as a static page would show it, and nothing moves when React arrives.
 * Stylesheets are linked from the HTML (one CSS file for the whole app), so the painted text is
 * styled from its first frame; the built landing page inlines what its first frame needs and links
 * the whole stylesheet after that frame (build/critical-css.ts): the app, and a boot paint of any
 * other article, wait for it (stylesheets-ready.ts).
 */
import './styles.css';
import { preloadAppAfterFirstFrame } from './app-chunks';
import { bootArticle, startBoot } from './boot-paint';
import { holdEarlyKeys } from './early-keys';
import { STATIC_ROUTE_ATTR, STATIC_SHELL_ATTR } from './boot-shell';
import { afterFirstPaintShown } from '../lib/after-first-paint';
import { stylesheetsReady } from './stylesheets-ready';
import { claimShareAddress } from '../features/incoming/share-request';

// Keys pressed while the painted page waits for the app are the app's to run (early-keys.ts).
holdEarlyKeys(window);
// A share in the query: the address becomes the library's before anything reads it, so neither
// this script nor the app starts the landing article (the inline gate did not mark it either).
claimShareAddress();

function start() {
  startBoot(document.getElementById('root')!, window.location.hash);
  preloadAppAfterFirstFrame();
  // The app's chunks are fetched once the first frame is painted (app-chunks.ts); running them only
  // after the text is painted keeps their start-up work out of the way of the first paint.
  void Promise.allSettled([bootArticle(), stylesheetsReady(document)]).then(() => import('./main'));
}

// The pre-rendered landing page, shown: the reader already sees the article, and adopting it,
// reading its files and loading the app can wait until that first frame is on screen (traced,
// this script's work right after the frame's paint delayed its presentation; lib/after-first-paint).
const landingShown =
  document.documentElement.hasAttribute(STATIC_ROUTE_ATTR) &&
  document.querySelector(`#root > [${STATIC_SHELL_ATTR}]`) !== null;
if (landingShown) afterFirstPaintShown(start);
else void stylesheetsReady(document).then(start);
