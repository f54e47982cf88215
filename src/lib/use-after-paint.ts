/**
 * A value handed on one painted frame late, in a task of its own: heavy work that follows from
 * it (painting 20,000 highlight ranges, indexing findings) then runs apart from the render that
 * brought it, instead of adding to one long task. Chaining two hands work out over two tasks.
 *
 * `key` names what the value belongs to (the open article): a value staged for another key is
 * never returned, so the next article's page never sees the last article's analysis, even for
 * the frame before its own arrives.
 */
import { useEffect, useState } from 'react';
import { afterNextFrame } from './after-next-frame';

export function useAfterPaint<T>(value: T, key: string): T | undefined {
  const [staged, setStaged] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    if (staged?.key === key && staged.value === value) return;
    return afterNextFrame(() => setStaged({ key, value }));
  }, [key, value, staged]);
  return staged?.key === key ? staged.value : undefined;
}
