/**
 * Maps article text offsets to DOM positions and back. The reader renders each block with
 * `data-start`/`data-end` and the block's characters as text nodes in order
 * (features/reader/render-blocks.ts), so a block's offset plus a short walk over its own text
 * nodes gives any position. This is the only place that knows how offsets live in the DOM.
 *
 * Long articles arrive in slices: the body announces each new run of blocks with a
 * `BLOCKS_ADDED` event (bubbling to the map's root), and the map grows without re-reading the
 * page. A span whose blocks are not rendered yet maps to null; `ensure` asks the body to render
 * through an offset at once (a jump, a link to an annotation near the end).
 */

/** Fired (bubbling) by the article body with `detail: HTMLElement[]`, the blocks just added. */
export const BLOCKS_ADDED = 'mg-blocks-added';
/** Fired at the article body with `detail: number`: render every block up to this offset now. */
export const RENDER_THROUGH = 'mg-render-through';
/**
 * Set on the article body (`data-pending-from`) while it is still arriving: the offset of the
 * first block not in the page yet. Spans reaching past it map to null until it arrives.
 */
export const PENDING_FROM_ATTR = 'data-pending-from';

export interface TextMap {
  /** A Range covering [start, end), or null if the span is not rendered. */
  range(start: number, end: number): Range | null;
  /** The text offset of a DOM point inside the article, or null outside it. */
  offsetOf(node: Node, offset: number): number | null;
  /** The block element containing an offset (for scrolling), rendering it first if need be. */
  blockAt(offset: number): HTMLElement | null;
  /**
   * The block element containing an offset if it is in the page already, else null: for marking
   * blocks, which must not make a long article render all at once (`onGrow` tells when more came).
   */
  renderedBlockAt(offset: number): HTMLElement | null;
  /** The text offsets of the blocks within `marginPx` of the viewport (a few layout reads). */
  offsetsInView(marginPx: number): { start: number; end: number };
  /**
   * Called after blocks were added, with where the text rendered before them ended; returns an
   * unsubscribe function.
   */
  onGrow(listener: (previousEnd: number) => void): () => void;
  /** Stops listening to the page. */
  dispose(): void;
}

interface BlockEntry {
  el: HTMLElement;
  start: number;
  end: number;
}

const entryOf = (el: HTMLElement): BlockEntry => ({ el, start: Number(el.dataset.start), end: Number(el.dataset.end) });

/** Index of the last block starting at or before `offset`, or -1. */
function lastAtOrBefore(blocks: readonly BlockEntry[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The text nodes of a block, in order. */
function textNodesOf(el: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

type Point = { node: Text; offset: number };

/**
 * The text node and offset among a block's text nodes (`nodes`, the block starting at text offset
 * `start`) for a text offset, clamped to the block's text.
 */
function pointAmong(nodes: readonly Text[], start: number, offset: number, preferEnd: boolean): Point | null {
  let pos = start;
  for (const n of nodes) {
    const end = pos + n.data.length;
    // An end offset exactly at a node boundary belongs to the node before it.
    if (offset < end || (offset === end && preferEnd) || (offset === pos && !preferEnd))
      return { node: n, offset: offset - pos };
    pos = end;
  }
  // Past the block's text (a line break between blocks): snap to its end.
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.data.length } : null;
}

/** The blocks under `root` that carry offsets, in text order. */
function blocksUnder(root: HTMLElement): BlockEntry[] {
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-start]')].map(entryOf);
  return blocks.sort((a, b) => a.start - b.start);
}

/**
 * The one mapping of a span [start, end) to DOM points, for `TextMap.range` and
 * `staticRangesInBlocks` alike: its start among the text of the block covering `start`, its end
 * among the text of the block covering its last character (an end at a block's start belongs to
 * the block before it). `oneBlock`: null unless the span lies inside the block it starts in (no
 * second search then). `nodesOf` gives a block's text nodes (read each time, or kept).
 */
function spanPoints(
  blocks: readonly BlockEntry[],
  start: number,
  end: number,
  nodesOf: (block: BlockEntry) => readonly Text[],
  oneBlock: boolean,
): { from: Point; to: Point } | null {
  const a = blocks[lastAtOrBefore(blocks, start)];
  if (!a) return null;
  let b: BlockEntry | undefined = a;
  if (oneBlock) {
    if (end > a.end || end < start) return null;
  } else b = blocks[lastAtOrBefore(blocks, end > start ? end - 1 : end)];
  if (!b) return null;
  const from = pointAmong(nodesOf(a), a.start, start, false);
  const to = pointAmong(nodesOf(b), b.start, end, true);
  return from && to ? { from, to } : null;
}

/**
 * A maker of StaticRanges over spans (flat `[start, end, start, end, …]`) that each lie inside one
 * of the blocks under `root` now, mapped as `TextMap.range` maps them; other spans are left out.
 * For a painter that runs once before the page's first frame (app/boot-layers.ts): the blocks and
 * each block's text nodes are read once for every call, and no live Range is made (the document
 * updates every live Range on each change until it is collected).
 */
export function staticRangesInBlocks(root: HTMLElement): (spans: readonly number[]) => StaticRange[] {
  const blocks = blocksUnder(root);
  const nodes = new Map<BlockEntry, Text[]>();
  const nodesOf = (block: BlockEntry) => {
    let found = nodes.get(block);
    if (!found) nodes.set(block, (found = textNodesOf(block.el)));
    return found;
  };
  return (spans) => {
    const ranges: StaticRange[] = [];
    for (let i = 0; i + 1 < spans.length; i += 2) {
      const points = spanPoints(blocks, spans[i], spans[i + 1], nodesOf, true);
      if (points)
        ranges.push(
          new StaticRange({
            startContainer: points.from.node,
            startOffset: points.from.offset,
            endContainer: points.to.node,
            endOffset: points.to.offset,
          }),
        );
    }
    return ranges;
  };
}

export function buildTextMap(root: HTMLElement): TextMap {
  const blocks = blocksUnder(root);
  const listeners = new Set<(previousEnd: number) => void>();
  const body = () => (root.matches('.article-body') ? root : root.querySelector<HTMLElement>('.article-body'));
  const readPending = () => {
    const v = body()?.getAttribute(PENDING_FROM_ATTR);
    return v === null || v === undefined ? Infinity : Number(v);
  };
  let pendingFrom = readPending();

  const onAdded = (e: Event) => {
    pendingFrom = readPending();
    const added = (e as CustomEvent<HTMLElement[]>).detail;
    if (!added?.length) return;
    let previousEnd: number | undefined;
    for (const el of added) {
      const entry = entryOf(el);
      // Slices arrive in order, after anything already known that starts earlier (the title) and
      // before what the page had from the start further on (the credits, a React-rendered footer).
      let i = blocks.length;
      while (i > 0 && blocks[i - 1].start > entry.start) i--;
      // Where the text before the new blocks ended: not the last block known, which may be the footer.
      previousEnd ??= i ? blocks[i - 1].end : 0;
      blocks.splice(i, 0, entry);
    }
    listeners.forEach((l) => l(previousEnd ?? 0));
  };
  root.addEventListener(BLOCKS_ADDED, onAdded);

  const covering = (offset: number): BlockEntry | null => {
    const i = lastAtOrBefore(blocks, offset);
    return i < 0 ? null : blocks[i];
  };

  const ensure = (offset: number) => {
    if (offset < pendingFrom) return;
    body()?.dispatchEvent(new CustomEvent(RENDER_THROUGH, { detail: offset }));
  };

  return {
    range(start, end) {
      if (end > pendingFrom) return null;
      const points = spanPoints(blocks, start, end, (block) => textNodesOf(block.el), false);
      if (!points) return null;
      const r = document.createRange();
      r.setStart(points.from.node, points.from.offset);
      r.setEnd(points.to.node, points.to.offset);
      return r;
    },
    offsetOf(node, offset) {
      const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node) as HTMLElement | null;
      const blockEl = el instanceof HTMLElement ? el.closest<HTMLElement>('[data-start]') : null;
      if (!blockEl || !root.contains(blockEl)) return null;
      const start = Number(blockEl.dataset.start);
      if (node.nodeType !== Node.TEXT_NODE) return start;
      const walker = document.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT);
      let pos = start;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n === node) return pos + offset;
        pos += (n as Text).data.length;
      }
      return null;
    },
    offsetsInView(marginPx) {
      if (!blocks.length) return { start: 0, end: 0 };
      const top = -marginPx;
      const bottom = window.innerHeight + marginPx;
      // Blocks are in document order, so their tops increase: binary search the first visible one.
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (blocks[mid].el.getBoundingClientRect().bottom < top) lo = mid + 1;
        else hi = mid;
      }
      // And the last one, the same way (no walk over every block on a tall screen).
      let a = lo;
      let b = blocks.length - 1;
      while (a < b) {
        const mid = (a + b + 1) >> 1;
        if (blocks[mid].el.getBoundingClientRect().top <= bottom) a = mid;
        else b = mid - 1;
      }
      return { start: blocks[lo].start, end: blocks[Math.max(lo, a)].end };
    },
    blockAt(offset) {
      if (offset < 0) return null;
      ensure(offset);
      return covering(offset)?.el ?? null;
    },
    renderedBlockAt(offset) {
      if (offset < 0 || offset >= pendingFrom) return null;
      return covering(offset)?.el ?? null;
    },
    onGrow(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      root.removeEventListener(BLOCKS_ADDED, onAdded);
      listeners.clear();
    },
  };
}
