/**
 * End (and Ctrl/⌘+End) take the reader to the article's true end with one press.
 *
 * The browser aims End at the page's height at the moment the key is pressed, then animates the
 * scroll. When the page grows during or after that scroll, the reader is left short of the end:
 * a long article's later slices are still arriving (render-blocks.ts), panels and the analysis'
 * layers are laid out meanwhile (CI once saw End stop at 68 % of the default article and stay
 * there). So the rest of a body still arriving is put in at once when End is pressed, before the
 * browser aims (the reader asked for the end: it must be there, as for find in page or print), and
 * End's own scroll is not taken on trust either: once it stands still, if
 * the page goes on below the window, this scrolls to the end again, and keeps the end in view
 * while the page still grows, until it stops growing or the reader does anything else (a key, the
 * wheel, a touch, a click), which always wins.
 *
 * `followEnd` is the decision alone (plain numbers in, a verdict out, tested in Node);
 * `keepEndAtEnd` is the thin DOM side that feeds it one sample a frame.
 */
import { PENDING_FROM_ATTR, RENDER_THROUGH } from '../../anchoring/text-map';

/** One frame's view of the page's scroll. */
export interface ScrollSample {
  /** Top of the window in the page (`scrollY`). */
  top: number;
  /** Height of the window (`innerHeight`). */
  view: number;
  /** Height of the page (`scrollHeight`). */
  height: number;
}

export interface EndWatch {
  /** The previous frame's sample (undefined before the first). */
  last?: ScrollSample;
  /** Frames in a row in which neither the scroll nor the page's height changed. */
  still: number;
  /** Frames watched so far. */
  frames: number;
}

/** Frames the scroll must stand still before it counts as settled (End's animation is over). */
export const STILL_FRAMES = 3;
/** Frames at the end with an unchanged page before the watch ends (about half a second). */
export const SETTLED_AT_END_FRAMES = 30;
/** The watch gives up after this many frames (about ten seconds at 60 fps). */
export const MAX_FRAMES = 600;
/** Pixels short of the end that still count as at the end (rounding of fractional scroll). */
const AT_END_SLACK = 2;

export const startWatch = (): EndWatch => ({ still: 0, frames: 0 });

export const atEnd = (s: ScrollSample): boolean => s.top + s.view >= s.height - AT_END_SLACK;

/**
 * One frame of the watch: `scroll` to scroll to the end now, `wait` for the next frame, `done` to
 * stop watching. Short of the end only once the scroll stands still, so End's own animation is
 * never fought; at the end, done once the page has stopped growing.
 */
export function followEnd(
  watch: EndWatch,
  sample: ScrollSample,
): { watch: EndWatch; verdict: 'scroll' | 'wait' | 'done' } {
  const same = !!watch.last && watch.last.top === sample.top && watch.last.height === sample.height;
  const next: EndWatch = { last: sample, still: same ? watch.still + 1 : 0, frames: watch.frames + 1 };
  if (next.frames > MAX_FRAMES) return { watch: next, verdict: 'done' };
  if (atEnd(sample)) return { watch: next, verdict: next.still >= SETTLED_AT_END_FRAMES ? 'done' : 'wait' };
  if (next.still >= STILL_FRAMES) return { watch: { ...next, still: 0 }, verdict: 'scroll' };
  return { watch: next, verdict: 'wait' };
}

/** Keys, pointers and wheels that mean the reader wants to be somewhere else. */
const READER_MOVES = ['keydown', 'wheel', 'touchstart', 'pointerdown'] as const;

/** Where End moves a caret or scrolls a box of its own, not the page. */
function endIsNotThePages(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  for (let el: Element | null = target; el && el !== document.body; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return true;
  }
  return false;
}

const isEndPress = (e: KeyboardEvent) => e.key === 'End' && !e.shiftKey && !e.altKey;

/**
 * Listens for End on the page (bubbling, after every handler of the app: a handler that prevents
 * End is left alone) and follows each press through to the end. Returns the way to stop.
 */
export function keepEndAtEnd(win: Window = window): () => void {
  let frame = 0;
  const stopFollowing = () => {
    win.cancelAnimationFrame(frame);
    frame = 0;
    for (const type of READER_MOVES) win.removeEventListener(type, onReaderMove, true);
  };
  const onReaderMove = (e: Event) => {
    // The End press that started the watch is seen here too when it repeats: that one carries on.
    if (e instanceof KeyboardEvent && isEndPress(e)) return;
    stopFollowing();
  };
  const follow = () => {
    stopFollowing();
    let watch = startWatch();
    const step = () => {
      const el = win.document.documentElement;
      const sample = { top: win.scrollY, view: win.innerHeight, height: el.scrollHeight };
      const next = followEnd(watch, sample);
      watch = next.watch;
      if (next.verdict === 'done') return stopFollowing();
      if (next.verdict === 'scroll') win.scrollTo({ top: sample.height, behavior: 'instant' });
      frame = win.requestAnimationFrame(step);
    };
    for (const type of READER_MOVES) win.addEventListener(type, onReaderMove, { capture: true, passive: true });
    frame = win.requestAnimationFrame(step);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!isEndPress(e) || e.defaultPrevented || endIsNotThePages(e.target)) return;
    // Synchronously, in the key's dispatch: the browser's End then aims at the whole text's end.
    const body = win.document.querySelector(`[${PENDING_FROM_ATTR}]`);
    body?.dispatchEvent(new CustomEvent(RENDER_THROUGH, { detail: Number.POSITIVE_INFINITY }));
    follow();
  };
  win.addEventListener('keydown', onKey);
  return () => {
    win.removeEventListener('keydown', onKey);
    stopFollowing();
  };
}
