/**
 * The list of articles a user opened (metadata only; texts are in IndexedDB, see
 * api/article-storage.ts). Kept in localStorage so the library lists them after a reload.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ArticleMeta } from '../model/article';

interface LibraryState {
  articles: ArticleMeta[];
}

export const useLibraryStore = create<LibraryState>()(
  persist(() => ({ articles: [] as ArticleMeta[] }), {
    name: 'marginalia:library',
    version: 1,
    storage: createJSONStorage(() => localStorage),
  }),
);

export function rememberArticleMeta(meta: ArticleMeta): void {
  useLibraryStore.setState((s) => ({
    articles: [meta, ...s.articles.filter((a) => a.id !== meta.id)],
  }));
}

export function forgetArticleMeta(id: string): void {
  useLibraryStore.setState((s) => ({ articles: s.articles.filter((a) => a.id !== id) }));
}
