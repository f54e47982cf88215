/**
 * A strip beside the scrollbar showing where the findings are in the article, drawn on one
 * canvas (thousands of marks cost one paint). Clicking it scrolls there. It is a visual aid
 * only; keyboard users move through findings with the shortcuts instead.
 */
import { useEffect, useRef } from 'react';

export interface OverviewMark {
  /** Position in the document, in CSS pixels from the top. */
  y: number;
  color: string;
}

interface PositionOverviewProps {
  /** Recomputed by the caller when layout changes. */
  marks: () => OverviewMark[];
  version: unknown;
}

/**
 * Draws the marks as runs of canvas rows per colour: a 1 MB article has ~16,000 findings but the
 * strip only a few hundred rows, so one rectangle per mark would mostly repaint the same pixels.
 */
export function paintMarks(
  ctx: Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect'>,
  marks: readonly OverviewMark[],
  total: number,
  width: number,
  height: number,
  markHeight: number,
): void {
  const rows = new Map<string, Uint8Array>();
  for (const m of marks) {
    let r = rows.get(m.color);
    if (!r) rows.set(m.color, (r = new Uint8Array(height)));
    // A mark at the very end is drawn inside the strip, not past its edge.
    const top = Math.max(0, Math.min(height - markHeight, Math.round((m.y / Math.max(1, total)) * height)));
    for (let y = top; y < Math.min(height, top + markHeight); y++) r[y] = 1;
  }
  for (const [color, r] of rows) {
    ctx.fillStyle = color;
    for (let y = 0; y < height; y++) {
      if (!r[y]) continue;
      const start = y;
      while (y < height && r[y]) y++;
      ctx.fillRect(0, start, width, y - start);
    }
  }
}

export function PositionOverview({ marks, version }: PositionOverviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const draw = () => {
      const rect = el.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      el.width = Math.max(1, Math.round(rect.width * dpr));
      el.height = Math.max(1, Math.round(rect.height * dpr));
      const ctx = el.getContext('2d');
      if (!ctx) return;
      ctx.clearRect(0, 0, el.width, el.height);
      paintMarks(ctx, marks(), document.documentElement.scrollHeight, el.width, el.height, Math.max(2, dpr * 2));
    };
    // The body grows a slice at a time while a long article arrives: redraw at most every few
    // frames, not on each slice. The first drawing too is a task of its own, not part of the
    // render that brought the findings (on a 1 MB article that render is long enough already).
    let timer = 0;
    const later = (wait = 200) => {
      if (!timer) timer = window.setTimeout(() => ((timer = 0), draw()), wait);
    };
    later(0);
    const observer = new ResizeObserver(() => later());
    observer.observe(document.body);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [marks, version]);
  return (
    <canvas
      ref={canvas}
      className="position-overview"
      aria-hidden="true"
      onClick={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        const fraction = (e.clientY - rect.top) / rect.height;
        window.scrollTo({ top: fraction * document.documentElement.scrollHeight - window.innerHeight / 2 });
      }}
    />
  );
}
