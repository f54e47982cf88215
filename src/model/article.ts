/**
 * An article as the reader holds it: its text, where it came from and its identity.
 * The id is a content hash of the text, so the same text opened twice is the same article.
 */

export type ArticleOrigin =
  | { kind: 'bundled'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; fileName: string }
  | { kind: 'paste' };

export interface ArticleMeta {
  id: string;
  title: string;
  origin: ArticleOrigin;
  source?: string;
  date?: string;
  licence?: string;
  /** ISO time the reader first opened it. */
  addedAt: string;
}

export interface Article extends ArticleMeta {
  text: string;
}
