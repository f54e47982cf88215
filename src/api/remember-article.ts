/**
 * Accepting an article: keep its text (IndexedDB), list it in the library, and prime the query
 * cache so the reader shows it at once without a second load.
 *
 * The text is saved first: an article whose text could only be kept in memory is listed for this
 * session only, so after a reload the library never offers what it cannot open. Nothing here
 * throws for a full or refused storage — the article opens either way, and the caller says where
 * it was kept.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Analysis } from '../engine/types';
import type { Article } from '../model/article';
import { storeWhenIdle } from '../workers/analysis-client';
import { analysisQueryOptions } from './analysis';
import type { SaveResult, SlowSave } from './article-storage';
import { saveAndList } from './save-and-list';

export async function rememberArticle(client: QueryClient, article: Article): Promise<SaveResult | SlowSave> {
  client.setQueryData(['articles', 'detail', article.id], article);
  const where = await saveAndList(article);
  // Opened before in this page (and maybe removed since, which dropped its cached analysis): the
  // analysis held here is the one the reader sees, and no fresh one will run to be cached.
  const held = client.getQueryData<Analysis>(analysisQueryOptions(article).queryKey);
  if (held) storeWhenIdle(article.text, held);
  return where;
}
