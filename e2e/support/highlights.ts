/**
 * What a CSS Custom Highlight layer paints, read from the page. A layer's entries are not always
 * live Ranges: the landing page's boot painter (app/boot-layers.ts) registers StaticRanges, which
 * have no text and no geometry, until the app's painter takes over with its own. Each helper
 * therefore builds a live Range over the entry's boundaries before it reads text or boxes (the
 * function is inlined in each because `page.evaluate` ships only the function it is given).
 */
import type { Page } from '@playwright/test';

/** Ranges painted in one highlight layer, as text. */
export const painted = (page: Page, layer: string) =>
  page.evaluate((name) => {
    const live = (r: AbstractRange) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    };
    return [...(CSS.highlights.get(name) ?? [])].map((r) => live(r).toString());
  }, layer);

/** The box of the first range painted in a highlight layer, in viewport pixels (null: none). */
export const firstPaintedBox = (page: Page, layer: string) =>
  page.evaluate((name) => {
    const live = (r: AbstractRange) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    };
    const first = [...(CSS.highlights.get(name) ?? [])][0];
    if (!first) return null;
    const b = live(first).getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height, top: b.top, bottom: b.bottom };
  }, layer);

/**
 * The first range a highlight layer paints, its paragraph scrolled to the middle of the window:
 * its first line box (rounded viewport pixels) and its text. Null while the layer paints nothing.
 */
export const firstPaintedInView = (page: Page, layer: string) =>
  page.evaluate(async (name) => {
    const live = (r: AbstractRange) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    };
    const first = [...(CSS.highlights.get(name) ?? [])][0];
    if (!first) return null;
    const range = live(first);
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const r = range.getClientRects()[0];
    const box = {
      x: Math.round(r.left),
      y: Math.round(r.top),
      width: Math.round(r.width),
      height: Math.round(r.height),
    };
    return { box, text: range.toString() };
  }, layer);
