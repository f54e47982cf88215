import type { Page } from '@playwright/test';

/**
 * Every value of one IndexedDB object store, by key; empty when the database or store is missing.
 * A database not made yet is not opened: that would make it, without the app's store in it.
 */
export const idbValues = (page: Page, db: string, store: string) =>
  page.evaluate(
    async ({ db, store }) =>
      !(await indexedDB.databases()).some((d) => d.name === db)
        ? {}
        : new Promise<Record<string, unknown>>((resolve, reject) => {
            const open = indexedDB.open(db);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const conn = open.result;
              if (!conn.objectStoreNames.contains(store)) return (resolve({}), conn.close());
              const out: Record<string, unknown> = {};
              const cursor = conn.transaction(store).objectStore(store).openCursor();
              cursor.onsuccess = () => {
                const at = cursor.result;
                if (!at) return (resolve(out), conn.close());
                out[String(at.key)] = at.value;
                at.continue();
              };
              cursor.onerror = () => (reject(cursor.error), conn.close());
            };
          }),
    { db, store },
  );

/** How many analyses the analysis cache holds (it writes once the page is idle). */
export const storedAnalyses = async (page: Page) =>
  Object.keys(await idbValues(page, 'marginalia-analyses', 'analyses')).filter((k) => k.startsWith('a:')).length;

/** Puts `entries` into the analysis cache's store (made by the app already), as another session left them. */
export const putInAnalysisCache = (page: Page, entries: Record<string, unknown>) =>
  page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('marginalia-analyses');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const conn = open.result;
          const tx = conn.transaction('analyses', 'readwrite');
          for (const [key, value] of Object.entries(entries)) tx.objectStore('analyses').put(value, key);
          tx.oncomplete = () => (resolve(), conn.close());
          tx.onerror = () => (reject(tx.error), conn.close());
        };
      }),
    entries,
  );

/**
 * Fills localStorage to the brim (big chunks, then smaller ones), so the app's next write fails the
 * way it does on a full browser. Runs in the page (`page.evaluate`, or as source in an init script),
 * so it uses nothing from outside its own body.
 */
export function fillStorage() {
  const chunk = 'x'.repeat(256 * 1024);
  for (let i = 0; i < 1000; i++) {
    try {
      localStorage.setItem(`filler-${i}`, chunk);
    } catch {
      break;
    }
  }
  for (let size = 16 * 1024; size >= 16; size /= 2) {
    for (let i = 0; i < 64; i++) {
      try {
        localStorage.setItem(`filler-small-${size}-${i}`, 'x'.repeat(size));
      } catch {
        break;
      }
    }
  }
}
