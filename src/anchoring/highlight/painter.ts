/**
 * Paints named highlight layers over the article with the CSS Custom Highlight API: one
 * `Highlight` of many Ranges per layer, styled by `::highlight(name)` rules in CSS. No element is
 * inserted into the text, so painting 10,000 ranges costs a frame, not seconds, and overlapping
 * layers (a person inside a claim inside a user highlight) all stay visible.
 * Browsers without `CSS.highlights` get no painted layers but keep every panel and the keyboard
 * cursor; `supportsHighlights` lets the UI say so.
 */
import type { TextMap } from '../text-map';

export interface Span {
  start: number;
  end: number;
}

export const supportsHighlights = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

export class HighlightPainter {
  private painted = new Set<string>();

  constructor(private readonly map: TextMap) {}

  /** Replaces the named layer's ranges; an empty list clears it. */
  paint(name: string, spans: readonly Span[], priority = 0): void {
    if (!supportsHighlights()) return;
    if (!spans.length) {
      this.clear(name);
      return;
    }
    const ranges: Range[] = [];
    for (const s of spans) {
      const r = this.map.range(s.start, s.end);
      if (r) ranges.push(r);
    }
    const h = new Highlight(...ranges);
    h.priority = priority;
    CSS.highlights.set(name, h);
    this.painted.add(name);
  }

  clear(name: string): void {
    if (!supportsHighlights()) return;
    CSS.highlights.delete(name);
    this.painted.delete(name);
  }

  destroy(): void {
    for (const name of [...this.painted]) this.clear(name);
  }
}
