/**
 * The share header's fields in one table: each field's name in `ShareHeader`, its key on the wire,
 * its limit, and where an article keeps it. The sender's reading of its article (share-ref.ts), the
 * encoder and decoder (share-link.ts), the link's schema (share-wire.ts) and the recipient's copy of
 * the article (shared-header.ts) all go through this table, so a field is added, or its limit
 * changed, in one row.
 *
 * The rows' order is the order of the keys in the link's JSON: links already sent were made in
 * this order, and keeping it keeps the same header making the same link, byte for byte. New fields
 * may only be appended, with a key no earlier link used.
 *
 * Free of the schema library, like share-limits.ts, so the reader's start-up code can read it.
 */
import type { Article } from '../article';
import { LIMITS } from './share-limits';

/** What the sender's reader shows of an article under its title. */
export type HeaderSource = Pick<Article, 'origin' | 'byline' | 'source' | 'date'>;

export interface HeaderField<Field extends string, Key extends string> {
  /** The field of `ShareHeader`. */
  field: Field;
  /** Its key in the link's `h` object: one letter, since every byte of a link counts. */
  key: Key;
  /** Longest line kept, in characters (header-text.ts cuts to it on both sides of the link). */
  max: number;
  /** The line as the sender's article holds it; undefined when it has none. */
  read(article: HeaderSource): string | undefined;
  /**
   * The recipient's copy of the article given the sender's line (`undefined` when the sender's
   * header had none): what the sender saw replaces what the copy said.
   */
  write(article: Article, line: string | undefined): Article;
}

/** A line the article keeps under its own name (byline, source, date). */
function articleLine<Field extends 'byline' | 'source' | 'date', Key extends string>(
  field: Field,
  key: Key,
  max: number,
): HeaderField<Field, Key> {
  return {
    field,
    key,
    max,
    read: (article) => article[field] || undefined,
    write: (article, line) => {
      const next: Article = { ...article };
      delete next[field];
      if (line) next[field] = line;
      return next;
    },
  };
}

export const SHARE_HEADER_FIELDS = [
  /** Byline, as the reader shows it after "By". */
  articleLine('byline', 'b', LIMITS.byline),
  /** Source: the site or publisher. */
  articleLine('source', 's', LIMITS.source),
  /** Date, as the sender's reader shows it (free text, not parsed). */
  articleLine('date', 'd', LIMITS.date),
  /**
   * The file the sender opened, for an article that came from a file. Only a pasted copy takes it
   * ("File: report.txt", as the sender saw); a fetched page keeps its address.
   */
  {
    field: 'fileName',
    key: 'f',
    max: LIMITS.fileName,
    read: (article) => (article.origin.kind === 'file' ? article.origin.fileName || undefined : undefined),
    write: (article, line) =>
      line && article.origin.kind === 'paste' ? { ...article, origin: { kind: 'file', fileName: line } } : article,
  } satisfies HeaderField<'fileName', 'f'>,
] as const;

type Row = (typeof SHARE_HEADER_FIELDS)[number];
export type HeaderFieldName = Row['field'];
export type HeaderWireKey = Row['key'];

/**
 * The line under the article's title as the sender's reader shows it (article-meta.ts): who wrote
 * it, where it is from, when, and for an article opened from a file the file's name. Plain text,
 * cleaned and cut on both sides of the link (header-text.ts). A web page's address travels in its
 * article reference; a bundled article's header is the recipient's own copy, so none travels.
 */
export type ShareHeader = { [F in HeaderFieldName]?: string };
