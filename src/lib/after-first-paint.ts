/**
 * Runs `run` once the page's first contentful paint has been shown on screen, not merely painted
 * on the main thread: the browser reports paint timing after the frame's presentation, so the
 * `first-contentful-paint` entry marks the moment the reader sees it. The pre-rendered landing
 * page uses this for everything that follows its first frame (the layers' highlights, the boot
 * script's hand-over, the app's chunks): work posted right after the main thread's paint ran on
 * the 2 cores beside that frame's raster and compositing, and delayed the text the reader waits
 * for (traced: 20–30 ms of main-thread CPU between the first frame's commit and its presentation).
 *
 * Runs after the next frame instead where there is nothing to wait for or nothing to hear it: a
 * first paint already shown, a browser without paint timing. On a hidden page (no frames until it
 * is shown) it runs in a task at once. A first paint that never comes (nothing contentful on the
 * page) releases it after `MAX_WAIT_MS`.
 * Returns a cancel function.
 */
import { afterNextFrame } from './after-next-frame';

const FCP = 'first-contentful-paint';
/** The longest `run` waits for a first paint: past it, the page has shown what it will. */
export const MAX_WAIT_MS = 1000;

const paintTimingAvailable = () =>
  typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');

export function afterFirstPaintShown(run: () => void, priority?: 'user-blocking'): () => void {
  // A hidden page (a tab opened in the background) draws no frame, and its frame callbacks wait
  // until it is shown: waiting for one held the landing page's app back until the reader switched
  // to it. Nothing is on screen there to keep the cores for.
  if (document.visibilityState !== 'visible') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  if (!paintTimingAvailable() || performance.getEntriesByName(FCP).length > 0) return afterNextFrame(run, priority);
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', go);
  };
  const go = () => {
    if (done) return;
    finish();
    run();
  };
  // The entry is delivered in a task of its own, after the frame was presented: `run` goes there.
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FCP).length > 0) go();
  });
  observer.observe({ type: 'paint' });
  const timer = setTimeout(go, MAX_WAIT_MS);
  // Hidden before its first paint: no frame will come; nothing is on screen to wait for.
  document.addEventListener('visibilitychange', go);
  return finish;
}
