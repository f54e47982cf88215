/**
 * For tests of a browser storage that never answers (another tab's upgrade holds it, a stalled
 * disk): the stand-in IndexedDB and a pasted article to keep in it.
 */
import { contentHash } from '../lib/content-hash';
import type { Article } from '../model/article';

/** An IndexedDB whose open is never answered: no success, no error, no blocked event. */
export const silentIndexedDb = { open: () => ({}) as IDBOpenDBRequest };

/** A pasted article of `text`, its id the text's hash as for any article. */
export const pastedArticle = (text: string, title: string): Article => ({
  id: contentHash(text),
  title,
  origin: { kind: 'paste' },
  addedAt: '2026-02-01T10:00:00.000Z',
  text,
});
