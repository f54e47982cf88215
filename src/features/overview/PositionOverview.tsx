/**
 * A strip beside the scrollbar showing where the findings and the reader's own marks are in the
 * article, drawn on one canvas (thousands of marks cost one paint), with a box for the part on
 * screen. Marks are placed by their share of the text, never by measuring where each one is laid
 * out, so the strip costs the same for a long article as for a short one. Clicking it jumps
 * there. A visual aid only: keyboard users move through findings with the shortcuts.
 *
 * The box for the screen is drawn on a canvas of its own once a frame while the page scrolls:
 * moving an element instead changes the document, which makes Chromium rebuild every
 * highlight's markers on the next frame (most of a scroll frame's cost on a long article).
 */
import { useEffect, useRef } from 'react';
import { fitCanvas } from '../../lib/fit-canvas';
import { useFrameOnScroll } from '../../lib/use-frame-on-scroll';
import './overview.css';

export interface OverviewMark {
  /** Where in the article, as a share of its text (0 = start, 1 = end). */
  at: number;
  /** Any CSS colour, custom properties included (resolved once per colour when drawn). */
  color: string;
  /** The reader's own mark: drawn wider, on the left half, so it stands apart from findings. */
  own?: boolean;
}

interface PositionOverviewProps {
  marks: readonly OverviewMark[];
  /** The part of the article on screen, as shares of its text. */
  view: () => { from: number; to: number };
  /** The reader clicked at this share of the article. */
  onPick: (at: number) => void;
}

/**
 * Draws the marks as runs of canvas rows per colour: a 1 MB article has ~16,000 findings but the
 * strip only a few hundred rows, so one rectangle per mark would mostly repaint the same pixels.
 * The reader's own marks take the left half and a row more, findings the right half.
 */
export function paintMarks(
  ctx: Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect'>,
  marks: readonly OverviewMark[],
  width: number,
  height: number,
  markHeight: number,
  colourOf: (color: string) => string = (c) => c,
): void {
  const half = Math.floor(width / 2);
  const rows = new Map<string, { own: boolean; color: string; r: Uint8Array }>();
  for (const m of marks) {
    const own = Boolean(m.own);
    const key = `${own ? 1 : 0}${m.color}`;
    let entry = rows.get(key);
    if (!entry) rows.set(key, (entry = { own, color: m.color, r: new Uint8Array(height) }));
    const h = own ? markHeight + 1 : markHeight;
    // A mark at the very end is drawn inside the strip, not past its edge.
    const top = Math.max(0, Math.min(height - h, Math.round(m.at * height)));
    for (let y = top; y < Math.min(height, top + h); y++) entry.r[y] = 1;
  }
  for (const { own, color, r } of rows.values()) {
    ctx.fillStyle = colourOf(color);
    const [x, w] = own ? [0, half + 1] : [half + 1, width - half - 1];
    for (let y = 0; y < height; y++) {
      if (!r[y]) continue;
      const start = y;
      while (y < height && r[y]) y++;
      ctx.fillRect(x, start, w, y - start);
    }
  }
}

/** Resolves CSS colours (custom properties, light-dark() pairs) to what a canvas can paint. */
function resolveColours(host: HTMLElement, colours: Iterable<string>): Map<string, string> {
  const probe = document.createElement('span');
  host.append(probe);
  const out = new Map<string, string>();
  for (const c of colours) {
    probe.style.color = c;
    out.set(c, getComputedStyle(probe).color);
  }
  probe.remove();
  return out;
}

/** The part on screen: a box with a faint fill, in the canvas' own `color` (overview.css). */
function drawView(canvas: HTMLCanvasElement | null, view: { from: number; to: number }): void {
  const ctx = canvas && fitCanvas(canvas);
  if (!canvas || !ctx) return;
  const dpr = window.devicePixelRatio || 1;
  const { width, height } = canvas;
  const top = Math.round(Math.max(0, Math.min(1, view.from)) * height);
  const h = Math.max(Math.round(4 * dpr), Math.round(Math.max(0, view.to - view.from) * height));
  ctx.clearRect(0, 0, width, height);
  ctx.strokeStyle = ctx.fillStyle = getComputedStyle(canvas).color;
  ctx.globalAlpha = 0.12;
  ctx.fillRect(0, top, width, h);
  ctx.globalAlpha = 1;
  ctx.lineWidth = dpr;
  ctx.strokeRect(dpr / 2, top + dpr / 2, width - dpr, Math.max(dpr, h - dpr));
}

export function PositionOverview({ marks, view, onPick }: PositionOverviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const draw = () => {
      const ctx = fitCanvas(el);
      if (!ctx) return;
      ctx.clearRect(0, 0, el.width, el.height);
      const colours = resolveColours(el.parentElement ?? el, new Set(marks.map((m) => m.color)));
      const dpr = window.devicePixelRatio || 1;
      paintMarks(ctx, marks, el.width, el.height, Math.max(2, Math.round(2 * dpr)), (c) => colours.get(c) ?? c);
    };
    // The first drawing is a task of its own, not part of the render that brought the findings
    // (on a 1 MB article that render is long enough already); resizes redraw at most every 200 ms.
    let timer = 0;
    const later = (wait = 200) => {
      if (!timer) timer = window.setTimeout(() => ((timer = 0), draw()), wait);
    };
    later(0);
    const observer = new ResizeObserver(() => later());
    observer.observe(el);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [marks]);

  useFrameOnScroll(box, (el) => drawView(el, view()), { afterRender: 'frame' });
  return (
    <div
      className="position-overview"
      aria-hidden="true"
      data-marks={marks.length}
      onClick={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        onPick(Math.max(0, Math.min(1, (e.clientY - rect.top) / rect.height)));
      }}
    >
      <canvas ref={canvas} className="position-overview-marks" />
      <canvas ref={box} className="position-overview-view" />
    </div>
  );
}
