import { describe, expect, it } from 'vitest';
import { arrangeLibrary, matchesQuery, notesLabel, resultSummary, type LibraryItem } from './library-list';

const item = (id: string, title: string, source: string, notes = 0, openedAt?: string): LibraryItem => ({
  id,
  title,
  source,
  notes,
  openedAt,
});

const ITEMS = [
  item('a', 'Harbour town votes to rebuild its sea wall', 'Marginalia sample', 0),
  item('b', 'Bridge reopens after repairs', 'File bridge.txt', 3, '2026-11-01T10:00:00.000Z'),
  item('c', 'Élections à São Paulo', 'Web page example.org', 1, '2026-11-03T10:00:00.000Z'),
  item('d', 'apple harvest', 'The Courier', 3, '2026-11-02T10:00:00.000Z'),
];
const ids = (list: LibraryItem[]) => list.map((i) => i.id);

describe('matchesQuery', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['harbour', true],
    ['HARBOUR', true],
    ['sea harbour', true],
    ['sample', true],
    ['harbour courier', false],
    ['bridge', false],
  ])('"%s" on the harbour article → %s', (query, expected) => {
    expect(matchesQuery(ITEMS[0]!, query)).toBe(expected);
  });

  it('ignores accents both ways', () => {
    expect(matchesQuery(ITEMS[2]!, 'elections sao')).toBe(true);
    expect(matchesQuery(ITEMS[2]!, 'elections paris')).toBe(false);
    expect(matchesQuery(item('x', 'Sao Paulo', ''), 'São')).toBe(true);
  });

  it('searches the source as well as the title', () => {
    expect(matchesQuery(ITEMS[2]!, 'example.org')).toBe(true);
    expect(matchesQuery(ITEMS[1]!, 'bridge.txt')).toBe(true);
  });
});

describe('arrangeLibrary', () => {
  it('filters before sorting and never changes the input', () => {
    const copy = [...ITEMS];
    expect(ids(arrangeLibrary(ITEMS, 'ha', 'title'))).toEqual(['d', 'a']);
    expect(ITEMS).toEqual(copy);
  });

  it('sorts by title ignoring case and accents', () => {
    expect(ids(arrangeLibrary(ITEMS, '', 'title'))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('sorts most annotated first, ties in the order given', () => {
    expect(ids(arrangeLibrary(ITEMS, '', 'annotated'))).toEqual(['b', 'd', 'c', 'a']);
  });

  it('sorts recently opened first, never-opened ones after in the order given', () => {
    const never = item('e', 'Zebra', '', 0);
    expect(ids(arrangeLibrary([ITEMS[0]!, ...ITEMS.slice(1), never], '', 'recent'))).toEqual(['c', 'd', 'b', 'a', 'e']);
  });

  it('returns nothing when nothing matches', () => {
    expect(arrangeLibrary(ITEMS, 'zzz', 'recent')).toEqual([]);
  });
});

describe('labels', () => {
  it.each([
    [0, 'no notes yet'],
    [1, '1 note'],
    [3, '3 notes'],
    [1200, '1,200 notes'],
  ])('%i → %s', (n, expected) => {
    expect(notesLabel(n)).toBe(expected);
  });

  it('summarises the result for the live region', () => {
    expect(resultSummary(4, 4, '')).toBe('4 articles');
    expect(resultSummary(1, 1, ' ')).toBe('1 article');
    expect(resultSummary(1, 4, ' bridge ')).toBe('1 of 4 articles matches “bridge”');
    expect(resultSummary(2, 4, 'r')).toBe('2 of 4 articles match “r”');
    expect(resultSummary(0, 4, 'zzz')).toBe('No articles match “zzz”');
  });
});
