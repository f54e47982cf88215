// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../anchoring/text-map';
import { appendLastSlice, renderSlicedPageWithCredits } from '../../anchoring/sliced-body-fixture';
import type { Annotation } from '../../model/annotation';
import type { Anchored, Placed } from '../../model/anchored';
import { grownTarget, markedBlocks } from './use-own-mark-margins';

const placedAt = (start: number): Placed => ({
  start,
  end: start + 2,
  annotation: { id: `a${start}`, kind: 'highlight' } as unknown as Annotation,
});

describe('own marks on a body arriving in slices, with credits in the page from the start', () => {
  it('marks the paragraphs of a later slice (and the credits once all is in) as a fresh count does', () => {
    const { root, body } = renderSlicedPageWithCredits();
    const anchored: Anchored = { placed: [2, 10, 30, 60].map(placedAt), orphans: [], pageNotes: [], overBudget: 0 };
    const map = buildTextMap(root);
    let target = markedBlocks(map, anchored);
    expect(target.marked.size).toBe(2);
    map.onGrow((previousEnd) => (target = grownTarget(map, target, previousEnd)));

    const p = appendLastSlice(body);

    expect(target.marked.has(p)).toBe(true);
    expect(target.marked).toEqual(markedBlocks(map, anchored).marked);
    expect(target.counts).toEqual(markedBlocks(map, anchored).counts);
    expect(target.marked.size).toBe(4);
    map.dispose();
  });
});
