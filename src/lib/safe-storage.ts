/**
 * A localStorage wrapper that never throws and never loses what it was given.
 *
 * Owns three failure modes (after hypothesis `services/local-storage.ts`, which falls back to an
 * in-memory storage): localStorage missing or blocked (private mode, disabled: work in memory),
 * localStorage full (keep the value in memory, say so, retry on the next write), and saved data
 * that cannot be read (corrupt, or written by a newer version: copy the raw text aside under
 * `marginalia:backup:<time>` before anyone overwrites it). It reports its condition as a small
 * subscribable status for the UI. It knows nothing about what the values mean beyond the
 * injectable `inspect` check; the backing storage is injected so tests use a fake.
 */

/** The part of the Web Storage API we use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageMode = 'local' | 'memory';
export type StorageProblem = 'quota' | 'unavailable' | 'corrupt' | 'newer-version';

export interface StorageStatus {
  mode: StorageMode;
  lastError?: StorageProblem;
  /** One sentence for the user; empty when all is well. */
  message: string;
  /** Where the latest unreadable copy was put aside. */
  backupKey?: string;
}

export type Inspection = 'ok' | 'corrupt' | 'newer-version';

export interface SafeStorageOptions {
  /** Returns the backing storage; may throw or return nothing (both mean "unavailable"). */
  storage?: () => StorageLike | null | undefined;
  /**
   * Classifies a stored value on read. Default, when `currentVersion` is given: JSON whose
   * `version` is at most `currentVersion`; without it, values are not inspected.
   */
  inspect?: (raw: string) => Inspection;
  currentVersion?: number;
  now?: () => number;
}

/** A zustand `StateStorage` plus status and backups. */
export interface SafeStorage {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
  getStatus(): StorageStatus;
  subscribe(listener: (status: StorageStatus) => void): () => void;
  /** Copy `raw` aside under a fresh backup key (once per distinct text); returns the key. */
  backup(raw: string, reason: 'corrupt' | 'newer-version'): string;
}

export const BACKUP_PREFIX = 'marginalia:backup:';
const PROBE_KEY = 'marginalia:probe';

/** True for the quota errors of every engine (names and legacy codes differ). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function inspectVersioned(currentVersion: number): (raw: string) => Inspection {
  return (raw) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return 'corrupt';
    }
    if (typeof parsed !== 'object' || parsed === null) return 'corrupt';
    const version = (parsed as { version?: unknown }).version;
    return typeof version === 'number' && version > currentVersion ? 'newer-version' : 'ok';
  };
}

const MESSAGES: Record<StorageProblem, string> = {
  unavailable:
    'This browser does not let Marginalia save (private mode or storage disabled): your annotations are kept only until this tab closes. Export them to keep them.',
  quota:
    'Browser storage is full: your latest changes are kept in this tab but not saved. Export your annotations, or free some space.',
  corrupt: 'Saved annotations were damaged. What could be read was loaded; the damaged copy was kept aside.',
  'newer-version':
    'Saved annotations come from a newer version of Marginalia. What this version understands was loaded; the original was kept aside.',
};

function defaultStorage(): StorageLike | undefined {
  return (globalThis as { localStorage?: StorageLike }).localStorage;
}

export function createSafeStorage(options: SafeStorageOptions = {}): SafeStorage {
  const inspect =
    options.inspect ?? (options.currentVersion === undefined ? () => 'ok' : inspectVersioned(options.currentVersion));
  const now = options.now ?? Date.now;
  // In memory mode: everything. In local mode: values written but not yet accepted (quota).
  const memory = new Map<string, string>();
  const listeners = new Set<(s: StorageStatus) => void>();
  const knownGood = new Map<string, string>();
  let lastBackedUp: string | undefined;
  let lastBackupKey: string | undefined;

  let backing: StorageLike | undefined;
  let status: StorageStatus = { mode: 'local', message: '' };
  try {
    backing = (options.storage ?? defaultStorage)() ?? undefined;
    if (!backing) throw new Error('no localStorage');
    backing.setItem(PROBE_KEY, '1');
    backing.removeItem(PROBE_KEY);
  } catch (e) {
    if (backing && isQuotaError(e)) status = { mode: 'local', lastError: 'quota', message: MESSAGES.quota };
    else {
      backing = undefined;
      status = { mode: 'memory', lastError: 'unavailable', message: MESSAGES.unavailable };
    }
  }

  function setStatus(next: StorageStatus) {
    if (next.mode === status.mode && next.lastError === status.lastError && next.backupKey === status.backupKey) return;
    status = next;
    listeners.forEach((l) => l(status));
  }
  const report = (problem: StorageProblem) =>
    setStatus({ mode: status.mode, lastError: problem, message: MESSAGES[problem], backupKey: lastBackupKey });

  function backup(raw: string, reason: 'corrupt' | 'newer-version'): string {
    if (raw === lastBackedUp && lastBackupKey) return lastBackupKey;
    let key = `${BACKUP_PREFIX}${now()}`;
    for (let n = 1; rawGet(key) !== null; n++) key = `${BACKUP_PREFIX}${now()}-${n}`;
    lastBackedUp = raw;
    lastBackupKey = key;
    // A full storage cannot take the copy; memory can, until the user exports it.
    if (!write(key, raw)) memory.set(key, raw);
    report(reason);
    return key;
  }

  function rawGet(name: string): string | null {
    const pending = memory.get(name);
    if (pending !== undefined || !backing) return pending ?? null;
    try {
      return backing.getItem(name);
    } catch {
      return null;
    }
  }

  /** Try the backing storage; false (and the status updated) when it refused. */
  function write(name: string, value: string): boolean {
    if (!backing) return false;
    try {
      backing.setItem(name, value);
      return true;
    } catch (e) {
      report(isQuotaError(e) ? 'quota' : 'unavailable');
      return false;
    }
  }

  return {
    getItem(name) {
      const raw = rawGet(name);
      // Inspecting means parsing; a value already found fine is not parsed again on every read.
      if (raw !== null && !name.startsWith(BACKUP_PREFIX) && knownGood.get(name) !== raw) {
        const verdict = inspect(raw);
        if (verdict === 'ok') knownGood.set(name, raw);
        else backup(raw, verdict);
      }
      return raw;
    },
    setItem(name, value) {
      if (write(name, value)) {
        memory.delete(name);
        knownGood.set(name, value); // our own writes need no inspection
        if (status.lastError === 'quota' || status.lastError === 'unavailable') {
          setStatus({ mode: status.mode, message: '', backupKey: lastBackupKey });
        }
      } else {
        memory.set(name, value);
      }
    },
    removeItem(name) {
      memory.delete(name);
      try {
        backing?.removeItem(name);
      } catch {
        // Nothing to keep: the value is gone from memory, and the backing store is unreachable.
      }
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backup,
  };
}

/** A plain in-memory `StorageLike`, for tests and benchmarks. */
export function createMemoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
  };
}
