import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import type { AnnotationsByArticle } from '../model/persisted-state';
import { selectAnnotationCounts } from './annotations';

const rec = (articleId: string, id: string, deleted?: boolean): Annotation => ({
  id,
  articleId,
  kind: 'page-note',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
  selectors: [],
  note: 'n',
  tags: [],
  ...(deleted ? { deleted } : {}),
});

describe('selectAnnotationCounts', () => {
  const annotations: AnnotationsByArticle = {
    one: { a: rec('one', 'a'), b: rec('one', 'b'), c: rec('one', 'c', true) },
    gone: { d: rec('gone', 'd', true) },
    two: { e: rec('two', 'e') },
  };

  it('counts live annotations per article, leaving out deleted ones', () => {
    expect(selectAnnotationCounts({ annotations })).toEqual({ one: 2, two: 1 });
  });

  it('returns the same object for the same state, so React does not re-render', () => {
    expect(selectAnnotationCounts({ annotations })).toBe(selectAnnotationCounts({ annotations }));
  });
});
