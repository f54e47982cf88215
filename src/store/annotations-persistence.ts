/**
 * How the annotations store's state is read from and written to a `SafeStorage`, in format 3: the
 * labels under the store's key, each article's annotations in buckets of their own
 * (annotation-keys.ts).
 *
 * Reading goes through `restore` (migrations, per-record validation; unreadable raw text is put
 * aside by the safe storage, and what was readable is written back), one key at a time, so the
 * store can load the open article first and the rest in slices. A v2 value (everything under the
 * one key) is moved into buckets on first read; its key is rewritten only once every bucket is
 * written, so a full storage never loses it. Writing is coalesced (one write per `scheduleWrite`
 * tick) and incremental: only the buckets holding a record that changed since it was last read
 * or written are rewritten, each as a read-merge-write, so two tabs editing at once both keep
 * their edits. Knows nothing about actions, history or React.
 */
import { isPlainRecord } from '../lib/plain-record';
import type { SafeStorage } from '../lib/safe-storage';
import type { Annotation } from '../model/annotation';
import { mergeAnnotations } from '../model/merge';
import { restore, type RestoreResult } from '../model/migrations';
import { PERSISTED_VERSION, type AnnotationsByArticle, type PersistedState } from '../model/persisted-state';
import type { Labels } from '../model/preferences';
import { articleOfKey, bucketKey, bucketOf } from './annotation-keys';
import type { LoadReport } from './app-storage';

export interface AnnotationsPersistence {
  /**
   * Reads the store's own key: the labels, and the annotations of an older single-key value
   * (already moved into buckets when this returns).
   */
  readHeader(): PersistedState;
  /** The bucket keys in storage, by article. */
  storedArticles(): Map<string, string[]>;
  /**
   * One bucket, validated; damage is kept aside, reported and repaired. `unmerged`: the store takes
   * these records in `later` (a reload in slices), so until `bucketsMerged` a write to this bucket
   * merges in what it holds instead of taking the store's share as the whole of it.
   */
  readBucket(key: string, later?: boolean): AnnotationsByArticle;
  /** The store now holds what these buckets held when read (see `readBucket`). */
  bucketsMerged(keys: readonly string[]): void;
  /** These records are what storage holds (just read): no need to write them back. */
  noteStored(records: AnnotationsByArticle): void;
  /** Remember the state to write at the next tick. */
  save(state: PersistedState): void;
  /** Write any pending state now (before the page hides, in tests, in benchmarks). */
  flush(): void;
  /** Another tab wrote `key`: what to merge in, or null when the key is not ours. */
  incoming(
    key: string,
    raw: string,
    local: AnnotationsByArticle,
  ): { annotations: AnnotationsByArticle; labels?: Labels } | null;
  /** Problems found by reads so far, for the UI; empty when all was readable. */
  lastReadProblems(): string[];
}

export interface AnnotationsPersistenceOptions {
  storage: SafeStorage;
  /** The store's key; buckets are `<name>:<article>:<bucket>`. */
  name: string;
  /**
   * Runs the coalesced write later. Default: 100 ms after the first change of a burst, at the next
   * idle moment, which turns a typed note into a few writes instead of one per keystroke; `flush`
   * covers page hide.
   */
  scheduleWrite?: (flush: () => void) => void;
  /** Called when a write found edits from another tab and merged them in. */
  onMergedFromStorage?: (annotations: AnnotationsByArticle) => void;
  /** Told, at load, what could not be read and where its original was kept. */
  reportLoad?: (report: LoadReport) => void;
}

/** After a burst of changes, when the page is idle (so a save never delays a frame), within a second. */
const defaultSchedule = (flush: () => void) => {
  if (typeof requestIdleCallback === 'function') setTimeout(() => requestIdleCallback(flush, { timeout: 1000 }), 100);
  else setTimeout(flush, 100);
};

/**
 * `restore` for another tab's save, when we already hold most of it: records identical to ours
 * are skipped before validation, which is most of the cost (a 1,000-annotation save is ~60 ms
 * to validate whole, a few ms this way). Anything else goes through `restore` unchanged.
 */
export function restoreIncoming(raw: string | null, local: AnnotationsByArticle): RestoreResult {
  let envelope: unknown;
  try {
    envelope = raw === null ? null : JSON.parse(raw);
  } catch {
    return restore(raw);
  }
  if (
    !isPlainRecord(envelope) ||
    envelope.version !== PERSISTED_VERSION ||
    !isPlainRecord(envelope.state) ||
    !isPlainRecord(envelope.state.annotations)
  ) {
    return restore(raw);
  }
  const pruned: Record<string, Record<string, unknown>> = {};
  for (const [articleId, records] of Object.entries(envelope.state.annotations)) {
    if (!isPlainRecord(records)) {
      pruned[articleId] = records as Record<string, unknown>;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [id, record] of Object.entries(records)) {
      const mine = local[articleId]?.[id];
      const same =
        mine &&
        isPlainRecord(record) &&
        record.updated === mine.updated &&
        JSON.stringify(record) === JSON.stringify(mine);
      if (!same) kept[id] = record;
    }
    pruned[articleId] = kept;
  }
  const result = restore({ ...envelope, state: { ...envelope.state, annotations: pruned } });
  return result.unreadable === undefined ? result : { ...result, unreadable: raw ?? undefined };
}

export function createAnnotationsPersistence(options: AnnotationsPersistenceOptions): AnnotationsPersistence {
  const { storage, name, scheduleWrite = defaultSchedule, reportLoad } = options;
  let onMergedFromStorage = options.onMergedFromStorage;
  let pending: PersistedState | undefined;
  let scheduled = false;
  /** Per key, what we last read or wrote: if storage still holds it, nobody else wrote and merging is skipped. */
  const lastSeen = new Map<string, string>();
  /** Buckets read but not yet in the store: their `lastSeen` does not mean the store has them. */
  const unmerged = new Set<string>();
  /** Per article and id, the record storage holds as far as this tab knows. */
  const stored = new Map<string, Map<string, Annotation>>();
  /** The article maps written by the last flush: an article whose map is the same object is unchanged. */
  let flushed: AnnotationsByArticle = {};
  let labelsWritten: string | undefined;
  const problems: string[] = [];

  const envelope = (state: Partial<PersistedState>) => JSON.stringify({ state, version: PERSISTED_VERSION });

  /** Reads `key` through `restore` (or `restoreIncoming` against `local`), keeping damage aside. */
  function read(
    key: string,
    local?: AnnotationsByArticle,
  ): { raw: string | null; result: RestoreResult; repaired: boolean } {
    const raw = storage.getItem(key);
    const result = local ? restoreIncoming(raw, local) : restore(raw);
    if (result.unreadable === undefined) return { raw, result, repaired: false };
    const newer = (result.version ?? 0) > PERSISTED_VERSION;
    const kept = storage.keepDamaged(key, result.unreadable, newer ? 'newer-version' : 'corrupt');
    if (!local && result.problems.length) {
      problems.push(...result.problems);
      reportLoad?.({ what: 'saved annotations', problems: result.problems, kept });
    }
    return { raw, result, repaired: true };
  }

  // `for…in`: a reload notes 10,000 records here, and `Object.entries` made a pair array for each.
  function noteStored(records: AnnotationsByArticle) {
    for (const articleId in records) {
      const byId = records[articleId];
      let known = stored.get(articleId);
      if (!known) stored.set(articleId, (known = new Map()));
      for (const id in byId) known.set(id, byId[id]);
    }
  }

  /** Read-merge-write of one bucket: `mine` is this tab's share of the article for it. */
  function writeBucket(articleId: string, bucket: number, mine: Record<string, Annotation>) {
    const key = bucketKey(name, articleId, bucket);
    let records = mine;
    const raw = storage.getItem(key);
    if (raw !== null && (raw !== lastSeen.get(key) || unmerged.has(key))) {
      const { result } = read(key, { [articleId]: mine });
      const merged = mergeAnnotations({ [articleId]: mine }, result.state.annotations);
      if (merged.changed) {
        records = merged.annotations[articleId] ?? mine;
        onMergedFromStorage?.(merged.annotations);
        // A record found here but belonging to another article reaches the store through the
        // merge above, and the next flush files it under its own article.
      }
    }
    const serialized = envelope({ annotations: { [articleId]: records } });
    if (serialized !== raw) storage.setItem(key, serialized);
    lastSeen.set(key, serialized);
    noteStored({ [articleId]: records });
  }

  function flush() {
    scheduled = false;
    if (!pending) return;
    const state = pending;
    pending = undefined;
    for (const [articleId, records] of Object.entries(state.annotations)) {
      if (flushed[articleId] === records) continue;
      const known = stored.get(articleId);
      const dirty = new Map<number, Record<string, Annotation>>();
      for (const id in records) if (known?.get(id) !== records[id]) dirty.set(bucketOf(id), {});
      if (!dirty.size) continue;
      for (const id in records) {
        const share = dirty.get(bucketOf(id));
        if (share) share[id] = records[id];
      }
      for (const [bucket, mine] of dirty) writeBucket(articleId, bucket, mine);
    }
    flushed = state.annotations;
    const labels = JSON.stringify(state.labels);
    if (labels !== labelsWritten) writeHeader(state.labels);
  }

  /** Buckets written per step of a move: each step needs room for about this many more. */
  const MOVE_STEP = 8;

  function moveIntoBuckets(legacy: AnnotationsByArticle, labels: Labels) {
    const shares: Array<{ articleId: string; bucket: number; records: Record<string, Annotation> }> = [];
    for (const [articleId, records] of Object.entries(legacy)) {
      const byBucket = new Map<number, Record<string, Annotation>>();
      for (const id in records) {
        const bucket = bucketOf(id);
        let share = byBucket.get(bucket);
        if (!share) byBucket.set(bucket, (share = {}));
        share[id] = records[id];
      }
      for (const [bucket, share] of byBucket) shares.push({ articleId, bucket, records: share });
    }
    const remaining: AnnotationsByArticle = {};
    for (const [articleId, records] of Object.entries(legacy)) remaining[articleId] = { ...records };
    const refused = () => storage.getStatus().pending.length > 0;
    for (let i = 0; i < shares.length; i += MOVE_STEP) {
      const step = shares.slice(i, i + MOVE_STEP);
      for (const { articleId, bucket, records } of step) writeBucket(articleId, bucket, records);
      if (refused()) return;
      for (const { articleId, records } of step) {
        for (const id in records) delete remaining[articleId][id];
        if (Object.keys(remaining[articleId]).length === 0) delete remaining[articleId];
      }
      writeHeader(labels, remaining);
      if (refused()) return;
    }
    writeHeader(labels, {});
  }

  /** Records a cut-short move left in the store's key: every rewrite of the key keeps them. */
  let unmoved: AnnotationsByArticle = {};

  function writeHeader(labels: Labels, records: AnnotationsByArticle = unmoved) {
    unmoved = records;
    const serialized = envelope({ annotations: unmoved, labels });
    storage.setItem(name, serialized);
    lastSeen.set(name, serialized);
    labelsWritten = JSON.stringify(labels);
  }

  return {
    readHeader() {
      const { raw, result, repaired } = read(name);
      // Nothing stored yet: the first flush writes the key, which marks the format in use.
      if (raw === null) return result.state;
      labelsWritten = JSON.stringify(result.state.labels);
      lastSeen.set(name, raw);
      const legacy = result.state.annotations;
      if (!repaired && result.version === PERSISTED_VERSION && Object.keys(legacy).length === 0) return result.state;
      // An older single-key value, or a damaged one: move what was readable into buckets a few at
      // a time, rewriting the key without what was moved after each step. Storage never has to
      // hold two copies of everything (a 4 MB v2 value and its buckets would not fit together),
      // and when it refuses a bucket the move stops there: what was not moved stays in the key
      // and moves on a later load. Buckets already there (a move cut short, an older tab's save
      // since) are merged in, newer wins.
      let moved = legacy;
      const told = onMergedFromStorage;
      onMergedFromStorage = (more) => (moved = mergeAnnotations(moved, more).annotations);
      try {
        moveIntoBuckets(legacy, result.state.labels);
      } finally {
        onMergedFromStorage = told;
      }
      return { ...result.state, annotations: moved };
    },
    storedArticles() {
      const byArticle = new Map<string, string[]>();
      for (const key of storage.keys(`${name}:`)) {
        const articleId = articleOfKey(name, key);
        if (articleId === undefined) continue;
        const list = byArticle.get(articleId);
        if (list) list.push(key);
        else byArticle.set(articleId, [key]);
      }
      return byArticle;
    },
    readBucket(key, later = false) {
      if (later) unmerged.add(key);
      else unmerged.delete(key);
      const { raw, result, repaired } = read(key);
      if (raw === null) return {};
      if (repaired) {
        // The original is kept aside: save what was readable so the next load starts clean (held
        // back by the storage until the copy is durable).
        const serialized = envelope({ annotations: result.state.annotations });
        storage.setItem(key, serialized);
        lastSeen.set(key, serialized);
      } else lastSeen.set(key, raw);
      return result.state.annotations;
    },
    bucketsMerged(keys) {
      for (const key of keys) unmerged.delete(key);
    },
    noteStored,
    save(state) {
      pending = state;
      if (!scheduled) {
        scheduled = true;
        scheduleWrite(flush);
      }
    },
    flush,
    incoming(key, raw, local) {
      if (key === name) {
        const result = restore(raw);
        return { annotations: result.state.annotations, labels: result.state.labels };
      }
      if (articleOfKey(name, key) === undefined) return null;
      return { annotations: restoreIncoming(raw, local).state.annotations };
    },
    lastReadProblems: () => problems,
  };
}
