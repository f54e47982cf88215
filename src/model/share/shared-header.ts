/**
 * The recipient's copy of a shared article, given the header the sender's reader showed (byline,
 * source, date, the file it came from), so the line under the title reads as it did for the sender.
 *
 * Only an article that arrived with the link is changed (pasted or file text carried in it, a web
 * page fetched for it): an article the recipient already keeps is theirs and is never rewritten by
 * a link. The header's lines were cleaned and cut by the decoder (header-text.ts); they are shown
 * as text by the reader like any other article's. What each line changes is its row's `write`
 * (share-header-fields.ts): what the sender saw replaces what a fetched page said, and a pasted
 * text that came from a file says so ("File: report.txt").
 */
import type { Article } from '../article';
import { SHARE_HEADER_FIELDS, type ShareHeader } from './share-header-fields';

export function withSharedHeader(article: Article, header: ShareHeader | undefined): Article {
  if (!header) return article;
  return SHARE_HEADER_FIELDS.reduce<Article>((next, row) => row.write(next, header[row.field]), article);
}
