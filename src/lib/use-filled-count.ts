/**
 * How many items of a long list to render now, when it may grow by a whole page at once: at most
 * `step` more per frame, each step in a task of its own after the frame it follows, until `wanted`.
 * The Notes list of a reload with 10,000 annotations got its first page of 100 in the commit that
 * brought them, and that frame's style and layout of ~900 new boxes were among the reload's longest
 * tasks; a quarter of it per frame is a few milliseconds each, and fills within a few frames.
 * A list that shrinks (a filter) renders at once what it has; only growing is spread.
 */
import { useEffect, useState } from 'react';
import { afterNextFrame } from './after-next-frame';

/** Items added per frame. */
export const FILL_STEP = 25;

export function useFilledCount(wanted: number, step = FILL_STEP): number {
  const [filled, setFilled] = useState(step);
  const short = filled < wanted;
  useEffect(() => {
    if (!short) return;
    return afterNextFrame(() => setFilled((n) => n + step));
  }, [short, filled, step]);
  return Math.min(wanted, filled);
}
