/**
 * Loading articles is server-ish state, so it goes through TanStack Query: one `queryOptions`
 * per article, keyed broad to narrow (`['articles', 'detail', key]`). A route key is either a
 * bundled article's slug or a user article's content hash.
 */
import { queryOptions } from '@tanstack/react-query';
import { contentHash } from '../lib/content-hash';
import type { Article } from '../model/article';
import { readArticle } from './article-storage';

export interface BundledEntry {
  id: string;
  file: string;
  title: string;
  source: string;
  date: string;
  licence: string;
}

export class ArticleLoadError extends Error {}

const base = import.meta.env.BASE_URL;

async function fetchBundledIndex(): Promise<BundledEntry[]> {
  const res = await fetch(`${base}articles/index.json`);
  if (!res.ok) throw new ArticleLoadError(`The article list could not be loaded (${res.status}).`);
  const body = (await res.json()) as { articles?: BundledEntry[] };
  return body.articles ?? [];
}

export const bundledIndexQueryOptions = () =>
  queryOptions({ queryKey: ['articles', 'index'], queryFn: fetchBundledIndex, staleTime: Infinity });

async function fetchBundled(entry: BundledEntry): Promise<Article> {
  const res = await fetch(`${base}articles/${entry.file}`);
  if (!res.ok) throw new ArticleLoadError(`“${entry.title}” could not be loaded (${res.status}).`);
  const text = await res.text();
  return {
    id: contentHash(text),
    title: entry.title,
    origin: { kind: 'bundled', path: entry.id },
    source: entry.source,
    date: entry.date,
    licence: entry.licence,
    addedAt: entry.date,
    text,
  };
}

/** User articles are keyed by their content hash; anything else is a bundled article's slug. */
const isContentHash = (key: string) => /^[0-9a-f]{16}$/.test(key);

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
