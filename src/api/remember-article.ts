/**
 * Accepting an article: keep its text (IndexedDB), list it in the library, and prime the query
 * cache so the reader shows it at once without a second load.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Article } from '../model/article';
import { rememberArticleMeta } from '../store/library';
import { saveArticle } from './article-storage';

export async function rememberArticle(client: QueryClient, article: Article): Promise<'saved' | 'memory'> {
  client.setQueryData(['articles', 'detail', article.id], article);
  const { text: _text, ...meta } = article;
  rememberArticleMeta(meta);
  return saveArticle(article);
}
