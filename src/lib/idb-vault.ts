/**
 * The IndexedDB side of safe storage (see safe-storage.ts): where damaged copies go when
 * localStorage is too full to hold them. A database of its own (`marginalia-kept` / `copies`), so
 * it never competes with the article texts' upgrade path, through idb-keyval like those.
 * Every call rejects instead of throwing when IndexedDB is missing or refuses.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { retryAfterFreeing } from './retry-after-freeing';
import type { CopyVault } from './safe-storage';

export const VAULT_DB = 'marginalia-kept';
export const VAULT_STORE = 'copies';

export function createIdbVault(): CopyVault {
  let store: UseStore | undefined;
  const open = async (): Promise<UseStore> => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    store ??= createStore(VAULT_DB, VAULT_STORE);
    return store;
  };
  return {
    put: async (key, value) => set(key, value, await open()),
    get: async (key) => get<string>(key, await open()),
    delete: async (key) => del(key, await open()),
    keys: async () => (await keys(await open())).map(String),
  };
}

/**
 * `vault`, whose refused `put` (most likely for lack of space) first asks `freeSpace` to give up
 * something that only saves time (the analysis cache) and, if anything went, tries once more: a
 * damaged copy is the reader's only way back to their data, so it outranks any cache.
 */
export function freeingSpaceFor(vault: CopyVault, freeSpace: () => Promise<boolean>): CopyVault {
  return { ...vault, put: (key, value) => retryAfterFreeing(() => vault.put(key, value), freeSpace) };
}
