/**
 * A page note: the reader's note on a whole article. Stored as an annotation of kind 'page-note'
 * (so sync, merge, undo and export need no second path), with rules of its own, which this file
 * owns: one per article under a fixed id, and no passage — it has no selectors and no colour.
 * Before v2 page notes lived in a map of their own; `migrateV1PageNote` turns one into a record.
 */
import type { Annotation } from './annotation';

/** The one page note of an article: a fixed id, so two tabs writing it edit the same record. */
export const pageNoteId = (articleId: string) => `page-note:${articleId}`;

export type PageNote = Annotation & { kind: 'page-note'; selectors: []; color?: undefined };

export const isPageNote = (a: Annotation): a is PageNote => a.kind === 'page-note';

export const PAGE_NOTE_RULE = 'a page note has no passage (no selectors, no colour)';

/** The page-note rule the annotation schema applies; other kinds pass. */
export function isPageNoteShaped(a: Pick<Annotation, 'kind' | 'selectors' | 'color'>): boolean {
  return a.kind !== 'page-note' || (a.selectors.length === 0 && a.color === undefined);
}

/** v1 kept `{ text, updatedAt }` per article. Deterministic id and time: two tabs migrating agree. */
export function migrateV1PageNote(
  articleId: string,
  note: { text: string; updatedAt: unknown },
  iso: (ms: unknown) => string,
) {
  return {
    id: pageNoteId(articleId),
    articleId,
    kind: 'page-note',
    created: iso(note.updatedAt),
    updated: iso(note.updatedAt),
    selectors: [],
    note: note.text,
    tags: [],
  };
}
