/**
 * How far through the article the reader is: a thin bar along the top of the window, and the
 * same as a percentage for assistive technology. Follows the scroll at most once a frame and
 * re-renders only when the whole percentage changes.
 */
import { useState, type RefObject } from 'react';
import { useFrameOnScroll } from '../../lib/use-frame-on-scroll';
import './reading-progress.css';

/** How far through `el` the reader is (0–1): the share of it above the bottom of the screen. */
export function readProgress(el: HTMLElement | null): number {
  if (!el) return 0;
  const box = el.getBoundingClientRect();
  if (box.height <= 0) return 0;
  // At the top nothing is read yet; at the end of the article, all of it is.
  const seen = window.innerHeight - box.top;
  return window.scrollY <= 0 ? 0 : Math.max(0, Math.min(1, seen / box.height));
}

interface ReadingProgressProps {
  /** The article being read. */
  article: RefObject<HTMLElement | null>;
}

export function ReadingProgress({ article }: ReadingProgressProps) {
  const [percent, setPercent] = useState(0);
  useFrameOnScroll(article, (el) => setPercent(Math.round(readProgress(el) * 100)));
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
      <div className="reading-progress-bar" style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
