/** The line under an article's title: who wrote it, where it is from and when. Shared by the reader and the boot script. */
import { hostOf, type Article } from '../../model/article';

function originLine(article: Article): string | undefined {
  switch (article.origin.kind) {
    case 'url':
      // Never `new URL` bare during render: one bad address must not blank the reader.
      return hostOf(article.origin.url) ?? article.origin.url;
    case 'file':
      return `File: ${article.origin.fileName}`;
    case 'paste':
      return 'Pasted text';
    default:
      return undefined;
  }
}

export const articleMetaLine = (article: Article): string =>
  [article.byline && `By ${article.byline}`, article.source ?? originLine(article), article.date]
    .filter(Boolean)
    .join(' · ');

/**
 * The id of the byline written in the article's own text ("By Jane Doe" under its title), shown in
 * the header with its offsets kept (article-structure.ts) and given as the article's description.
 */
export const BYLINE_ID = 'article-byline';
