/**
 * The recipient's copy of a shared article, given the header the sender's reader showed (byline,
 * source, date, the file it came from), so the line under the title reads as it did for the sender.
 *
 * Only an article that arrived with the link is changed (pasted or file text carried in it, a web
 * page fetched for it): an article the recipient already keeps is theirs and is never rewritten by
 * a link. The header's lines were cleaned and cut by the decoder (header-text.ts); they are shown
 * as text by the reader like any other article's.
 */
import type { Article } from '../article';
import type { ShareHeader } from './share-link';

export function withSharedHeader(article: Article, header: ShareHeader | undefined): Article {
  if (!header) return article;
  const { byline: _b, source: _s, date: _d, ...rest } = article;
  const next: Article = { ...rest };
  if (header.byline) next.byline = header.byline;
  if (header.source) next.source = header.source;
  if (header.date) next.date = header.date;
  // A pasted text that came from a file says so, as it did for the sender ("File: report.txt").
  if (header.fileName && article.origin.kind === 'paste') next.origin = { kind: 'file', fileName: header.fileName };
  return next;
}
