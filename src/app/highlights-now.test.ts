import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../model/annotation';
import type { Anchored, Placed } from '../model/anchored';
import { highlightsNow } from './highlights-now';

const highlight = (id: string): Annotation => ({
  id,
  articleId: 'art',
  kind: 'highlight',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
  selectors: [{ type: 'TextQuoteSelector', exact: id }],
  color: 'yellow',
  note: '',
  tags: [],
});
const at = (annotation: Annotation, start: number): Placed => ({ annotation, start, end: start + 5 });
const anchored = (placed: Placed[], orphans: Annotation[] = []): Anchored => ({
  placed,
  orphans,
  pageNotes: [],
  overBudget: 0,
});

describe('highlightsNow', () => {
  it('places a highlight made within the last frame beside the shown ones, in reading order', () => {
    const [a, b, fresh] = ['a', 'b', 'fresh'].map(highlight);
    const placeNow = vi.fn((list: Annotation[]) => list.map((x) => at(x, 50)));
    const got = highlightsNow([a, b, fresh], anchored([at(a, 10), at(b, 90)]), placeNow, 20);
    expect(got.map((p) => p.annotation.id)).toEqual(['a', 'fresh', 'b']);
    expect(placeNow).toHaveBeenCalledWith([fresh]);
  });

  it('does not count the shown orphans as new, so many of them do not hide the one just made', () => {
    const orphans = Array.from({ length: 25 }, (_, i) => highlight(`gone-${i}`));
    const fresh = highlight('fresh');
    const placeNow = vi.fn((list: Annotation[]) => list.map((x) => at(x, 50)));
    const got = highlightsNow([...orphans, fresh], anchored([], orphans), placeNow, 20);
    expect(got.map((p) => p.annotation.id)).toEqual(['fresh']);
    expect(placeNow).toHaveBeenCalledWith([fresh]);
  });

  it('leaves a large unplaced batch (a reload placing in slices) to the list that follows', () => {
    const many = Array.from({ length: 21 }, (_, i) => highlight(`new-${i}`));
    const placeNow = vi.fn(() => []);
    expect(highlightsNow(many, anchored([]), placeNow, 20)).toEqual([]);
    expect(placeNow).not.toHaveBeenCalled();
  });
});
