// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { TextMap } from '../anchoring/text-map';
import type { Anchored } from '../model/anchored';
import type { Finding, FindingIndex, Layer } from '../model/findings';
import { groupByColour } from '../features/overview/mark-groups';
import { useOverview } from './use-reader-aids';

vi.mock('../features/overview/mark-groups', async (actual) => {
  const real = await actual<typeof import('../features/overview/mark-groups')>();
  return { ...real, groupByColour: vi.fn(real.groupByColour) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LAYERS: Layer[] = ['person', 'place', 'organization', 'claim'];
const list: Finding[] = Array.from({ length: 40 }, (_, i) => ({
  id: `f${i}`,
  layer: LAYERS[i % 4],
  start: i * 10,
  end: i * 10 + 5,
  refId: `r${i}`,
}));
const index = { list, byId: new Map(), entities: new Map(), claims: new Map(), maxLength: 5 } as FindingIndex;
const anchored: Anchored = {
  placed: [{ annotation: {} as never, start: 100, end: 110 }],
  orphans: [],
  pageNotes: [],
  overBudget: 0,
};
const map = {} as TextMap;
const allVisible: Record<Layer, boolean> = { person: true, place: true, organization: true, claim: true };

type Overview = ReturnType<typeof useOverview>;

async function renderOverview(
  visible: Record<Layer, boolean>,
  seen: Overview[],
  root = createRoot(document.createElement('div')),
) {
  function Probe() {
    seen.push(useOverview(map, index, visible, anchored, 400));
    return null;
  }
  await act(async () => root.render(<Probe />));
  return root;
}

describe('useOverview', () => {
  it('groups the findings when the strip asks for its marks, not in the render that brings them', async () => {
    const grouped = vi.mocked(groupByColour);
    grouped.mockClear();
    const seen: Overview[] = [];
    const root = await renderOverview(allVisible, seen);
    expect(grouped).not.toHaveBeenCalled();
    const marks = seen[seen.length - 1].marks();
    expect(grouped).toHaveBeenCalledTimes(1);
    // One group per layer's colour in text order, then the reader's own marks, by share of the text.
    expect(marks.map((g) => [g.color, g.own, g.at.length])).toEqual([
      ['var(--layer-person)', false, 10],
      ['var(--layer-place)', false, 10],
      ['var(--layer-organization)', false, 10],
      ['var(--layer-claim)', false, 10],
      ['var(--user-line)', true, 1],
    ]);
    expect(Array.from(marks[0].at.slice(0, 2))).toEqual([0, 0.1]);
    expect(Array.from(marks[4].at)).toEqual([0.25]);
    // Asked again (a redraw on resize), the groups are not made again.
    expect(seen[seen.length - 1].marks()).toBe(marks);
    expect(grouped).toHaveBeenCalledTimes(1);

    // A layer hidden: new marks, without it.
    await renderOverview({ ...allVisible, place: false }, seen, root);
    const fewer = seen[seen.length - 1].marks();
    expect(fewer).not.toBe(marks);
    expect(fewer.map((g) => g.color)).toEqual([
      'var(--layer-person)',
      'var(--layer-organization)',
      'var(--layer-claim)',
      'var(--user-line)',
    ]);
    await act(async () => root.unmount());
  });
});
