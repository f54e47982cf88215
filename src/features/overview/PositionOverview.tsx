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
import { colourResolver } from './canvas-colours';
import { markCount, paintMarks, type MarkGroup } from './paint-marks';
import './overview.css';

export type { MarkGroup } from './paint-marks';

interface PositionOverviewProps {
  /** The marks, one group per colour (own marks and findings apart). */
  marks: readonly MarkGroup[];
  /** The part of the article on screen, as shares of its text. */
  view: () => { from: number; to: number };
  /** The reader clicked at this share of the article. */
  onPick: (at: number) => void;
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
      const colours = colourResolver(el.parentElement ?? el);
      const dpr = window.devicePixelRatio || 1;
      try {
        paintMarks(ctx, marks, el.width, el.height, Math.max(2, Math.round(2 * dpr)), colours.resolve);
      } finally {
        colours.done();
      }
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
      data-marks={markCount(marks)}
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
