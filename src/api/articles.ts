/**
 * Loading articles is server-ish state, so it goes through TanStack Query: one `queryOptions`
 * per article, keyed broad to narrow (`['articles', 'detail', key]`). A route key is either a
 * bundled article's slug or a user article's content hash.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Article } from '../model/article';
import { readArticle } from './article-storage';
import { ArticleLoadError, BUNDLED, fetchBundled, isContentHash, type BundledEntry } from './bundled-articles';

export { ArticleLoadError, type BundledEntry };

/** The list is baked into the build (build/bundled-articles.ts): nothing to wait for. */
const fetchBundledIndex = async (): Promise<BundledEntry[]> => [...BUNDLED];

export const bundledIndexQueryOptions = () =>
  queryOptions({ queryKey: ['articles', 'index'], queryFn: fetchBundledIndex, staleTime: Infinity });

export async function fetchArticle(key: string, index: () => Promise<BundledEntry[]>): Promise<Article> {
  if (isContentHash(key)) {
    const stored = await readArticle(key);
    if (stored && 'ok' in stored) return stored.ok;
    if (stored) throw new ArticleLoadError(stored.error);
  } else {
    const entry = (await index()).find((e) => e.id === key);
    if (entry) return fetchBundled(entry);
  }
  throw new ArticleLoadError(
    'This article is not in your library. It may have been opened in another browser, or removed.',
  );
}

export const articleQueryOptions = (key: string, index: () => Promise<BundledEntry[]>) =>
  queryOptions({
    queryKey: ['articles', 'detail', key],
    queryFn: () => fetchArticle(key, index),
    staleTime: Infinity,
    retry: (count, error) => !(error instanceof ArticleLoadError) && count < 2,
  });
