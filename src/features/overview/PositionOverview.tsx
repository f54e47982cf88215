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
      const total = document.documentElement.scrollHeight;
      for (const m of marks()) {
        ctx.fillStyle = m.color;
        ctx.fillRect(0, Math.round((m.y / total) * el.height), el.width, Math.max(2, dpr * 2));
      }
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(document.body);
    return () => observer.disconnect();
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
