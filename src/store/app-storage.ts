/**
 * Where every persisted store keeps its state: one `SafeStorage` for the app (so one status, one
 * retry loop and one place for damaged copies), the registry of the keys the stores use, and the
 * reports of what could not be read at start-up, for the notices.
 *
 * src/store/README.md has the table of what lives where; store-table.test.ts fails when a key
 * below (or any `marginalia:` key in the code) is missing from it.
 */
import { createIdbVault, freeingSpaceFor } from '../lib/idb-vault';
import { createSafeStorage, type KeptCopy } from '../lib/safe-storage';
import { analysisCache } from '../workers/analysis-cache';

export { STORE_KEYS } from './store-keys';

/** Damaged copies kept in IndexedDB when localStorage is full; the analysis cache gives way to them. */
export const appStorage = createSafeStorage({
  vault: freeingSpaceFor(createIdbVault(), () => analysisCache.clear()),
});

/** What one store found it could not read when it loaded. */
export interface LoadReport {
  /** What the reader calls it: "saved annotations", "saved library entries"… */
  what: string;
  problems: string[];
  /** Where the unreadable original was put aside, if anything was unreadable. */
  kept?: KeptCopy;
}

const reports: LoadReport[] = [];
const listeners = new Set<(report: LoadReport) => void>();

export function reportLoad(report: LoadReport): void {
  reports.push(report);
  listeners.forEach((l) => l(report));
}

/** Reports made so far (stores load before the UI subscribes), then each new one. */
export function watchLoadReports(listener: (report: LoadReport) => void): () => void {
  reports.forEach(listener);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
