/**
 * Maps article text offsets to DOM positions and back. The reader renders each block with
 * `data-start` and the block's characters as text nodes in order (features/reader/ArticleBody),
 * so one walk over those text nodes gives every node's offset. This is the only place that
 * knows how offsets live in the DOM.
 */

export interface TextMap {
  /** A Range covering [start, end), or null if the span is not rendered. */
  range(start: number, end: number): Range | null;
  /** The text offset of a DOM point inside the article, or null outside it. */
  offsetOf(node: Node, offset: number): number | null;
  /** The block element containing an offset (for scrolling and the overview). */
  blockAt(offset: number): HTMLElement | null;
  /** The text offsets of the blocks within `marginPx` of the viewport. */
  offsetsInView(marginPx: number): { start: number; end: number };
}

interface NodeEntry {
  node: Text;
  start: number;
}

export function buildTextMap(root: HTMLElement): TextMap {
  const entries: NodeEntry[] = [];
  const starts = new Map<Text, number>();
  const blocks: Array<{ el: HTMLElement; start: number; end: number }> = [];
  for (const el of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const blockStart = Number(el.dataset.start);
    blocks.push({ el, start: blockStart, end: Number(el.dataset.end) });
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let pos = blockStart;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      entries.push({ node: n, start: pos });
      starts.set(n, pos);
      pos += n.data.length;
    }
  }
  entries.sort((a, b) => a.start - b.start);
  blocks.sort((a, b) => a.start - b.start);

  const locate = (offset: number, preferEnd: boolean): { node: Text; offset: number } | null => {
    let lo = 0;
    let hi = entries.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    let e = entries[found];
    // An end offset exactly at a node boundary belongs to the previous node, so a range
    // never starts its highlight on the following block.
    if (
      preferEnd &&
      offset === e.start &&
      found > 0 &&
      entries[found - 1].start + entries[found - 1].node.data.length === offset
    ) {
      e = entries[found - 1];
    }
    const within = offset - e.start;
    if (within > e.node.data.length) {
      // Offset falls between blocks (a line break): snap to the end of this node.
      return { node: e.node, offset: e.node.data.length };
    }
    return { node: e.node, offset: within };
  };

  return {
    range(start, end) {
      const a = locate(start, false);
      const b = locate(end, true);
      if (!a || !b) return null;
      const r = document.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      return r;
    },
    offsetOf(node, offset) {
      if (node.nodeType === Node.TEXT_NODE) {
        const s = starts.get(node as Text);
        return s === undefined ? null : s + offset;
      }
      const el = node instanceof HTMLElement ? node.closest<HTMLElement>('[data-start]') : null;
      return el ? Number(el.dataset.start) : null;
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
      let last = lo;
      while (last + 1 < blocks.length && blocks[last + 1].el.getBoundingClientRect().top <= bottom) last++;
      return { start: blocks[lo].start, end: blocks[last].end };
    },
    blockAt(offset) {
      let lo = 0;
      let hi = blocks.length - 1;
      let found: HTMLElement | null = null;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (blocks[mid].start <= offset) {
          found = blocks[mid].el;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    },
  };
}
