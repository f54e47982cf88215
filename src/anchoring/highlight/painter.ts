/**
 * Paints named highlight layers over the article with the CSS Custom Highlight API: one
 * `Highlight` of many Ranges per layer, styled by `::highlight(name)` rules in CSS. No element is
 * inserted into the text, and overlapping layers (a person inside a claim inside a user
 * highlight) all stay visible.
 *
 * Long articles: Chromium re-examines every registered range on each paint, so 30,000 ranges make
 * scrolling stutter and building them all blocks the main thread. Past WINDOW_THRESHOLD spans the
 * painter registers only the spans near the viewport and follows the scroll, the way a virtual list
 * renders only its visible rows. Short articles paint everything once.
 * Browsers without `CSS.highlights` get no painted layers but keep every panel and the keyboard
 * cursor; `supportsHighlights` lets the UI say so.
 */
import type { TextMap } from '../text-map';
import { installLayerStyles, type HighlightLayer } from './layers';

export interface Span {
  start: number;
  end: number;
}

interface Layer {
  spans: Span[];
  priority: number;
  /** Some spans were not rendered yet when last registered (a long article still coming in). */
  missing: boolean;
}

/** Above this many spans in all layers, only those near the viewport are registered. */
export const WINDOW_THRESHOLD = 4000;
/**
 * How far beyond the viewport (px) the painted window reaches, so scrolling finds it ready. On the
 * frame after any change to the page (the window moving, a highlight made, a list re-rendered)
 * Chromium rebuilds the markers of every registered range and repaints the text they cover, so
 * that frame's cost grows with the window: with 10,000 highlights on the 1 MB article, 1,500 px
 * each side made 20–35 ms CPU frames while scrolling (over 50 ms wall on a shared core); 750 px,
 * followed twice as often (FOLLOW_EVERY_MS), keeps the same reach per second in pieces half the
 * size (README.md, "### perf61").
 */
const WINDOW_MARGIN = 750;
/**
 * Moving the window re-registers every layer, and Chromium then rebuilds all highlight markers and
 * repaints the text they cover: a frame's worth of work. Reading pace moves it every second or so;
 * a fling would move it every other frame, so it moves at most this often (ms) and catches up when
 * the scroll slows. Text a fling uncovers gets its tints up to this much later. With WINDOW_MARGIN
 * it sets how fast a scroll the window keeps ahead of: 750 px per 200 ms, as 1,500 per 400 before.
 */
const FOLLOW_EVERY_MS = 200;

export const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

function inWindow(spans: Span[], start: number, end: number): Span[] {
  // Spans are sorted by start; the few long ones (claims) that begin before the window are caught
  // by scanning back a bounded distance.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - 50; i--) if (spans[i].end > start) out.push(spans[i]);
  for (let i = lo; i < spans.length && spans[i].start < end; i++) out.push(spans[i]);
  return out;
}

/** The same spans, in the same order (by offsets: the objects are new on every list). */
function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start || a[i].end !== b[i].end) return false;
  return true;
}

/** Where `span` goes in `spans` (sorted by start), after any that start at the same offset. */
function insertAt(spans: readonly Span[], span: Span): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class HighlightPainter {
  private layers = new Map<string, Layer>();
  /** The Highlight each layer was last registered with, to tell that it is still the one shown. */
  private registered = new Map<string, Highlight>();
  private windowed = false;
  private view = { start: 0, end: 0 };
  private frame = 0;
  private lastScrollY = 0;
  private lastFollow = -Infinity;
  private followTimer = 0;
  private readonly onScroll = () => {
    // Measuring where the viewport is forces a layout: do it only after a real move, not per frame.
    if (Math.abs(window.scrollY - this.lastScrollY) < WINDOW_MARGIN / 3) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.lastScrollY = window.scrollY;
      this.follow();
    });
  };

  private growFrame = 0;
  private readonly unsubscribe: () => void;

  constructor(private readonly map: TextMap) {
    if (supportsHighlights()) installLayerStyles();
    // More of the article arrived: paint what was waiting for it, once per frame at most.
    this.unsubscribe = map.onGrow((previousEnd) => {
      // Windowed, a window that stopped short of the old end cannot reach the new blocks:
      // nothing to measure (measuring would force the new slice's layout for nothing).
      if (this.windowed && this.view.end < previousEnd) return;
      if (this.growFrame) return;
      this.growFrame = requestAnimationFrame(() => {
        this.growFrame = 0;
        this.grown();
      });
    });
  }

  /** Replaces the layer's ranges; an empty list clears it. Name, priority and style come from layers.ts. */
  paint(layer: HighlightLayer, spans: readonly Span[]): void {
    this.paintAll([[layer, spans]]);
  }

  /**
   * Replaces several layers' ranges at once (the analysis' layers when it arrives): the painter
   * decides once whether to paint the whole article or a window, then registers each layer once.
   * One at a time, a first layer under WINDOW_THRESHOLD was registered whole (a Range for each of
   * its thousands of spans) only to be registered again, windowed, when the next layer came.
   */
  paintAll(entries: ReadonlyArray<readonly [HighlightLayer, readonly Span[]]>): void {
    if (!supportsHighlights()) return;
    const painted: string[] = [];
    for (const [{ name, priority }, spans] of entries) {
      if (!spans.length) {
        CSS.highlights.delete(name);
        this.layers.delete(name);
        this.registered.delete(name);
        continue;
      }
      // Most callers pass spans in text order already (10,000 own highlights): check before sorting.
      let inOrder = true;
      for (let i = 1; i < spans.length && inOrder; i++) inOrder = spans[i - 1].start <= spans[i].start;
      const sorted = inOrder ? spans.slice() : [...spans].sort((a, b) => a.start - b.start);
      // The same spans as registered, all of them rendered, and that Highlight still the one shown:
      // nothing to register. Registering anew makes Chromium rebuild the markers of every highlight
      // on the next frame; after a highlight is made the reader's eight colour layers are painted
      // again, and seven of them (the eighth too, when `add` put the new span in) are unchanged.
      const old = this.layers.get(name);
      const same =
        old &&
        !old.missing &&
        old.priority === priority &&
        CSS.highlights.get(name) === this.registered.get(name) &&
        sameSpans(old.spans, sorted);
      this.layers.set(name, { spans: sorted, priority, missing: false });
      if (!same) painted.push(name);
    }
    if (this.updateMode()) return; // every layer was registered anew
    for (const name of painted) this.register(name);
  }

  /**
   * Adds one span to a layer at once, for the next frame (a highlight just made, before the
   * app works out everything else); the layer's next `paint` replaces it with the full list.
   */
  add({ name, priority }: HighlightLayer, span: Span): void {
    if (!supportsHighlights()) return;
    const range = this.map.range(span.start, span.end);
    if (!range) return;
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priority;
      CSS.highlights.set(name, highlight);
    }
    highlight.add(range);
    // The layer's list gains the span too, so that its next `paint` with the full list (the same
    // spans) registers nothing again. Only when the Highlight shown is the layer's own.
    const layer = this.layers.get(name);
    if (layer && highlight === this.registered.get(name)) layer.spans.splice(insertAt(layer.spans, span), 0, span);
  }

  clear(layer: HighlightLayer): void {
    this.paintAll([[layer, []]]);
  }

  destroy(): void {
    this.unsubscribe();
    cancelAnimationFrame(this.growFrame);
    if (supportsHighlights()) for (const name of [...this.layers.keys()]) CSS.highlights.delete(name);
    this.layers.clear();
    this.registered.clear();
    this.setWindowed(false);
  }

  private grown(): void {
    if (this.windowed) {
      const view = this.map.offsetsInView(WINDOW_MARGIN);
      if (view.start === this.view.start && view.end === this.view.end) return;
      this.view = view;
      for (const name of this.layers.keys()) this.register(name);
      return;
    }
    for (const [name, layer] of this.layers) if (layer.missing) this.register(name);
  }

  /** Windows the layers or paints them whole, by their size; true when it re-registered every layer. */
  private updateMode(): boolean {
    let total = 0;
    for (const l of this.layers.values()) total += l.spans.length;
    const windowed = total > WINDOW_THRESHOLD;
    if (windowed === this.windowed) return false;
    this.setWindowed(windowed);
    if (windowed) {
      this.view = this.map.offsetsInView(WINDOW_MARGIN);
      this.lastScrollY = window.scrollY;
    }
    for (const name of this.layers.keys()) this.register(name);
    return true;
  }

  private setWindowed(on: boolean): void {
    this.windowed = on;
    if (on) window.addEventListener('scroll', this.onScroll, { passive: true });
    else {
      window.removeEventListener('scroll', this.onScroll);
      cancelAnimationFrame(this.frame);
      clearTimeout(this.followTimer);
      this.followTimer = 0;
    }
  }

  /** Re-registers every layer when the viewport has left the middle of the painted window. */
  private follow(): void {
    const now = this.map.offsetsInView(WINDOW_MARGIN / 3);
    if (now.start >= this.view.start && now.end <= this.view.end) return;
    const wait = this.lastFollow + FOLLOW_EVERY_MS - performance.now();
    if (wait > 0) {
      this.followTimer ||= window.setTimeout(() => {
        this.followTimer = 0;
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => {
          this.lastScrollY = window.scrollY;
          this.follow();
        });
      }, wait);
      return;
    }
    this.lastFollow = performance.now();
    this.view = this.map.offsetsInView(WINDOW_MARGIN);
    for (const name of this.layers.keys()) this.register(name);
  }

  private register(name: string): void {
    const layer = this.layers.get(name);
    if (!layer) return;
    // Small layers (the cursor, a flash) are painted whole: they may point just outside the window.
    const spans =
      this.windowed && layer.spans.length > 200 ? inWindow(layer.spans, this.view.start, this.view.end) : layer.spans;
    const ranges: Range[] = [];
    for (const s of spans) {
      const r = this.map.range(s.start, s.end);
      if (r) ranges.push(r);
    }
    layer.missing = ranges.length < spans.length;
    const h = new Highlight(...ranges);
    h.priority = layer.priority;
    CSS.highlights.set(name, h);
    this.registered.set(name, h);
  }
}
