/**
 * The overview strip's marks and how they are drawn, apart from the component so the drawing is
 * unit-tested (and timed) without a page.
 */
export interface OverviewMark {
  /** Where in the article, as a share of its text (0 = start, 1 = end). */
  at: number;
  /** Any CSS colour, custom properties included (resolved once per colour when drawn). */
  color: string;
  /** The reader's own mark: drawn wider, on the left half, so it stands apart from findings. */
  own?: boolean;
}

/**
 * Draws the marks as runs of canvas rows per colour: a 1 MB article has ~16,000 findings but the
 * strip only a few hundred rows, so one rectangle per mark would mostly repaint the same pixels.
 * The reader's own marks take the left half and a row more, findings the right half.
 *
 * Rows are kept per colour in two maps (own marks, findings) looked up by the colour string as
 * given: building a combined key per mark made 26,000 marks (10,000 own highlights on a 1 MB
 * article) take 40–110 ms, most of it hashing the new strings.
 */
export function paintMarks(
  ctx: Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect'>,
  marks: readonly OverviewMark[],
  width: number,
  height: number,
  markHeight: number,
  colourOf: (color: string) => string = (c) => c,
): void {
  if (height <= 0) return;
  const half = Math.floor(width / 2);
  const own = new Map<string, Uint8Array>();
  const found = new Map<string, Uint8Array>();
  for (const m of marks) {
    const mine = m.own === true;
    const rows = mine ? own : found;
    let r = rows.get(m.color);
    if (!r) rows.set(m.color, (r = new Uint8Array(height)));
    const h = mine ? markHeight + 1 : markHeight;
    // A mark at the very end is drawn inside the strip, not past its edge.
    const top = Math.max(0, Math.min(height - h, Math.round(m.at * height)));
    r.fill(1, top, Math.min(height, top + h));
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
