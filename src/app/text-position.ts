/**
 * The reader's controls (find, the overview strip, reading progress) reach the rendered article
 * only through these few functions, which speak text offsets and use the text map
 * (anchoring/text-map.ts). When the article body is rendered in chunks, only this file has to
 * learn how to bring an offset on screen.
 */
import type { TextMap } from '../anchoring/text-map';

/** The sticky header's height: text under it is not on screen. */
const HEADER_PX = 80;

/** Brings [start, end) to the middle of the screen. */
export function revealSpan(map: TextMap, start: number, end: number): void {
  const block = map.blockAt(start);
  if (!block) return;
  block.scrollIntoView({ block: 'center' });
  // A long paragraph can be taller than the screen: centre the span itself once its block is
  // laid out (off-screen paragraphs are sized lazily, so measure only after the first scroll).
  const rect = map.range(start, end)?.getBoundingClientRect();
  if (!rect || rect.height === 0) return;
  const visibleTop = HEADER_PX;
  const visibleBottom = window.innerHeight;
  if (rect.top < visibleTop || rect.bottom > visibleBottom) {
    window.scrollBy({ top: rect.top - (visibleTop + visibleBottom) / 2 });
  }
}

/** The text offsets on screen (below the header). */
export function offsetsOnScreen(map: TextMap): { start: number; end: number } {
  return map.offsetsInView(-HEADER_PX);
}

/** Scrolls so that the text at `offset` is at the top of the readable area. */
export function scrollToOffset(map: TextMap, offset: number): void {
  const block = map.blockAt(offset);
  if (!block) return;
  const top = block.getBoundingClientRect().top + window.scrollY - HEADER_PX - 16;
  window.scrollTo({ top: Math.max(0, top) });
}
