/**
 * Keeps something in step with the window's scroll position and size: `read` is called with the
 * element after each render, and at most once per animation frame while the window scrolls or is
 * resized (a burst of scroll events costs one call). The reader gets the element rather than a
 * ref, and is always the latest one passed, so callers can hand an inline function without
 * re-subscribing on each render (and without wrapping `ref.current` in a callback, which the
 * React Compiler lint rejects).
 *
 * `afterRender: 'frame'` reads in the next frame after a render instead of in the commit: what
 * only draws (reading progress, the overview strip) then never forces a layout of a page that a
 * render just changed (on a 1 MB article, ~100 ms of the task that brings the analysis).
 */
import { useEffect, useEffectEvent, useLayoutEffect, type RefObject } from 'react';

export function useFrameOnScroll<T extends Element>(
  ref: RefObject<T | null>,
  read: (el: T | null) => void,
  options: { afterRender?: 'commit' | 'frame' } = {},
): void {
  const onFrame = useEffectEvent(() => read(ref.current));
  const inFrame = options.afterRender === 'frame';
  // After every render: whatever `read` depends on may just have changed.
  useLayoutEffect(() => {
    if (!inFrame) onFrame();
  });
  useEffect(() => {
    if (!inFrame) return;
    const frame = requestAnimationFrame(() => onFrame());
    return () => cancelAnimationFrame(frame);
  });
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onFrame());
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);
}
