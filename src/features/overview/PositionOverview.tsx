/**
 * A strip beside the scrollbar showing where the findings and the reader's own marks are in the
 * article, drawn on one canvas (thousands of marks cost one paint), with a box for the part on
 * screen. Marks are placed by their share of the text, never by measuring where each one is laid
 * out, so the strip costs the same for a long article as for a short one. Clicking it jumps
 * there. A visual aid only: keyboard users move through findings with the shortcuts.
 */
import { useEffect, useRef } from 'react';
import './overview.css';

export interface OverviewMark {
  /** Where in the article, as a share of its text (0 = start, 1 = end). */
  at: number;
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

export function PositionOverview({ marks, view, onPick }: PositionOverviewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);

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
      const h = Math.max(2, Math.round(2 * dpr));
      const half = Math.floor(el.width / 2);
      for (const m of marks) {
        ctx.fillStyle = m.color;
        const y = Math.min(el.height - h, Math.round(m.at * el.height));
        if (m.own) ctx.fillRect(0, y, half + 1, h + 1);
        else ctx.fillRect(half + 1, y, el.width - half - 1, h);
      }
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(el);
    return () => observer.disconnect();
  }, [marks]);

  useEffect(() => {
    let frame = 0;
    const place = () => {
      const v = view();
      const el = box.current;
      if (!el) return;
      el.style.top = `${(v.from * 100).toFixed(2)}%`;
      el.style.height = `${(Math.max(0.005, v.to - v.from) * 100).toFixed(2)}%`;
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [view]);

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
      <div ref={box} className="position-overview-view" />
    </div>
  );
}
