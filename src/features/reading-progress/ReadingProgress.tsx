/**
 * How far through the article the reader is: a thin bar along the top of the window, and the
 * same as a percentage for assistive technology.
 *
 * The bar is drawn on a canvas once a frame while the page scrolls, and the percentage is written
 * to the page only when the scroll rests: any change to the document (an attribute, a style)
 * makes Chromium rebuild the markers of every highlight on the next frame, which on a long,
 * densely marked article cost more than the frame itself.
 *
 * It reads the page only when the reading position can have moved: a scroll, a resize of the
 * window or of the article (slices of a long text arriving, another text size), and its own
 * renders. Not on every render of the workspace around it: a click on a panel tab re-renders
 * the workspace, and reading the article's box in the next frame forced a layout of the whole
 * document before the new panel could paint (~40 ms on a 1 MB article).
 */
import { memo, useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { useFrameOnScroll } from '../../lib/use-frame-on-scroll';
import { fitCanvas } from '../../lib/fit-canvas';
import './reading-progress.css';

/** How long the scroll must rest before the percentage is announced (ms). */
const SETTLE_MS = 150;

/** How far through `el` the reader is (0–1): the share of it above the bottom of the screen. */
export function readProgress(el: HTMLElement | null): number {
  if (!el) return 0;
  const box = el.getBoundingClientRect();
  if (box.height <= 0) return 0;
  // At the top nothing is read yet; at the end of the article, all of it is.
  const seen = window.innerHeight - box.top;
  return window.scrollY <= 0 ? 0 : Math.max(0, Math.min(1, seen / box.height));
}

function drawBar(canvas: HTMLCanvasElement | null, share: number): void {
  const ctx = canvas && fitCanvas(canvas);
  if (!canvas || !ctx) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  // The bar's colour is the canvas' own `color` (reading-progress.css), so it follows the theme.
  ctx.fillStyle = getComputedStyle(canvas).color;
  ctx.fillRect(0, 0, Math.round(share * canvas.width), canvas.height);
}

interface ReadingProgressProps {
  /** The article being read. */
  article: RefObject<HTMLElement | null>;
}

export const ReadingProgress = memo(function ReadingProgress({ article }: ReadingProgressProps) {
  const [percent, setPercent] = useState(0);
  const bar = useRef<HTMLCanvasElement>(null);
  const settle = useRef(0);
  const update = (el: HTMLElement | null) => {
    const share = readProgress(el);
    drawBar(bar.current, share);
    clearTimeout(settle.current);
    settle.current = window.setTimeout(() => setPercent(Math.round(share * 100)), SETTLE_MS);
  };
  useFrameOnScroll(article, update, { afterRender: 'frame' });
  // A resize observer is told after layout, so the read below finds the layout done.
  const onResize = useEffectEvent(() => update(article.current));
  useEffect(() => {
    const el = article.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => onResize());
    observer.observe(el);
    return () => observer.disconnect();
  }, [article]);
  useEffect(() => () => clearTimeout(settle.current), []);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent} % read`}
      title={`${percent} % read`}
    >
      <canvas ref={bar} className="reading-progress-bar" />
    </div>
  );
});
