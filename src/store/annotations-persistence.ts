/**
 * The zustand `PersistStorage` behind the annotations store: how its state is read from and
 * written to a `SafeStorage`.
 *
 * Reading goes through `restore` (migrations, per-record validation; unreadable raw text is put
 * aside by the safe storage). Writing is coalesced (one write per `scheduleWrite` tick, however
 * many changes) and is a read-merge-write: what another tab saved since our last write is merged
 * in by annotation before we write, so two tabs editing at once both keep their edits. Knows
 * nothing about actions, history or React.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SafeStorage } from '../lib/safe-storage';
import { mergeAnnotations } from '../model/merge';
import { restore, type RestoreResult } from '../model/migrations';
import { PERSISTED_VERSION, type AnnotationsByArticle, type PersistedState } from '../model/persisted-state';
import type { LoadReport } from './app-storage';

export interface AnnotationsPersistence extends PersistStorage<PersistedState, void> {
  /** Write any pending state now (before the page hides, in tests, in benchmarks). */
  flush(): void;
  /** Problems found by the last read, for the UI; empty when all was readable. */
  lastReadProblems(): string[];
}

export interface AnnotationsPersistenceOptions {
  storage: SafeStorage;
  /**
   * Runs the coalesced write later. Default: 100 ms after the first change of a burst, which
   * turns a typed note into a few writes instead of one per keystroke; `flush` covers page hide.
   */
  scheduleWrite?: (flush: () => void) => void;
  /** Called when a write found edits from another tab and merged them in. */
  onMergedFromStorage?: (annotations: AnnotationsByArticle) => void;
  /** Told, at load, what could not be read and where its original was kept. */
  reportLoad?: (report: LoadReport) => void;
}

const defaultSchedule = (flush: () => void) => void setTimeout(flush, 100);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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
    !isRecord(envelope) ||
    envelope.version !== PERSISTED_VERSION ||
    !isRecord(envelope.state) ||
    !isRecord(envelope.state.annotations)
  ) {
    return restore(raw);
  }
  const pruned: Record<string, Record<string, unknown>> = {};
  for (const [articleId, records] of Object.entries(envelope.state.annotations)) {
    if (!isRecord(records)) {
      pruned[articleId] = records as Record<string, unknown>;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [id, record] of Object.entries(records)) {
      const mine = local[articleId]?.[id];
      const same =
        mine && isRecord(record) && record.updated === mine.updated && JSON.stringify(record) === JSON.stringify(mine);
      if (!same) kept[id] = record;
    }
    pruned[articleId] = kept;
  }
  const result = restore({ ...envelope, state: { ...envelope.state, annotations: pruned } });
  return result.unreadable === undefined ? result : { ...result, unreadable: raw ?? undefined };
}

export function createAnnotationsPersistence(options: AnnotationsPersistenceOptions): AnnotationsPersistence {
  const { storage, scheduleWrite = defaultSchedule, onMergedFromStorage, reportLoad } = options;
  let pending: { name: string; value: StorageValue<PersistedState> } | undefined;
  let scheduled = false;
  /** What we last wrote: if storage still holds it, nobody else wrote and merging is skipped. */
  let lastWritten: string | null = null;
  let problems: string[] = [];

  function readRestored(name: string, local?: AnnotationsByArticle) {
    const raw = storage.getItem(name);
    const result = local ? restoreIncoming(raw, local) : restore(raw);
    let kept;
    if (result.unreadable !== undefined) {
      const newer = (result.version ?? 0) > PERSISTED_VERSION;
      kept = storage.keepDamaged(name, result.unreadable, newer ? 'newer-version' : 'corrupt');
    }
    return { raw, result, kept };
  }

  function flush() {
    scheduled = false;
    if (!pending) return;
    const { name, value } = pending;
    pending = undefined;
    let state = value.state;
    const { raw, result } = lastWrittenStillThere(name)
      ? { raw: lastWritten, result: undefined }
      : readRestored(name, state.annotations);
    if (result) {
      const merged = mergeAnnotations(state.annotations, result.state.annotations);
      if (merged.changed) {
        state = { ...state, annotations: merged.annotations };
        onMergedFromStorage?.(merged.annotations);
      }
    }
    const serialized = JSON.stringify({ state, version: value.version ?? PERSISTED_VERSION });
    if (serialized !== raw) storage.setItem(name, serialized);
    lastWritten = serialized;
  }

  function lastWrittenStillThere(name: string): boolean {
    return lastWritten !== null && storage.getItem(name) === lastWritten;
  }

  return {
    getItem(name) {
      const { raw, result, kept } = readRestored(name);
      problems = result.problems;
      if (problems.length) reportLoad?.({ what: 'saved annotations', problems, kept });
      if (raw === null) return null;
      lastWritten = raw;
      if (kept) {
        // The original is kept aside: save what was readable so the next load starts clean
        // (held back by the storage until the copy is durable).
        lastWritten = JSON.stringify({ state: result.state, version: PERSISTED_VERSION });
        storage.setItem(name, lastWritten);
      }
      // Already migrated and validated: hand zustand the current version so it migrates nothing.
      return { state: result.state, version: PERSISTED_VERSION };
    },
    setItem(name, value) {
      pending = { name, value };
      if (!scheduled) {
        scheduled = true;
        scheduleWrite(flush);
      }
    },
    removeItem(name) {
      pending = undefined;
      lastWritten = null;
      storage.removeItem(name);
    },
    flush,
    lastReadProblems: () => problems,
  };
}
