/**
 * The overview strip's marks and how they are drawn, apart from the component so the drawing is
 * unit-tested (and timed) without a page.
 */

/**
 * The marks of one colour: where each is, as a share of the article's text (0 = start, 1 = end),
 * in one column. A 1 MB article with 10,000 highlights has ~38,000 marks; as an object each (with
 * its share a heap number) they were ~76,000 objects for every major garbage collection to mark,
 * and such a collection's final pause was the reload's longest task. A column is one object.
 */
export interface MarkGroup {
  /** Any CSS colour, custom properties included (resolved once per colour when drawn). */
  readonly color: string;
  /** The reader's own marks: drawn wider, on the left half, so they stand apart from findings. */
  readonly own: boolean;
  readonly at: Float64Array;
}

/** How many marks the groups hold. */
export const markCount = (groups: readonly MarkGroup[]): number => groups.reduce((n, g) => n + g.at.length, 0);

/**
 * Draws the marks as runs of canvas rows per colour: a 1 MB article has ~16,000 findings but the
 * strip only a few hundred rows, so one rectangle per mark would mostly repaint the same pixels.
 * The reader's own marks take the left half and a row more, findings the right half. Colours are
 * drawn in the order of the groups that hold marks (a later colour covers an earlier one where
 * their rows meet).
 */
export function paintMarks(
  ctx: Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect'>,
  groups: readonly MarkGroup[],
  width: number,
  height: number,
  markHeight: number,
  colourOf: (color: string) => string = (c) => c,
): void {
  if (height <= 0) return;
  const half = Math.floor(width / 2);
  const own = new Map<string, Uint8Array>();
  const found = new Map<string, Uint8Array>();
  for (const g of groups) {
    if (!g.at.length) continue;
    const rows = g.own ? own : found;
    let r = rows.get(g.color);
    if (!r) rows.set(g.color, (r = new Uint8Array(height)));
    const h = g.own ? markHeight + 1 : markHeight;
    for (const at of g.at) {
      // A mark at the very end is drawn inside the strip, not past its edge.
      const top = Math.max(0, Math.min(height - h, Math.round(at * height)));
      r.fill(1, top, Math.min(height, top + h));
    }
  }
  const fill = (rows: Map<string, Uint8Array>, x: number, w: number) => {
    for (const [color, r] of rows) {
      ctx.fillStyle = colourOf(color);
      for (let y = 0; y < height; y++) {
        if (!r[y]) continue;
        const start = y;
        while (y < height && r[y]) y++;
        ctx.fillRect(x, start, w, y - start);
      }
    }
  };
  fill(own, 0, half + 1);
  fill(found, half + 1, width - half - 1);
}
