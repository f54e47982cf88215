/**
 * Puts an article's body blocks into the page as reading typography, as plain DOM: each block a
 * `<p>` or `<h2 class="subheading">` with `data-start`/`data-end` and the article's characters as
 * text nodes in order (the text map relies on this). Text is only ever set as text, never parsed
 * as HTML.
 *
 * Why not React: a 1 MB article is ~4,000 blocks. Rendering them in one go was a 200–300 ms task
 * and `content-visibility: auto` (which hid that cost) made every scroll frame slow. Here the
 * first screenfuls go in at once, and the rest follows in slices between frames, each slice small
 * enough to lay out within a frame; the page then scrolls like a static page, and find in page,
 * selection and print see the whole text once the slices are in (one to two seconds for 1 MB on
 * a quiet machine).
 * The same function paints the text before the app's code has loaded (`app/boot.ts`), so the
 * markup the reader sees first is exactly what the app keeps.
 */
import type { ArticleStructure, Block } from '../../model/article-structure';
import { BLOCKS_ADDED, PENDING_FROM_ATTR, RENDER_THROUGH } from '../../anchoring/text-map';
import { afterNextFrame } from '../../lib/after-next-frame';

/** Characters the boot script puts in before the app's code has loaded: a few screens even on a tall display. */
export const FIRST_SLICE_CHARS = 12_000;
/**
 * Characters the reader itself puts in at once (an article opened in the app, nothing painted by
 * the boot script): a screen of text on a 1440 px tall window at the default size and measure
 * (about 43 lines of 68 characters). Its frame also styles and lays out the reader around it for
 * the first time, and is the 1 MB open's longest task on a quiet machine: with 12,000 characters
 * (src/anchoring/README.md, perf37), and again with 6,000 (README, perf64: 3,000 took its CPU
 * median from 24 to 20 ms). The next slice follows a frame later.
 */
export const READER_FIRST_SLICE_CHARS = 3_000;
/**
 * Characters per later slice (each laid out, with hyphenation, in the frame after it goes in). At
 * 24,000 a slice's frame (style of ~45 elements, layout of ~100 objects, pre-paint, paint) was
 * one of the longest tasks of opening a 1 MB article (16–37 ms CPU at load 20); halved, the
 * longest task's median fell (src/anchoring/README.md, perf33b). One slice a frame, so smaller
 * slices stretch a 1 MB article over more frames, and on a loaded machine frames come slowly:
 * much smaller, and find in page would miss the end for many seconds.
 */
const SLICE_CHARS = 12_000;

/**
 * The blocks the body shows: all but the title and the byline (the article's header shows them)
 * and the credits (a footer).
 */
export const bodyBlocks = (structure: ArticleStructure): Block[] =>
  structure.blocks.filter((b) => b.kind !== 'footer' && b.kind !== 'title' && b.kind !== 'byline');

export function blockElement(text: string, block: Block): HTMLElement {
  const el = document.createElement(block.kind === 'heading' ? 'h2' : 'p');
  if (block.kind === 'heading') el.className = 'subheading';
  // An Arabic or Hebrew paragraph in an English article runs right to left (audit app39).
  el.dir = 'auto';
  el.dataset.start = String(block.start);
  el.dataset.end = String(block.end);
  if (block.dateline) {
    const span = document.createElement('span');
    span.className = 'dateline';
    span.textContent = text.slice(block.dateline.start, block.dateline.end);
    el.append(span, text.slice(block.dateline.end, block.end));
  } else el.textContent = text.slice(block.start, block.end);
  return el;
}

/** The index after the blocks from `from` that hold about `maxChars` of text (at least one). */
export function sliceEnd(blocks: readonly Block[], from: number, maxChars: number): number {
  let chars = 0;
  let i = from;
  while (i < blocks.length && (chars < maxChars || i === from)) {
    chars += blocks[i].end - blocks[i].start;
    i++;
  }
  return i;
}

/**
 * Appends blocks [from, to) and announces them to the text map; returns `to`. Blocks after the
 * first ones go in a plain `<div>` per slice: appending to a block of ~4,000 paragraphs made each
 * slice's layout walk all the paragraphs before it, so later slices of a 1 MB article cost twice
 * the first; appended to a body of ~50 slices, each costs the same. The wrapper has no role, margin
 * or padding (paragraph margins collapse through it), so reading order, selection, find in page
 * and print are unchanged; blocks are found by `[data-start]`, never as the body's children.
 */
export function appendBlocks(
  container: HTMLElement,
  text: string,
  blocks: readonly Block[],
  from: number,
  to: number,
): number {
  const added: HTMLElement[] = [];
  const end = Math.min(to, blocks.length);
  for (let i = from; i < end; i++) added.push(blockElement(text, blocks[i]));
  if (from === 0 || !added.length) container.append(...added);
  else {
    const slice = document.createElement('div');
    slice.className = 'body-slice';
    slice.append(...added);
    container.append(slice);
  }
  if (end < blocks.length) container.setAttribute(PENDING_FROM_ATTR, String(blocks[end].start));
  else container.removeAttribute(PENDING_FROM_ATTR);
  if (added.length) container.dispatchEvent(new CustomEvent(BLOCKS_ADDED, { bubbles: true, detail: added }));
  return end;
}

export interface BodyRendering {
  /** Blocks in the page so far. */
  readonly rendered: number;
  /** Resolves when every block is in the page. */
  readonly done: Promise<void>;
  /** Stops (the article is closing); what is in the page stays. */
  cancel(): void;
}

type Schedule = (run: () => void) => () => void;

/** Between frames: a macrotask after the next frame, so each slice's layout fits in a frame. */
const nextSlice: Schedule = afterNextFrame;

/**
 * Renders `blocks` into `container`, starting after the `already` blocks it holds (the boot
 * script's), then the rest in slices. A `RENDER_THROUGH` event on the container, printing, or
 * `finish()` put everything up to a point in at once.
 */
export function renderBlocks(
  container: HTMLElement,
  text: string,
  blocks: readonly Block[],
  options: { already?: number; schedule?: Schedule } = {},
): BodyRendering {
  const schedule = options.schedule ?? nextSlice;
  let next = options.already ?? 0;
  if (next === 0) next = appendBlocks(container, text, blocks, 0, sliceEnd(blocks, 0, READER_FIRST_SLICE_CHARS));
  let cancelTimer: (() => void) | null = null;
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolve = r));

  const finishIfDone = () => {
    if (next < blocks.length) return false;
    cancelTimer?.();
    cancelTimer = null;
    stop();
    resolve();
    return true;
  };
  const slice = () => {
    cancelTimer = null;
    next = appendBlocks(container, text, blocks, next, sliceEnd(blocks, next, SLICE_CHARS));
    if (!finishIfDone()) cancelTimer = schedule(slice);
  };
  const through = (offset: number) => {
    let end = next;
    while (end < blocks.length && blocks[end].start <= offset) end++;
    if (end > next) next = appendBlocks(container, text, blocks, next, end);
    finishIfDone();
  };
  const onThrough = (e: Event) => through((e as CustomEvent<number>).detail);
  const onPrint = () => through(Infinity);
  container.addEventListener(RENDER_THROUGH, onThrough);
  window.addEventListener('beforeprint', onPrint);
  function stop() {
    container.removeEventListener(RENDER_THROUGH, onThrough);
    window.removeEventListener('beforeprint', onPrint);
  }

  if (!finishIfDone()) cancelTimer = schedule(slice);
  return {
    get rendered() {
      return next;
    },
    done,
    cancel() {
      cancelTimer?.();
      cancelTimer = null;
      stop();
    },
  };
}
