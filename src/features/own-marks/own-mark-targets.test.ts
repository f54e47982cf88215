import { describe, expect, it } from 'vitest';
import type { TextMap } from '../../anchoring/text-map';
import type { Annotation } from '../../model/annotation';
import type { Anchored, Placed } from '../../model/anchored';
import { grownTarget, markedBlocks } from './use-own-mark-margins';

/** Blocks [start, end) with one-character gaps (the newlines), as the body renders them. */
const BLOCKS = Array.from({ length: 12 }, (_, i) => ({ start: 20 + i * 10, end: 29 + i * 10, el: { i } }));

/** A text map over the first `rendered` blocks, as `renderedBlockAt` answers while a body arrives. */
function mapOf(rendered: { n: number }): TextMap {
  return {
    renderedBlockAt(offset: number) {
      const shown = BLOCKS.slice(0, rendered.n);
      if (offset < 0 || rendered.n === 0 || offset >= (BLOCKS[rendered.n]?.start ?? Infinity)) return null;
      const at = shown.filter((b) => b.start <= offset).pop();
      return (at?.el ?? null) as unknown as HTMLElement | null;
    },
  } as unknown as TextMap;
}

const placedAt = (start: number, verdict?: string): Placed => ({
  start,
  end: start + 2,
  annotation: { id: `a${start}`, kind: verdict ? 'claim' : 'highlight', verdict } as unknown as Annotation,
});

describe('own-mark targets growing with the body', () => {
  // In reading order: one in the title (before the body), some in gaps, several in one block.
  const placed = [2, 20, 21, 29, 35, 49, 50, 51, 77, 88, 99, 100, 130, 131, 139].map((s, k) =>
    placedAt(s, k % 4 === 0 ? 'supported' : undefined),
  );
  const anchored: Anchored = { placed, orphans: [], pageNotes: [], overBudget: 0 };

  it('marks, slice by slice, exactly what a fresh count over the whole body marks', () => {
    const rendered = { n: 0 };
    const map = mapOf(rendered);
    let target = markedBlocks(map, anchored);
    expect(target.marked.size).toBe(0);
    for (const step of [1, 3, 4, 7, 8, 12]) {
      const previousEnd = rendered.n ? BLOCKS[rendered.n - 1].end : 0;
      rendered.n = step;
      target = grownTarget(map, target, previousEnd);
      const fresh = markedBlocks(map, anchored);
      expect(target.marked).toEqual(fresh.marked);
      expect(target.counts).toEqual(fresh.counts);
    }
    expect(target.marked.size).toBeGreaterThan(5);
  });

  it('leaves the target it grew from as it was', () => {
    const rendered = { n: 2 };
    const map = mapOf(rendered);
    const before = markedBlocks(map, anchored);
    const size = before.marked.size;
    rendered.n = 6;
    grownTarget(map, before, BLOCKS[1].end);
    expect(before.marked.size).toBe(size);
  });
});
