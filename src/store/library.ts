/**
 * The list of articles a user opened (library entries: metadata only; texts are in IndexedDB, see
 * api/article-storage.ts), newest first. Persisted under `marginalia:library` through the safe
 * storage; entries whose text could only be kept in memory are listed for the session but not
 * saved, so the library never lists an article a reload cannot open.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ArticleMeta } from '../model/article';
import type { LateAnswer } from '../api/article-storage';
import { LIBRARY_MIGRATIONS, LIBRARY_VERSION, validateLibrary, type LibraryState } from '../model/library-entry';
import type { EnvelopeSpec } from '../model/envelope';
import { appStorage, reportLoad, STORE_KEYS } from './app-storage';
import { createSafePersistStorage } from './safe-persist';

interface LibraryStoreState extends LibraryState {
  /** Ids of entries whose text is held in this tab only: shown, never persisted. */
  sessionOnly: string[];
  /** Of those, the ids whose write a slow storage still has pending (it may yet land). */
  savingSlowly: string[];
}

export const LIBRARY_ENVELOPE: EnvelopeSpec<LibraryState> = {
  what: 'saved library entries',
  version: LIBRARY_VERSION,
  migrations: LIBRARY_MIGRATIONS,
  validate: validateLibrary,
  empty: () => ({ articles: [], lastOpened: {} }),
};

export const useLibraryStore = create<LibraryStoreState>()(
  persist(
    () => ({
      articles: [] as ArticleMeta[],
      lastOpened: {} as Record<string, string>,
      sessionOnly: [] as string[],
      savingSlowly: [] as string[],
    }),
    {
      name: STORE_KEYS.library,
      version: LIBRARY_VERSION,
      storage: createSafePersistStorage({ storage: appStorage, envelope: LIBRARY_ENVELOPE, report: reportLoad }),
      partialize: (s): LibraryState => ({
        articles: s.articles.filter((a) => !s.sessionOnly.includes(a.id)),
        lastOpened: s.lastOpened,
      }),
    },
  ),
);

/**
 * A slow storage answered the article's write at last: saved (no longer session-only), or refused
 * (session-only for good); see `LateAnswer` for the other two.
 */
export function markSlowSaveLanded(id: string, where: LateAnswer): void {
  // Removed meanwhile (its entry is gone), or a newer save of the text says where it is.
  if (where === 'removed' || where === 'superseded') return;
  useLibraryStore.setState((s) => ({
    sessionOnly: where === 'saved' ? s.sessionOnly.filter((x) => x !== id) : s.sessionOnly,
    savingSlowly: s.savingSlowly.filter((x) => x !== id),
  }));
}

/**
 * List an article first; `sessionOnly` when its text could not be saved, `savingSlowly` when its
 * write is still pending (session-only until it lands).
 */
export function rememberArticleMeta(
  meta: ArticleMeta,
  options: { sessionOnly?: boolean; savingSlowly?: boolean } = {},
): void {
  useLibraryStore.setState((s) => ({
    articles: [meta, ...s.articles.filter((a) => a.id !== meta.id)],
    sessionOnly: options.sessionOnly
      ? [...new Set([...s.sessionOnly, meta.id])]
      : s.sessionOnly.filter((id) => id !== meta.id),
    savingSlowly: options.savingSlowly
      ? [...new Set([...s.savingSlowly, meta.id])]
      : s.savingSlowly.filter((id) => id !== meta.id),
  }));
}

export function forgetArticleMeta(id: string): void {
  useLibraryStore.setState((s) => ({
    articles: s.articles.filter((a) => a.id !== id),
    lastOpened: Object.fromEntries(Object.entries(s.lastOpened).filter(([key]) => key !== id)),
    sessionOnly: s.sessionOnly.filter((x) => x !== id),
    savingSlowly: s.savingSlowly.filter((x) => x !== id),
  }));
}

/**
 * Takes in last-opened times from a backup: per article the later of the two wins, so restoring
 * an old backup never makes an article look opened longer ago than it was here.
 */
export function mergeLastOpened(incoming: Record<string, string>): void {
  useLibraryStore.setState((s) => {
    const lastOpened = { ...s.lastOpened };
    for (const [id, at] of Object.entries(incoming)) {
      if (!(id in lastOpened) || Date.parse(at) > Date.parse(lastOpened[id])) lastOpened[id] = at;
    }
    return { lastOpened };
  });
}

/** Notes that the reader opened the article now (for "Recently opened"). */
export function markOpened(id: string, at: Date = new Date()): void {
  useLibraryStore.setState((s) => ({ lastOpened: { ...s.lastOpened, [id]: at.toISOString() } }));
}
