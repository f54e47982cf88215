import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import { describeRange } from './anchor';
import { anchorAll, placedAt } from './anchored';

const text = 'The council met on Monday. The mayor spoke first. The council met again on Friday.';
const make = (id: string, start: number, end: number, kind: Annotation['kind'] = 'highlight'): Annotation => ({
  id,
  articleId: 'a',
  kind,
  created: '2026-01-01T00:00:00Z',
  updated: '2026-01-01T00:00:00Z',
  selectors: kind === 'page-note' ? [] : describeRange(text, start, end),
  note: '',
  tags: [],
  color: 'yellow',
});

describe('anchorAll', () => {
  it('places highlights in reading order and keeps page notes apart', () => {
    const s2 = text.indexOf('The mayor');
    const a = anchorAll(text, [make('b', s2, s2 + 9), make('a', 0, 11), make('p', 0, 0, 'page-note')]);
    expect(a.placed.map((p) => p.annotation.id)).toEqual(['a', 'b']);
    expect(a.pageNotes.map((p) => p.id)).toEqual(['p']);
    expect(placedAt(a, 5).map((p) => p.annotation.id)).toEqual(['a']);
  });

  it('reports an annotation whose passage is gone as an orphan, not dropped', () => {
    const s2 = text.indexOf('The mayor spoke first.');
    const ann = make('gone', s2, s2 + 'The mayor spoke first.'.length);
    const edited = text.replace('The mayor spoke first. ', '');
    const a = anchorAll(edited, [ann]);
    expect(a.placed).toEqual([]);
    expect(a.orphans.map((o) => o.id)).toEqual(['gone']);
  });
});
