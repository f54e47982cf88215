import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { validateState } from './persisted-state';
import { shareRepeatedStrings } from './shared-strings';

const record = (over: Partial<Annotation> = {}): Annotation => ({
  id: 'a1',
  articleId: 'art',
  kind: 'claim',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'quoted words', prefix: 'before ', suffix: ' after' },
    { type: 'TextPositionSelector', start: 7, end: 19 },
  ],
  color: 'pink',
  note: 'a note',
  tags: [],
  verdict: 'disputed',
  ...over,
});

describe('shareRepeatedStrings', () => {
  it('leaves every field of a parsed record equal to what was saved', () => {
    for (const saved of [record(), record({ tags: ['x'], updated: '2026-02-01T00:00:00.000Z', articleId: 'other' })]) {
      const parsed = JSON.parse(JSON.stringify(saved)) as Annotation;
      shareRepeatedStrings(parsed, 'art');
      expect(parsed).toEqual(saved);
      expect(JSON.stringify(parsed)).toBe(JSON.stringify(saved));
    }
  });

  it('gives a record without tags a list nothing can change in place, and an edit still makes its own', () => {
    const parsed = JSON.parse(JSON.stringify(record())) as Annotation;
    shareRepeatedStrings(parsed, 'art');
    expect(Object.isFrozen(parsed.tags)).toBe(true);
    expect(() => parsed.tags.push('x')).toThrow();
    const edited = { ...parsed, tags: [...parsed.tags, 'x'] };
    expect(edited.tags).toEqual(['x']);
    expect(parsed.tags).toEqual([]);
  });

  it('is applied on load: the stored state comes back equal, records still editable by copy', () => {
    const saved = { annotations: { art: { a1: record(), a2: record({ id: 'a2', tags: ['t'] }) } }, labels: {} };
    const problems: string[] = [];
    const state = validateState(JSON.parse(JSON.stringify(saved)), problems);
    expect(problems).toEqual([]);
    expect(state.annotations).toEqual(saved.annotations);
    expect(Object.isFrozen(state.annotations.art.a1.tags)).toBe(true);
    expect(Object.isFrozen(state.annotations.art.a2.tags)).toBe(false);
  });
});
