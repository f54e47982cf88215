/**
 * Analyses kept in IndexedDB, so an article read before gets its layers without the worker: no
 * engine download, no model to decode, no cold run. The cache only ever saves time; every failure
 * (no IndexedDB, a refused or blocked database, a full disk, a damaged entry) is silent and the
 * article is analysed as if nothing were stored.
 *
 * - Keyed by the engine's fingerprint (`__ENGINE_STAMP__`, build/engine-stamp.ts) and the text's
 *   content hash and length: a build with another engine never reads an older engine's answer, and
 *   older entries are evicted as the new ones come in.
 * - Checked on read (analysis-check.ts): an entry that is not exactly an analysis of this text is
 *   dropped and the text analysed again.
 * - Bounded: at most `maxEntries` entries and `maxChars` characters of analysed text in all, the
 *   least recently read going first.
 * - Texts up to `maxTextChars` are kept as plain analyses. Longer ones, up to `maxCompactChars`,
 *   are kept in the compact form the worker sent them in (`CompactAnalysis`, analysis-protocol.ts):
 *   read back as plain objects they would be one long task on the page's thread (a 1 MB article's
 *   28,000 findings), while the compact form is a few typed arrays and strings, decoded and checked
 *   in steps (compact-stored.ts). Without it, each reload of a long article ran the whole engine
 *   in the worker again (1.2–1.5 s of CPU on the other core, 6–12 s before its layers).
 * - The raw engine output is kept; a reader's corrections are applied over it by the app, as over
 *   a fresh analysis.
 * - Removing an article leaves a tombstone (`gone:<id>`) in the same object store, written in the
 *   transaction that deletes the article's entries, and every write looks for it in its own
 *   transaction: another tab still showing the article cannot store its analysis (its names and
 *   quotes) after the removal, whichever order the two tabs run in. Opening the article again
 *   lifts it (`allow`). A tombstone is a short key and a time, one per removed article; each removal
 *   also deletes the tombstones older than `tombstoneLifeMs` (a tab's late write comes seconds after
 *   its analysis, not weeks), so they do not pile up over years of reading.
 */
import { createStore, del, get, keys, promisifyRequest, set, update, type UseStore } from 'idb-keyval';
import type { Analysis } from '../engine/types';
import { contentHash } from '../lib/content-hash';
import { nextTask } from '../lib/time-slices';
import { analysisOf } from './analysis-check';
import type { CompactAnalysis } from './analysis-protocol';
import { compactAnalysisOf, packCompact, unpackCompact } from './compact-stored';

/** A read given up on: the entry was not read in time, which says nothing of its being damaged. */
const GAVE_UP = Symbol('gave up');

/** Where the entries live: idb-keyval in the browser; a fake with injected faults in tests. */
export interface AnalysisCacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every key held (to find all of one article's entries, whichever engine stored them). */
  keys(): Promise<string[]>;
  /** Reads and writes `key` in one transaction (the index, which two tabs may update at once). */
  update(key: string, fn: (old: unknown) => unknown): Promise<void>;
  /** Sets `key` unless `blocker` is held, both in one transaction; resolves whether it was set. */
  setUnless(key: string, value: unknown, blocker: string): Promise<boolean>;
  /** In one transaction: sets `key` (a tombstone) and deletes every key `doomed` picks. */
  setAndDelete(key: string, value: unknown, doomed: (key: string) => boolean): Promise<void>;
  /** In one transaction: deletes every key beginning with `prefix` whose value is a time before `before`. */
  deleteOlder(prefix: string, before: number): Promise<void>;
}

export interface AnalysisCacheOptions {
  /** The engine's fingerprint: entries of any other are never read. */
  stamp: string;
  maxEntries?: number;
  maxChars?: number;
  maxTextChars?: number;
  /** Texts over `maxTextChars` up to this many characters are kept in the compact form. */
  maxCompactChars?: number;
  /** Given between the steps of reading a compact entry back (default: the next task). */
  pause?: () => Promise<void>;
  /**
   * A read that takes longer (a blocked database) is given up, and the text analysed. Counted to the
   * database's answer: decoding a compact entry after it goes on in steps, whatever the time.
   */
  readTimeoutMs?: number;
  /** How long a removed article's tombstone is kept (see the header). */
  tombstoneLifeMs?: number;
  now?: () => number;
}

export interface AnalysisCache {
  /** False when nothing for `text` can be stored or read (no IndexedDB, text too long): no need to ask. */
  mayHold(text: string): boolean;
  /** The stored analysis of `text`, or null (none, damaged, another engine's, or storage failing). */
  read(text: string): Promise<Analysis | null>;
  /** True when `text`'s analysis is kept in the compact form: `write` needs it then. */
  keepsCompact(text: string): boolean;
  /**
   * Keeps `analysis` of `text` (as `compact` where `keepsCompact`); resolves false when it was not
   * kept (too long, no compact form for a long text, storage failing).
   */
  write(text: string, analysis: Analysis, compact?: CompactAnalysis | null): Promise<boolean>;
  /**
   * Removes every stored analysis of the article `id` (its text's content hash), of any engine:
   * they hold its names and quotes, so removing the article must not leave them behind. No write of
   * its analysis is made after this, from this tab or another, until `allow(id)`.
   */
  forget(id: string): Promise<void>;
  /** The article `id` is kept again (opened anew, restored): its analysis may be stored again. */
  allow(id: string): Promise<void>;
  /**
   * Removes every stored analysis, to give their space to the reader's own data (an article that
   * could not be saved for lack of space). Resolves true when something was removed.
   */
  clear(): Promise<boolean>;
}

interface Entry {
  stamp: string;
  hash: string;
  length: number;
  /**
   * Present on an entry in the compact form: `analysis` is then a `PackedCompact` (compact-stored.ts;
   * entries written before it, a `CompactAnalysis` with its numbers inline, are read too).
   */
  compact?: true;
  analysis: unknown;
}

/** The index: each entry's key, its text's length and when it was last read or written. */
type Index = Array<{ key: string; chars: number; usedAt: number }>;
const INDEX_KEY = 'index';
/** Where a removed article's tombstone is kept (see the header). */
const GONE_PREFIX = 'gone:';
const goneKey = (id: string) => `${GONE_PREFIX}${id}`;
const isTombstone = (key: string) => key.startsWith(GONE_PREFIX);
const DAY_MS = 24 * 60 * 60 * 1000;

const readIndex = (v: unknown): Index =>
  Array.isArray(v)
    ? v.filter(
        (e): e is Index[number] =>
          typeof e === 'object' &&
          e !== null &&
          typeof e.key === 'string' &&
          Number.isFinite(e.chars) &&
          Number.isFinite(e.usedAt),
      )
    : [];

/** `store`'s calls as promises, even where a call throws instead of rejecting. */
function rejecting(store: AnalysisCacheStore): AnalysisCacheStore {
  const call =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A) =>
      f(...a);
  return {
    get: call(store.get.bind(store)),
    set: call(store.set.bind(store)),
    del: call(store.del.bind(store)),
    keys: call(store.keys.bind(store)),
    update: call(store.update.bind(store)),
    setUnless: call(store.setUnless.bind(store)),
    setAndDelete: call(store.setAndDelete.bind(store)),
    deleteOlder: call(store.deleteOlder.bind(store)),
  };
}

export function createAnalysisCache(open: () => AnalysisCacheStore, options: AnalysisCacheOptions): AnalysisCache {
  const {
    stamp,
    maxEntries = 60,
    maxChars = 3_000_000,
    maxTextChars = 200_000,
    maxCompactChars = 2_000_000,
    pause = nextTask,
    readTimeoutMs = 1000,
    tombstoneLifeMs = 30 * DAY_MS,
    now = Date.now,
  } = options;
  let store: AnalysisCacheStore | null | undefined;
  const db = (): AnalysisCacheStore | null => {
    if (store === undefined) {
      try {
        store = rejecting(open());
      } catch {
        store = null; // IndexedDB missing or refused: no cache this session
      }
    }
    return store;
  };
  /** This engine's entries' keys begin so: any other is another engine's, never read again. */
  const ownPrefix = `a:${stamp}:`;
  const keyOf = (hash: string, length: number) => `${ownPrefix}${hash}:${length}`;
  /**
   * Articles removed in this page's life: an analysis of theirs that arrives late is not kept, even
   * where the tombstone could not be written (a full or failing database).
   */
  const forgotten = new Set<string>();

  const touch = (key: string, chars: number) =>
    db()
      ?.update(INDEX_KEY, (old) => [...readIndex(old).filter((e) => e.key !== key), { key, chars, usedAt: now() }])
      .catch(() => undefined);

  const keepsCompact = (text: string) => text.length > maxTextChars;

  /**
   * Stores the entry unless the article's tombstone is held. A compact entry's numbers go in one
   * Blob (compact-stored.ts); a store that refuses Blobs (WebKit's private windows) gets them
   * inline, the older form every read still accepts.
   */
  async function setEntry(
    s: AnalysisCacheStore,
    key: string,
    hash: string,
    length: number,
    analysis: Analysis,
    compact: CompactAnalysis | null | undefined,
  ): Promise<boolean> {
    const put = (entry: Entry) => s.setUnless(key, entry, goneKey(hash));
    if (!compact) return put({ stamp, hash, length, analysis });
    const packed = typeof Blob === 'function' ? packCompact(compact) : undefined;
    if (packed) {
      const stored = await put({ stamp, hash, length, compact: true, analysis: packed }).catch(() => undefined);
      if (stored !== undefined) return stored;
    }
    return put({ stamp, hash, length, compact: true, analysis: compact });
  }

  /** A compact entry decoded; GAVE_UP when its Blob was not read in time (slow, not damaged: kept). */
  async function readCompact(
    stored: unknown,
    text: string,
    timeout: Promise<null>,
  ): Promise<Analysis | null | typeof GAVE_UP> {
    const unpacked = await Promise.race([unpackCompact(stored), timeout.then(() => GAVE_UP)]);
    return unpacked === GAVE_UP ? GAVE_UP : compactAnalysisOf(unpacked, text, pause);
  }

  async function readEntry(text: string, timeout: Promise<null>): Promise<Analysis | null> {
    const s = db();
    if (!s || text.length > maxCompactChars) return null;
    const hash = contentHash(text);
    const key = keyOf(hash, text.length);
    const raw = (await Promise.race([s.get(key), timeout])) as Partial<Entry> | null | undefined;
    if (raw === undefined || raw === null) return null;
    const entry = typeof raw === 'object' ? raw : {};
    const compact = keepsCompact(text);
    const analysis =
      entry.stamp === stamp &&
      entry.hash === hash &&
      entry.length === text.length &&
      (entry.compact === true) === compact
        ? compact
          ? await readCompact(entry.analysis, text, timeout)
          : analysisOf(entry.analysis, text)
        : null;
    if (analysis === GAVE_UP) return null;
    if (!analysis) {
      // Damaged: gone, so the fresh analysis takes its place.
      await Promise.race([s.del(key).catch(() => undefined), timeout]);
      return null;
    }
    void touch(key, text.length);
    return analysis;
  }

  return {
    mayHold: (text) => text.length <= maxCompactChars && db() !== null,

    keepsCompact,

    async read(text) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), readTimeoutMs)));
      try {
        return await readEntry(text, timeout).catch(() => null);
      } finally {
        clearTimeout(timer);
      }
    },

    async write(text, analysis, compact) {
      const s = db();
      if (!s || text.length > maxCompactChars) return false;
      const hash = contentHash(text);
      if (forgotten.has(hash)) return false;
      const key = keyOf(hash, text.length);
      if (keepsCompact(text) && !compact) return false;
      try {
        // Not if the article was removed meanwhile, in this tab or another (its tombstone).
        if (!(await setEntry(s, key, hash, text.length, analysis, keepsCompact(text) ? compact : undefined)))
          return false;
        let evicted: string[] = [];
        await s.update(INDEX_KEY, (old) => {
          // Another engine's entries are never read again: they go first.
          const others = readIndex(old).filter((e) => e.key !== key);
          const kept = others.filter((e) => e.key.startsWith(ownPrefix));
          const gone = others.filter((e) => !e.key.startsWith(ownPrefix));
          const next = [...kept, { key, chars: text.length, usedAt: now() }].sort((a, b) => b.usedAt - a.usedAt);
          let chars = 0;
          const fits = next.filter((e, i) => {
            chars += e.chars;
            return e.key === key || (i < maxEntries && chars <= maxChars);
          });
          evicted = [...gone, ...next.filter((e) => !fits.includes(e))].map((e) => e.key);
          return fits;
        });
        await Promise.all(evicted.map((k) => s.del(k).catch(() => undefined)));
        return true;
      } catch {
        // Full (QuotaExceededError) or refused: drop what may have gone in half-way, and go on without it.
        await s.del(key).catch(() => undefined);
        return false;
      }
    },

    async forget(id) {
      forgotten.add(id);
      const s = db();
      if (!s) return;
      const isOf = (key: string) => key.startsWith('a:') && key.split(':')[2] === id;
      // Every key, not only the index's: an entry whose index update failed is found all the same.
      // The tombstone goes in with the deletions, so a write from another tab lands before both
      // (and is deleted) or after both (and sees it).
      const marked = await s.setAndDelete(goneKey(id), now(), isOf).then(
        () => true,
        () => false,
      );
      if (!marked) {
        // No room even for the tombstone: the entries go all the same (this tab's late write is
        // still stopped by `forgotten`).
        const keys = await s.keys().catch(() => [] as string[]);
        await Promise.all(keys.filter(isOf).map((k) => s.del(k).catch(() => undefined)));
      }
      await s.update(INDEX_KEY, (old) => readIndex(old).filter((e) => !isOf(e.key))).catch(() => undefined);
      await s.deleteOlder(GONE_PREFIX, now() - tombstoneLifeMs).catch(() => undefined);
    },

    async allow(id) {
      forgotten.delete(id);
      await db()
        ?.del(goneKey(id))
        .catch(() => undefined);
    },

    async clear() {
      const s = db();
      if (!s) return false;
      // Tombstones stay: they free next to no space, and they keep removed articles' analyses out.
      const keys = (await s.keys().catch(() => [] as string[])).filter((k) => !isTombstone(k));
      const removed = await Promise.all(
        keys.map((k) =>
          s.del(k).then(
            () => k.startsWith('a:'),
            () => false,
          ),
        ),
      );
      return removed.includes(true);
    },
  };
}

/** The engine's fingerprint, written in by the build (vite.config.ts); absent outside Vite (Node tools). */
declare const __ENGINE_STAMP__: string | undefined;

export const ANALYSIS_CACHE_DB = 'marginalia-analyses';
export const ANALYSIS_CACHE_STORE = 'analyses';

/**
 * A request's handler that aborts its transaction instead of throwing (a full disk makes `put`
 * throw): the transaction's promise then rejects, where a throw would reach the page as an error.
 */
const inTransaction = (tx: IDBTransaction, run: () => void) => () => {
  try {
    run();
  } catch {
    tx.abort();
  }
};

function idbStore(): AnalysisCacheStore {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const s: UseStore = createStore(ANALYSIS_CACHE_DB, ANALYSIS_CACHE_STORE);
  // idb-keyval opens the database on first use, and a refused open throws there: as rejections.
  return {
    get: async (key) => get(key, s),
    set: async (key, value) => set(key, value, s),
    del: async (key) => del(key, s),
    keys: async () => (await keys(s)).map(String),
    update: async (key, fn) => update(key, fn, s),
    setUnless: async (key, value, blocker) =>
      s('readwrite', (store) => {
        let stored = false;
        const held = store.getKey(blocker);
        held.onsuccess = inTransaction(store.transaction, () => {
          if (held.result !== undefined) return;
          store.put(value, key);
          stored = true;
        });
        return promisifyRequest(store.transaction).then(() => stored);
      }),
    setAndDelete: async (key, value, doomed) =>
      s('readwrite', (store) => {
        store.put(value, key);
        const all = store.getAllKeys();
        all.onsuccess = inTransaction(store.transaction, () =>
          all.result
            .map(String)
            .filter(doomed)
            .forEach((k) => store.delete(k)),
        );
        return promisifyRequest(store.transaction);
      }),
    deleteOlder: async (prefix, before) =>
      s('readwrite', (store) => {
        // Keys and values of the prefix's range only: the analyses themselves are never read.
        const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
        const cursor = store.openCursor(range);
        cursor.onsuccess = inTransaction(store.transaction, () => {
          const at = cursor.result;
          if (!at) return;
          if (typeof at.value === 'number' && at.value < before) at.delete();
          at.continue();
        });
        return promisifyRequest(store.transaction);
      }),
  };
}

/** The app's cache, in IndexedDB, for this build's engine. */
export const analysisCache: AnalysisCache = createAnalysisCache(idbStore, {
  stamp: typeof __ENGINE_STAMP__ === 'string' ? __ENGINE_STAMP__ : 'unstamped',
});
