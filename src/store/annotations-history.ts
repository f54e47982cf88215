/**
 * Undo/redo for annotations as data: each user action is one entry listing, per annotation it
 * touched, the record before and after. Pure functions over the annotations map.
 *
 * Undoing never removes a record: undoing a creation writes a tombstone, and every undo/redo
 * write gets a fresh `updated`, so the other tabs' merge accepts it instead of resurrecting the
 * old copy. In-memory only: history is per tab and is not persisted.
 */
import type { Annotation } from '../model/annotation';
import type { AnnotationsByArticle } from '../model/persisted-state';

export interface AnnotationChange {
  articleId: string;
  id: string;
  before: Annotation | null;
  after: Annotation | null;
}
export type HistoryEntry = AnnotationChange[];

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const HISTORY_LIMIT = 200;
export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Record a new change; clears redo, drops the oldest entry past the limit. */
export function pushHistory(history: History, entry: HistoryEntry): History {
  if (entry.length === 0) return history;
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(entry);
  return { past, future: [] };
}

/** A tombstone keeps only identity: a deleted note's text does not linger in storage. */
export function tombstone(a: Annotation, updated: string): Annotation {
  return {
    id: a.id,
    articleId: a.articleId,
    kind: a.kind,
    created: a.created,
    updated,
    selectors: [],
    note: '',
    tags: [],
    deleted: true,
  };
}

/** Write one side (`before` for undo, `after` for redo) of an entry into `annotations`. */
export function applySide(
  annotations: AnnotationsByArticle,
  entry: HistoryEntry,
  side: 'before' | 'after',
  stamp: (previous?: string) => string,
): AnnotationsByArticle {
  const next = { ...annotations };
  for (const change of entry) {
    const target = change[side];
    const current = next[change.articleId]?.[change.id];
    const updated = stamp(current?.updated);
    let record: Annotation | undefined;
    if (target) record = { ...target, updated };
    else if (current && !current.deleted) record = tombstone(current, updated);
    if (!record) continue;
    next[change.articleId] = { ...next[change.articleId], [change.id]: record };
  }
  return next;
}

/**
 * The entry that going from `before` to `after` just applied: a new edit or a redo; null for an
 * undo (it leaves an older entry on top, applied long ago) and when the history did not move.
 */
export function appliedEntry(after: History, before: History): HistoryEntry | null {
  const entry = after.past[after.past.length - 1];
  if (!entry || entry === before.past[before.past.length - 1]) return null;
  return after.future.length > before.future.length ? null : entry;
}
