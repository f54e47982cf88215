/**
 * What the library lists, as plain data: which articles match a search and in what order, and how
 * their annotation counts read. Pure, so the view stays thin and the rules are unit-tested.
 */
import { countOf } from '../../lib/plural';

import { LIBRARY_SORTS, type LibrarySort } from '../../model/preferences';

export { LIBRARY_SORTS, type LibrarySort };

export const SORT_LABEL: Record<LibrarySort, string> = {
  recent: 'Recently opened',
  title: 'Title',
  annotated: 'Most annotated',
};

export interface LibraryItem {
  id: string;
  title: string;
  /** Who published it, or where it came from (host, file name): searched along with the title. */
  source: string;
  /** ISO time the reader last opened it; absent when never opened. */
  openedAt?: string;
  /** Live annotations on it. */
  notes: number;
}

export const isLibrarySort = (value: string): value is LibrarySort =>
  (LIBRARY_SORTS as readonly string[]).includes(value);

// Case- and accent-blind, so "sao paulo" finds "São Paulo" and "kyiv" finds "Kyiv".
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** Every word of the query must occur in the title or the source, in any order. */
export function matchesQuery(item: Pick<LibraryItem, 'title' | 'source'>, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${fold(item.title)}\n${fold(item.source)}`;
  return words.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compare(sort: LibrarySort, a: LibraryItem, b: LibraryItem): number {
  if (sort === 'title') return collator.compare(a.title, b.title);
  if (sort === 'annotated') return b.notes - a.notes;
  // Never-opened items keep their given order after the opened ones.
  if (a.openedAt === undefined || b.openedAt === undefined)
    return Number(a.openedAt === undefined) - Number(b.openedAt === undefined);
  return b.openedAt.localeCompare(a.openedAt);
}

/** The items that match `query`, in `sort` order; ties keep the order they came in (stable). */
export function arrangeLibrary<T extends LibraryItem>(items: readonly T[], query: string, sort: LibrarySort): T[] {
  return items.filter((item) => matchesQuery(item, query)).sort((a, b) => compare(sort, a, b));
}

/** "no notes yet", "1 note", "3 notes". */
export const notesLabel = (n: number): string => (n === 0 ? 'no notes yet' : countOf(n, 'note'));

/** What the live region says after each keystroke or sort change. */
export function resultSummary(shown: number, total: number, query: string): string {
  if (query.trim() === '') return countOf(total, 'article');
  if (shown === 0) return `No articles match “${query.trim()}”`;
  return `${shown} of ${countOf(total, 'article')} ${shown === 1 ? 'matches' : 'match'} “${query.trim()}”`;
}
