/**
 * A localStorage wrapper that never throws and never loses what it was given — the one way every
 * persisted store reaches localStorage (see src/store/README.md).
 *
 * Owns three failure modes (after hypothesis `services/local-storage.ts`, which falls back to an
 * in-memory storage):
 * - localStorage missing or blocked (private mode, disabled): work in memory and say so.
 * - localStorage full: keep the refused value in memory as *pending*, say so, and retry it after
 *   any later successful write or removal (space may have freed), on `retryPending()` (the app
 *   calls it on page hide and visibility change, see `watchLifecycle`) and periodically while
 *   anything is pending.
 * - saved data the reader could not read (corrupt, or from a newer version): `keepDamaged` copies
 *   the raw text aside under `marginalia:backup:<store>:<time>` in localStorage or, when full, in
 *   the injected `vault` (IndexedDB in the app). Until the copy is stored somewhere durable, writes
 *   to the damaged key are held back as pending, so the original is never overwritten first.
 *
 * It reports its condition as a small subscribable status for the UI and knows nothing about what
 * the values mean; the backing storage and the vault are injected, so tests use fakes.
 */

/** The part of the Web Storage API we use (`key`/`length` only to list kept copies). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key?(index: number): string | null;
  readonly length?: number;
}

/** Somewhere roomier than localStorage for damaged copies (IndexedDB in the app). */
export interface CopyVault {
  put(key: string, value: string): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export type StorageMode = 'local' | 'memory';
export type StorageProblem = 'quota' | 'unavailable';
export type DamageReason = 'corrupt' | 'newer-version';

/** A raw value put aside because it could not be read. */
export interface KeptCopy {
  key: string;
  /** The key it was read from (e.g. `marginalia:library`). */
  source: string;
  reason: DamageReason;
  /** Where it is now: only 'memory' is lost with the tab, and the UI says so. */
  savedIn: 'local' | 'vault' | 'memory' | 'saving';
  size: number;
}

export interface StorageStatus {
  mode: StorageMode;
  lastError?: StorageProblem;
  /** One sentence for the user about saving; empty when all is well. */
  message: string;
  /** Keys whose latest value is held in this tab only, waiting to be written. */
  pending: string[];
  /** Damaged values kept aside during this session, newest last. */
  kept: KeptCopy[];
}

export interface SafeStorageOptions {
  /** Returns the backing storage; may throw or return nothing (both mean "unavailable"). */
  storage?: () => StorageLike | null | undefined;
  vault?: CopyVault;
  now?: () => number;
  /** How long to wait before retrying pending writes on its own (default 15 s). */
  retryEvery?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

export interface SafeStorage {
  getItem(name: string): string | null;
  /** Never throws; a refused value is kept and retried (see the header). */
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
  getStatus(): StorageStatus;
  subscribe(listener: (status: StorageStatus) => void): () => void;
  /** Put a damaged raw value aside before anything overwrites `source`; returns the copy. */
  keepDamaged(source: string, raw: string, reason: DamageReason): KeptCopy;
  /** Try every pending write now; true when nothing is left pending. */
  retryPending(): boolean;
  /** Every key starting with `prefix`: stored ones and those pending in this tab. */
  keys(prefix: string): string[];
  /** Every kept copy, from this session or earlier ones (localStorage and vault). */
  listKept(): Promise<Array<Pick<KeptCopy, 'key' | 'size'>>>;
  readKept(key: string): Promise<string | undefined>;
  /** Forget a kept copy (after the reader downloaded it); frees space, so pending writes retry. */
  deleteKept(key: string): Promise<void>;
}

export const BACKUP_PREFIX = 'marginalia:backup:';

/** The short name a kept copy carries in its key: `marginalia:library` → `library`. */
export const keptName = (source: string) => source.replace(/^marginalia:/, '').replace(/[^a-z0-9-]+/gi, '-') || 'data';

/** What a kept copy's key says: which store it came from and when (`marginalia:backup:<store>:<time>`). */
export function describeKeptKey(key: string): { store?: string; time?: number } {
  const [store, time] = key.slice(BACKUP_PREFIX.length).split(':');
  const ms = Number((time ?? store).split('-')[0]);
  return { ...(time !== undefined ? { store } : {}), ...(Number.isFinite(ms) && ms > 0 ? { time: ms } : {}) };
}
export const PROBE_KEY = 'marginalia:probe';
const DEFAULT_RETRY_MS = 15_000;

/** True for the quota errors of every engine (names and legacy codes differ). */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  unavailable:
    'This browser does not let Marginalia save (private mode or storage disabled): your work is kept only until this tab closes. Download a backup to keep it.',
  quota:
    'Browser storage is full: your latest changes are kept in this tab but not saved yet. Marginalia keeps trying; download a backup, or free some space.',
};

function defaultStorage(): StorageLike | undefined {
  return (globalThis as { localStorage?: StorageLike }).localStorage;
}

export function createSafeStorage(options: SafeStorageOptions = {}): SafeStorage {
  const now = options.now ?? Date.now;
  const vault = options.vault;
  const retryEvery = options.retryEvery ?? DEFAULT_RETRY_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  // In memory mode: everything. In local mode: values written but not yet accepted (pending).
  const memory = new Map<string, string>();
  /** Keys whose damaged original must not be overwritten until its copy is durable. */
  const guarded = new Set<string>();
  const keptRaw = new Map<string, string>(); // copies held in memory (vault refused or saving)
  const kept: KeptCopy[] = [];
  const listeners = new Set<(s: StorageStatus) => void>();
  let retryScheduled = false;

  let backing: StorageLike | undefined;
  let lastError: StorageProblem | undefined;
  try {
    backing = (options.storage ?? defaultStorage)() ?? undefined;
    if (!backing) throw new Error('no localStorage');
    backing.setItem(PROBE_KEY, '1');
    backing.removeItem(PROBE_KEY);
  } catch (e) {
    if (backing && isQuotaError(e)) lastError = 'quota';
    else {
      backing = undefined;
      lastError = 'unavailable';
    }
  }
  const mode: StorageMode = backing ? 'local' : 'memory';
  let status = buildStatus();

  function buildStatus(): StorageStatus {
    return {
      mode,
      ...(lastError ? { lastError } : {}),
      message: lastError ? STORAGE_MESSAGES[lastError] : '',
      pending: backing ? [...memory.keys()] : [],
      kept: kept.map((k) => ({ ...k })),
    };
  }

  function changed() {
    const next = buildStatus();
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    listeners.forEach((l) => l(status));
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

  /** Try the backing storage; false (and the error noted) when it refused. */
  function write(name: string, value: string): boolean {
    if (!backing) return false;
    try {
      backing.setItem(name, value);
      return true;
    } catch (e) {
      lastError = isQuotaError(e) ? 'quota' : 'unavailable';
      return false;
    }
  }

  function schedulePendingRetry() {
    if (retryScheduled || memory.size === 0 || !backing) return;
    retryScheduled = true;
    const timer = setTimer(() => {
      retryScheduled = false;
      if (!retryPending()) schedulePendingRetry();
    }, retryEvery);
    // Node: a pending retry must not keep a test or a script alive.
    (timer as { unref?: () => void } | undefined)?.unref?.();
  }

  /** Writes what is pending, stopping at the first refusal (the rest would be refused too). */
  function retryPending(): boolean {
    if (!backing) return true;
    for (const [name, value] of [...memory]) {
      if (guarded.has(name)) continue;
      if (!write(name, value)) break;
      memory.delete(name);
    }
    const left = [...memory.keys()].some((k) => !guarded.has(k));
    // Everything written: whatever refused before (full, or a transient error) has passed.
    if (!left) lastError = undefined;
    changed();
    if (memory.size) schedulePendingRetry();
    return memory.size === 0;
  }

  function setItem(name: string, value: string) {
    if (!backing) {
      memory.set(name, value);
      return;
    }
    if (guarded.has(name) || !write(name, value)) {
      memory.set(name, value);
      changed();
      schedulePendingRetry();
      return;
    }
    memory.delete(name);
    // A write went through: space may have freed, so whatever waits gets its chance now.
    if (memory.size) retryPending();
    else if (lastError) {
      lastError = undefined;
      changed();
    }
  }

  function keysWithPrefix(prefix = BACKUP_PREFIX): string[] {
    const out: string[] = [];
    if (!backing?.key || typeof backing.length !== 'number') return out;
    try {
      for (let i = 0; i < backing.length; i++) {
        const k = backing.key(i);
        if (k?.startsWith(prefix)) out.push(k);
      }
    } catch {
      // an unreadable storage lists nothing
    }
    return out;
  }

  function keys(prefix: string): string[] {
    const found = new Set(keysWithPrefix(prefix));
    for (const k of memory.keys()) if (k.startsWith(prefix)) found.add(k);
    return [...found];
  }

  function keepDamaged(source: string, raw: string, reason: DamageReason): KeptCopy {
    const already = kept.find((k) => k.source === source && (keptRaw.get(k.key) ?? rawGet(k.key)) === raw);
    if (already) return already;
    // Kept in an earlier session already (a repair that could not be saved): do not copy twice.
    const earlier = keysWithPrefix().find((k) => rawGet(k) === raw);
    if (earlier) {
      const copy: KeptCopy = { key: earlier, source, reason, savedIn: 'local', size: raw.length };
      kept.push(copy);
      changed();
      return copy;
    }
    const stem = `${BACKUP_PREFIX}${keptName(source)}:${now()}`;
    let key = stem;
    for (let n = 1; rawGet(key) !== null || keptRaw.has(key); n++) key = `${stem}-${n}`;
    const copy: KeptCopy = { key, source, reason, savedIn: 'local', size: raw.length };
    kept.push(copy);
    if (backing && write(key, raw)) {
      changed();
      return copy;
    }
    if (!backing) {
      // Nothing was read from a real storage in memory mode; keep it for download all the same.
      copy.savedIn = 'memory';
      keptRaw.set(key, raw);
      changed();
      return copy;
    }
    // localStorage cannot take the copy: hold writes to `source` until the vault has it.
    guarded.add(source);
    keptRaw.set(key, raw);
    copy.savedIn = vault ? 'saving' : 'memory';
    changed();
    if (vault) {
      vault.put(key, raw).then(
        () => {
          copy.savedIn = 'vault';
          keptRaw.delete(key);
          guarded.delete(source);
          retryPending();
        },
        () => {
          copy.savedIn = 'memory';
          changed();
        },
      );
    }
    return copy;
  }

  return {
    getItem: rawGet,
    setItem,
    removeItem(name) {
      memory.delete(name);
      try {
        backing?.removeItem(name);
      } catch {
        // Nothing to keep: the value is gone from memory, and the backing store is unreachable.
      }
      if (memory.size) retryPending();
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    keepDamaged,
    retryPending,
    keys,
    async listKept() {
      const found = new Map<string, number>();
      for (const k of keysWithPrefix()) found.set(k, rawGet(k)?.length ?? 0);
      for (const [k, v] of keptRaw) found.set(k, v.length);
      if (vault) {
        for (const k of await vault.keys().catch(() => [] as string[])) {
          if (!found.has(k)) found.set(k, kept.find((c) => c.key === k)?.size ?? 0);
        }
      }
      return [...found].map(([key, size]) => ({ key, size })).sort((a, b) => a.key.localeCompare(b.key));
    },
    async readKept(key) {
      return keptRaw.get(key) ?? rawGet(key) ?? (await vault?.get(key).catch(() => undefined));
    },
    async deleteKept(key) {
      const copy = kept.find((k) => k.key === key);
      keptRaw.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        // unreachable storage: nothing to free
      }
      await vault?.delete(key).catch(() => undefined);
      if (copy) {
        kept.splice(kept.indexOf(copy), 1);
        // The reader has the copy (they downloaded it, or chose to drop it): the original may go.
        guarded.delete(copy.source);
      }
      retryPending();
    },
  };
}

type LifecycleTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * Retry pending writes whenever it matters: when the page is hidden or left (after `beforeRetry`,
 * e.g. flushing coalesced writes), and when another tab changes storage (it may have freed space).
 * Returns the unsubscribe.
 */
export function watchLifecycle(storage: SafeStorage, win: LifecycleTarget, beforeRetry: () => void = () => {}) {
  const onHide = () => {
    beforeRetry();
    storage.retryPending();
  };
  const onStorage = () => storage.retryPending();
  win.addEventListener('pagehide', onHide);
  win.addEventListener('visibilitychange', onHide);
  win.addEventListener('storage', onStorage);
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.removeEventListener('visibilitychange', onHide);
    win.removeEventListener('storage', onStorage);
  };
}

/** A plain in-memory `StorageLike`, for tests and benchmarks. */
export function createMemoryStorage(initial: Record<string, string> = {}): StorageLike & {
  data: Map<string, string>;
  key(index: number): string | null;
  readonly length: number;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

/**
 * `inner` behind a quota of `limit` characters (keys plus values), as a browser counts it: a write
 * that would pass the quota throws QuotaExceededError and changes nothing. For tests of a full storage.
 */
export function withQuota(inner: ReturnType<typeof createMemoryStorage>, limit: number): StorageLike {
  const size = () => [...inner.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    ...inner,
    setItem: (k, v) => {
      const old = inner.getItem(k);
      if (size() - (old ? k.length + old.length : 0) + k.length + v.length > limit)
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      inner.setItem(k, v);
    },
  };
}

/** A `CopyVault` in memory, for tests. */
export function createMemoryVault(): CopyVault & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    put: async (k, v) => void data.set(k, v),
    get: async (k) => data.get(k),
    delete: async (k) => void data.delete(k),
    keys: async () => [...data.keys()],
  };
}
