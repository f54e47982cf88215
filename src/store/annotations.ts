/**
 * The annotations store: every annotation of every article, the colour labels, undo/redo, and the
 * wiring that keeps them in localStorage and in step with other tabs.
 *
 * Zustand vanilla core, saved through annotations-persistence (versioned, migrated by
 * model/migrations, one key per share of an article), with actions as plain module functions (zustand "no store actions"),
 * so workers, anchoring callbacks and tests call them without React. `createAnnotationsStore`
 * builds an independent instance (tests, benchmarks); the module exports one default instance for
 * the app. Knows nothing about anchoring results, rendering or the UI: anchoring status is
 * derived by the reader, not stored here.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { newId as randomId } from '../lib/new-id';
import { sortInSteps } from '../lib/sort-in-steps';
import { runInSlices, sliceClock, yieldToPage, type Yield } from '../lib/time-slices';
import { findSelector } from '../model/selectors';
import { describeChange } from '../model/change-message';
import type { SafeStorage } from '../lib/safe-storage';
import { checkAnnotation, type Annotation, type HighlightColor } from '../model/annotation';
import { PATCH_LIMIT, type ListChange } from '../model/list-change';
import { mergeAnnotations, pickWinner } from '../model/merge';
import type { AnnotationsByArticle, PersistedState } from '../model/persisted-state';
import type { Labels } from '../model/preferences';
import { EARLIEST_TIME, LATEST_TIME } from '../model/schema-kit';
import { appStorage, reportLoad, STORE_KEYS, type LoadReport } from './app-storage';
import { createAnnotationsPersistence } from './annotations-persistence';
import {
  applySide,
  EMPTY_HISTORY,
  pushHistory,
  tombstone,
  type History,
  type HistoryEntry,
} from './annotations-history';

export const ANNOTATIONS_STORAGE_KEY = STORE_KEYS.annotations;

export interface AnnotationsState extends PersistedState {
  history: History;
  /** What could not be read from storage at start-up (see `restore`); for a notice in the UI. */
  loadProblems: string[];
}

export type NewAnnotation = Omit<Annotation, 'id' | 'created' | 'updated'> & { id?: string };
export type AnnotationPatch = Partial<Omit<Annotation, 'id' | 'articleId' | 'created' | 'updated'>>;
export interface ImportResult {
  added: number;
  alreadyPresent: number;
  updated: number;
  /** Records a reload would drop (callers validate first, so this is a guard, normally 0). */
  rejected: number;
}
type WindowLike = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export interface AnnotationsStoreOptions {
  storage?: SafeStorage;
  name?: string;
  now?: () => number;
  newId?: () => string;
  scheduleWrite?: (flush: () => void) => void;
  /** Told what could not be read at load (the app's notices); default: nobody. */
  reportLoad?: (report: LoadReport) => void;
  /**
   * 'now' (default: tests, benchmarks) reads every article before returning; 'sliced' (the app)
   * reads only the labels at once, then the articles in slices of main-thread time, the one
   * `loadArticle` names first, so a reload with 10,000 annotations never blocks the page.
   */
  load?: 'now' | 'sliced';
  /** Hands control back to the page between slices of loading (default: lib/time-slices' `yieldToPage`). */
  yieldToPage?: Yield;
}

/**
 * Adds `more` into `into`, article by article (a bucket may hold a mis-filed record of another
 * article). `for…in`: `Object.entries` made a pair array per record, 10,000 of them in a reload.
 */
function gather(into: AnnotationsByArticle, more: AnnotationsByArticle) {
  for (const articleId in more) {
    const records = more[articleId];
    const mine = (into[articleId] ??= {});
    for (const id in records) mine[id] = mine[id] ? pickWinner(mine[id], records[id]) : records[id];
  }
}

/** A record the store refused because reloading would drop it (a bug in the caller, not user data). */
export class InvalidAnnotationError extends Error {}

/** Build an independent store with its actions. The app uses the default instance below. */
export function createAnnotationsStore(options: AnnotationsStoreOptions = {}) {
  const name = options.name ?? ANNOTATIONS_STORAGE_KEY;
  const storage = options.storage ?? appStorage;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;

  // `updated` orders edits across tabs, so it must strictly increase per record even when two
  // edits land in the same millisecond. It stays within the schema's range (a clock set to the
  // year 3001 must not write what the next load refuses); at the very end of the range it stops
  // increasing, which only weakens cross-tab ordering for that record.
  const stamp = (previous?: string) => {
    const prev = previous ? Date.parse(previous) : Number.NaN;
    const next = Math.max(now(), Number.isFinite(prev) ? prev + 1 : EARLIEST_TIME);
    return new Date(Math.min(Math.max(next, EARLIEST_TIME), LATEST_TIME)).toISOString();
  };

  /** Only what a reload would read back is committed. */
  const valid = (record: Annotation): Annotation => {
    const checked = checkAnnotation(record);
    if ('error' in checked) throw new InvalidAnnotationError(`annotation ${record.id} not saved: ${checked.error}`);
    return checked.ok;
  };

  const persistence = createAnnotationsPersistence({
    storage,
    name,
    scheduleWrite: options.scheduleWrite,
    onMergedFromStorage: (annotations) => applyRemote(annotations),
    reportLoad: options.reportLoad ?? (options.storage ? undefined : reportLoad),
  });

  const header = persistence.readHeader();
  const store = createStore<AnnotationsState>()(() => ({
    annotations: header.annotations,
    labels: header.labels,
    history: EMPTY_HISTORY,
    loadProblems: [...persistence.lastReadProblems()],
  }));
  store.subscribe((next, prev) => {
    if (next.annotations !== prev.annotations || next.labels !== prev.labels)
      persistence.save({ annotations: next.annotations, labels: next.labels });
  });

  function applyRemote(incoming: AnnotationsByArticle) {
    const merged = mergeAnnotations(store.getState().annotations, incoming);
    if (merged.changed) store.setState({ annotations: merged.annotations });
  }

  // ---- Loading, article by article ----
  const unread = persistence.storedArticles();
  const yieldTo = options.yieldToPage ?? yieldToPage;
  let loading: Promise<void> | undefined;
  let first: string | undefined;
  /** Bucket keys of the article `pump` is reading: out of `unread`, not yet in the store. */
  let reading: readonly string[] | undefined;

  /**
   * Merge what storage holds for an article into the store (store edits made meanwhile win if newer).
   * `noted`: the pump told the persistence each bucket as it read it (10,000 records at once, in
   * the commit's task, were half of it).
   */
  function settle(incoming: AnnotationsByArticle, noted = false) {
    if (!noted) persistence.noteStored(incoming);
    const merged = mergeAnnotations(store.getState().annotations, incoming);
    const problems = persistence.lastReadProblems();
    const state = store.getState();
    if (merged.changed || problems.length !== state.loadProblems.length)
      store.setState({ annotations: merged.annotations, loadProblems: [...problems] });
  }

  /** Every article not read yet, read now (a backup, an export of everything). */
  function loadAllNow() {
    const incoming: AnnotationsByArticle = {};
    // The article being read in slices too: a backup taken meanwhile must not leave it out. The
    // pump's own commit later merges the same records, which changes nothing.
    for (const key of reading ?? []) gather(incoming, persistence.readBucket(key));
    for (const [articleId, keys] of [...unread]) {
      unread.delete(articleId);
      for (const key of keys) gather(incoming, persistence.readBucket(key));
    }
    settle(incoming);
  }

  async function pump() {
    const clock = sliceClock({ yieldTo });
    while (unread.size) {
      const articleId = first !== undefined && unread.has(first) ? first : unread.keys().next().value!;
      const keys = unread.get(articleId)!;
      unread.delete(articleId);
      reading = keys;
      const incoming: AnnotationsByArticle = {};
      for (const key of keys) {
        // Until the commit below, a save of this article (an edit made meanwhile) must merge with
        // what the bucket holds: the store does not have it yet.
        const bucket = persistence.readBucket(key, true);
        gather(incoming, bucket);
        persistence.noteStored(bucket);
        await clock.pause();
      }
      // The reading order in turns of its own, between the reading and the commit: sorting 10,000
      // at once took 30–40 ms, in slices it is a few steps of a sort. The store takes the records
      // object whole (merge), so the list is found by it.
      const records = incoming[articleId];
      if (records) {
        await clock.yieldNow();
        await runInSlices(readingOrderInSteps(articleId, records), { yieldTo });
        await clock.yieldNow();
      }
      // One commit per article: the reader re-renders once, not once per bucket.
      settle(incoming, true);
      persistence.bucketsMerged(keys);
      reading = undefined;
      await clock.yieldNow();
    }
  }

  /**
   * Start reading what is stored (if not started) with `articleId` first; resolves when every
   * article is in the store. The annotations of an article come in one commit.
   */
  function loadArticle(articleId?: string): Promise<void> {
    if (articleId !== undefined) first = articleId;
    loading ??= pump().finally(() => {
      loading = undefined;
    });
    return loading;
  }

  if ((options.load ?? 'now') === 'now') loadAllNow();

  function commit(annotations: AnnotationsByArticle, entry: HistoryEntry) {
    noteEdits(store.getState().annotations, annotations, entry);
    store.setState((s) => ({ annotations, history: pushHistory(s.history, entry) }));
  }

  function put(annotations: AnnotationsByArticle, record: Annotation): AnnotationsByArticle {
    // A copy by hand: spreading an article of 10,000 records took twice as long, in the click's task.
    const records: Record<string, Annotation> = {};
    const before = annotations[record.articleId];
    for (const id in before) records[id] = before[id];
    records[record.id] = record;
    return { ...annotations, [record.articleId]: records };
  }

  /** Create an annotation (or replace the one with the same `id`, e.g. an article's page note). */
  function addAnnotation(input: NewAnnotation): Annotation {
    const { annotations } = store.getState();
    const id = input.id ?? newId();
    const before = annotations[input.articleId]?.[id] ?? null;
    const updated = stamp(before?.updated);
    const live = before && !before.deleted ? before : null;
    const record = valid({ ...input, id, created: live?.created ?? updated, updated });
    commit(put(annotations, record), [{ articleId: record.articleId, id, before, after: record }]);
    return record;
  }

  /** Change fields of a live annotation; returns the new record, or undefined if there is none. */
  function updateAnnotation(articleId: string, id: string, patch: AnnotationPatch): Annotation | undefined {
    const { annotations } = store.getState();
    const before = annotations[articleId]?.[id];
    if (!before || before.deleted) return undefined;
    const record = valid({
      ...before,
      ...patch,
      id,
      articleId,
      created: before.created,
      updated: stamp(before.updated),
    });
    commit(put(annotations, record), [{ articleId, id, before, after: record }]);
    return record;
  }

  /** Delete by tombstone, so merges with other tabs and imports do not bring it back. */
  function deleteAnnotation(articleId: string, id: string): boolean {
    const { annotations } = store.getState();
    const before = annotations[articleId]?.[id];
    if (!before || before.deleted) return false;
    const record = tombstone(before, stamp(before.updated));
    commit(put(annotations, record), [{ articleId, id, before, after: record }]);
    return true;
  }

  /**
   * Bring back a deleted annotation as it was before its deletion (`record`, its note and tags
   * too): the "Undo" of the "Highlight deleted" message. When the deletion is still the newest
   * change it is undone (so Redo deletes it again); after other changes it is put back as a change
   * of its own. False when it is not deleted (another tab or an undo brought it back already).
   */
  function restoreDeleted(record: Annotation): boolean {
    const { annotations, history } = store.getState();
    const now = annotations[record.articleId]?.[record.id];
    if (!now || !now.deleted) return false;
    const newest = history.past[history.past.length - 1];
    if (newest?.length === 1 && newest[0].id === record.id && newest[0].after?.deleted) return replay('past');
    const restored = valid({ ...record, updated: stamp(now.updated) });
    commit(put(annotations, restored), [{ articleId: record.articleId, id: record.id, before: now, after: restored }]);
    return true;
  }

  /**
   * Undo and redo are one move in opposite directions: take the newest entry off one stack, apply
   * its `before` (undo) or `after` (redo) side, and push it on the other stack.
   */
  function replay(from: 'past' | 'future'): boolean {
    const { history, annotations } = store.getState();
    const entry = history[from][history[from].length - 1];
    if (!entry) return false;
    const next = applySide(annotations, entry, from === 'past' ? 'before' : 'after', stamp);
    noteEdits(annotations, next, entry);
    const taken = history[from].slice(0, -1);
    const given = [...history[from === 'past' ? 'future' : 'past'], entry];
    const moved: History = from === 'past' ? { past: taken, future: given } : { past: given, future: taken };
    store.setState({ annotations: next, history: moved });
    return true;
  }

  const undo = () => replay('past');
  const redo = () => replay('future');

  function setLabel(color: HighlightColor, label: string) {
    store.setState((s) => ({ labels: { ...s.labels, [color]: label } }));
  }

  /** Merge annotations from an export file or a share link, by id; undoable as one step. */
  function importAnnotations(list: Annotation[]): ImportResult {
    const incoming: AnnotationsByArticle = {};
    let rejected = 0;
    for (const raw of list) {
      // Stored as the schema gives it back (normalised), so what is kept is what a reload reads.
      const checked = checkAnnotation(raw);
      if ('error' in checked) rejected++;
      else (incoming[checked.ok.articleId] ??= {})[checked.ok.id] = checked.ok;
    }
    const { annotations } = store.getState();
    const { annotations: merged, changed, stats } = mergeAnnotations(annotations, incoming);
    if (changed) {
      const entry: HistoryEntry = [];
      for (const [articleId, records] of Object.entries(merged)) {
        if (records === annotations[articleId]) continue;
        for (const [id, after] of Object.entries(records)) {
          const before = annotations[articleId]?.[id] ?? null;
          if (after !== before) entry.push({ articleId, id, before, after });
        }
      }
      commit(merged, entry);
    }
    return { ...stats, rejected };
  }

  /**
   * Follow other tabs: merge what they save into this store, by annotation, and write the merged
   * result back (the write is skipped when it would not change what is stored). Also flushes
   * pending writes when the page is hidden or left. Returns the unsubscribe.
   */
  function startCrossTabSync(win: WindowLike | undefined = (globalThis as { window?: WindowLike }).window): () => void {
    if (!win) return () => {};
    const onStorage = (event: Event) => {
      const { key, newValue } = event as StorageEvent;
      // A cleared key (another tab's "forget everything") is not a reason to drop ours.
      if (key === null || newValue === null) return;
      const incoming = persistence.incoming(key, newValue, store.getState().annotations);
      if (!incoming) return;
      applyRemote(incoming.annotations);
      if (incoming.labels && JSON.stringify(incoming.labels) !== JSON.stringify(store.getState().labels))
        store.setState({ labels: incoming.labels });
    };
    // Flush what is coalesced, then retry what storage refused earlier (space may have freed).
    const onHide = () => {
      persistence.flush();
      storage.retryPending();
    };
    win.addEventListener('storage', onStorage);
    win.addEventListener('pagehide', onHide);
    win.addEventListener('visibilitychange', onHide);
    return () => {
      win.removeEventListener('storage', onStorage);
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('visibilitychange', onHide);
    };
  }

  return {
    store,
    storage,
    addAnnotation,
    updateAnnotation,
    deleteAnnotation,
    restoreDeleted,
    undo,
    redo,
    setLabel,
    importAnnotations,
    startCrossTabSync,
    flushPersist: persistence.flush,
    loadArticle,
    loadAllNow,
  };
}

export type AnnotationsStore = ReturnType<typeof createAnnotationsStore>;

// ---- Selectors: pure, memoised by the identity of what they read (merge preserves identity). ----

const EMPTY: Annotation[] = [];
const byArticleCache = new WeakMap<Record<string, Annotation>, Annotation[]>();
const tagsCache = new WeakMap<AnnotationsByArticle, string[]>();

interface SortKey {
  page: number;
  start: number;
  end: number;
}

/**
 * Worked out afresh whenever a list is sorted, not remembered by record: a weak table of 10,000
 * keys was 10,000 ephemerons for every major garbage collection to mark, in the final pause that
 * made the reload's longest task, to save a selector look-up per record per full sort.
 */
function sortKey(a: Annotation): SortKey {
  const p = findSelector(a.selectors, 'TextPositionSelector');
  return {
    page: a.kind === 'page-note' ? 0 : 1,
    start: p ? p.start : Number.POSITIVE_INFINITY,
    end: p ? p.end : Number.POSITIVE_INFINITY,
  };
}

function keyedOrder(x: Annotation, kx: SortKey, y: Annotation, ky: SortKey): number {
  return (
    kx.page - ky.page ||
    kx.start - ky.start ||
    kx.end - ky.end ||
    x.created.localeCompare(y.created) ||
    x.id.localeCompare(y.id)
  );
}

/** Reading order: page notes first, then by position, then by creation. */
function readingOrder(x: Annotation, y: Annotation): number {
  return keyedOrder(x, sortKey(x), y, sortKey(y));
}

/**
 * The live records in reading order. Each key is looked up once, not twice per comparison: for
 * 10,000 that is 10,000 look-ups instead of ~300,000 (most of a reload's longest task).
 */
function sortedInReadingOrder(records: Record<string, Annotation>): Annotation[] {
  return liveKeyed(records)
    .sort(byKeyedOrder)
    .map((e) => e.a);
}

type Keyed = { a: Annotation; k: SortKey };

/** The live records, each with its sort key. */
function liveKeyed(records: Record<string, Annotation>): Keyed[] {
  const keyed: Keyed[] = [];
  for (const id in records) {
    const a = records[id];
    if (!a.deleted) keyed.push({ a, k: sortKey(a) });
  }
  return keyed;
}

const byKeyedOrder = (x: Keyed, y: Keyed) => keyedOrder(x.a, x.k, y.a, y.k);

/** Where `a` goes in `list` (sorted by `readingOrder`): the first index not before it. */
function insertionPoint(list: readonly Annotation[], a: Annotation): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (readingOrder(list[mid], a) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per article, the last list built: a change of a few records updates it instead of sorting 10,000 again. */
const lastLists = new Map<string, { records: Record<string, Annotation>; size: number; list: Annotation[] }>();

/**
 * An article's records object made by an edit of this store (add, update, delete, undo, redo,
 * import): the object it was made from and the ids that changed, so its list is patched from the
 * old one without walking 10,000 records to find what changed.
 */
const editedFrom = new WeakMap<Record<string, Annotation>, { from: Record<string, Annotation>; ids: string[] }>();

function noteEdits(before: AnnotationsByArticle, after: AnnotationsByArticle, entry: HistoryEntry): void {
  if (entry.length > PATCH_LIMIT) return;
  const ids = new Map<string, string[]>();
  for (const { articleId, id } of entry) ids.set(articleId, [...(ids.get(articleId) ?? []), id]);
  for (const [articleId, changed] of ids) {
    const from = before[articleId];
    const next = after[articleId];
    if (from && next && from !== next) editedFrom.set(next, { from, ids: changed });
  }
}

const listChanges = new WeakMap<Annotation[], ListChange>();

/** How a list differs from the one it was patched from (for readers that follow it step by step), else undefined: start afresh. */
export const listChangeOf = (list: readonly Annotation[]): ListChange | undefined =>
  listChanges.get(list as Annotation[]);

/** `base` (the list of `from`) with the records `changed` replaced by those of `records`. */
function patch(
  base: Annotation[],
  from: Record<string, Annotation>,
  records: Record<string, Annotation>,
  changed: Iterable<string>,
): Annotation[] {
  const list = base.slice();
  const removed: Annotation[] = [];
  const added: Annotation[] = [];
  for (const id of changed) {
    const old = from[id];
    const next = records[id];
    if (old === next) continue;
    if (old && !old.deleted) {
      const at = list.indexOf(old, Math.max(0, insertionPoint(list, old) - 1));
      if (at >= 0) {
        list.splice(at, 1);
        removed.push(old);
      }
    }
    if (next && !next.deleted) {
      list.splice(insertionPoint(list, next), 0, next);
      added.push(next);
    }
  }
  listChanges.set(list, { from: base, removed, added });
  return list;
}

function patchedList(
  last: { records: Record<string, Annotation>; size: number; list: Annotation[] },
  records: Record<string, Annotation>,
  size: number,
): Annotation[] | undefined {
  // Something was dropped (never by merge; another store's list): start afresh.
  if (size < last.size) return undefined;
  for (const id in last.records) if (!(id in records)) return undefined;
  const changed: string[] = [];
  for (const id in records) {
    if (last.records[id] === records[id]) continue;
    changed.push(id);
    if (changed.length > PATCH_LIMIT) return undefined;
  }
  return patch(last.list, last.records, records, changed);
}

/** The list of a records object an edit made, from the list of the one it was made from (none: undefined). */
function editedList(articleId: string, records: Record<string, Annotation>) {
  const edit = editedFrom.get(records);
  const base = edit && byArticleCache.get(edit.from);
  if (!edit || !base) return undefined;
  const last = lastLists.get(articleId);
  // Ids are never removed by an edit (a deletion is a tombstone): the size grows by the new ids.
  const size =
    last?.records === edit.from
      ? last.size + edit.ids.filter((id) => !(id in edit.from)).length
      : Object.keys(records).length;
  return { list: patch(base, edit.from, records, edit.ids), size };
}

/**
 * Sorts an article's records before they reach the store, for `selectAnnotations` to find, in steps
 * of a few thousand comparisons (their sort keys worked out in a step of their own first).
 */
function* readingOrderInSteps(articleId: string, records: Record<string, Annotation>): Generator<void, void> {
  if (byArticleCache.has(records)) return;
  const keyed = liveKeyed(records);
  yield;
  const sorted = yield* sortInSteps(keyed, byKeyedOrder);
  const list = sorted.map((e) => e.a);
  byArticleCache.set(records, list);
  lastLists.set(articleId, { records, size: Object.keys(records).length, list });
}

/** Live annotations of one article in reading order, page notes first. Stable between calls. */
export function selectAnnotations(state: Pick<AnnotationsState, 'annotations'>, articleId: string): Annotation[] {
  const records = state.annotations[articleId];
  if (!records) return EMPTY;
  let list = byArticleCache.get(records);
  if (!list) {
    const edited = editedList(articleId, records);
    const size = edited?.size ?? Object.keys(records).length;
    const last = lastLists.get(articleId);
    list = edited?.list ?? (last && patchedList(last, records, size)) ?? sortedInReadingOrder(records);
    byArticleCache.set(records, list);
    lastLists.set(articleId, { records, size, list });
  }
  return list;
}

const countsCache = new WeakMap<AnnotationsByArticle, Record<string, number>>();

/** Live annotations per article id (articles with none are absent). Stable between calls. */
export function selectAnnotationCounts(state: Pick<AnnotationsState, 'annotations'>): Record<string, number> {
  let counts = countsCache.get(state.annotations);
  if (!counts) {
    counts = {};
    for (const [articleId, records] of Object.entries(state.annotations)) {
      const n = Object.values(records).filter((a) => !a.deleted).length;
      if (n > 0) counts[articleId] = n;
    }
    countsCache.set(state.annotations, counts);
  }
  return counts;
}

const articleTagsCache = new WeakMap<Record<string, Annotation>, string[]>();

function tagsOf(records: Record<string, Annotation>): string[] {
  let mine = articleTagsCache.get(records);
  if (!mine) {
    const inArticle = new Set<string>();
    for (const a of Object.values(records)) if (!a.deleted) a.tags.forEach((t) => inArticle.add(t));
    mine = [...inArticle];
    articleTagsCache.set(records, mine);
  }
  return mine;
}

const outsideCache = new WeakMap<AnnotationsByArticle, { articleId: string; tags: string[] }>();

/**
 * Every tag in use in articles other than `articleId`, alphabetical: with the open article's own
 * (from its list) these are the suggestions, and a change in the open article costs nothing here.
 */
export function selectTagsOutside(state: Pick<AnnotationsState, 'annotations'>, articleId: string): string[] {
  const cached = outsideCache.get(state.annotations);
  if (cached?.articleId === articleId) return cached.tags;
  const set = new Set<string>();
  for (const [id, records] of Object.entries(state.annotations))
    if (id !== articleId) tagsOf(records).forEach((t) => set.add(t));
  const tags = [...set].sort((x, y) => x.localeCompare(y));
  // Same list as before (an edit in the open article): keep its identity, so nothing re-renders.
  const previous = lastOutside.get(articleId);
  const stable =
    previous && previous.length === tags.length && previous.every((t, i) => t === tags[i]) ? previous : tags;
  lastOutside.set(articleId, stable);
  outsideCache.set(state.annotations, { articleId, tags: stable });
  return stable;
}
const lastOutside = new Map<string, string[]>();

/** Every tag in use on a live annotation, alphabetical, for autocomplete. */
export function selectAllTags(state: Pick<AnnotationsState, 'annotations'>): string[] {
  let tags = tagsCache.get(state.annotations);
  if (!tags) {
    const set = new Set<string>();
    // Per article, cached by its records: a change in one article does not walk the others.
    for (const records of Object.values(state.annotations)) tagsOf(records).forEach((t) => set.add(t));
    tags = [...set].sort((x, y) => x.localeCompare(y));
    tagsCache.set(state.annotations, tags);
  }
  return tags;
}

export const canUndo = (state: Pick<AnnotationsState, 'history'>) => state.history.past.length > 0;
/** The change an undo would revert (null: none). */
export const selectUndoEntry = (state: Pick<AnnotationsState, 'history'>): HistoryEntry | null =>
  state.history.past[state.history.past.length - 1] ?? null;
/** The change a redo would apply again (null: none). */
export const selectRedoEntry = (state: Pick<AnnotationsState, 'history'>): HistoryEntry | null =>
  state.history.future[state.history.future.length - 1] ?? null;
export const canRedo = (state: Pick<AnnotationsState, 'history'>) => state.history.future.length > 0;
export const selectLabels = (state: Pick<AnnotationsState, 'labels'>): Labels => state.labels;

// ---- The app's instance ----

const app = createAnnotationsStore({ load: 'sliced' });

export const annotationsStore = app.store;
/** Storage condition (local/memory, full, corrupt…) for a notice in the UI. */
export const annotationsStorage = app.storage;
export const {
  addAnnotation,
  updateAnnotation,
  deleteAnnotation,
  restoreDeleted,
  undo,
  redo,
  setLabel,
  importAnnotations,
  startCrossTabSync,
  flushPersist,
  loadArticle: loadAnnotations,
  loadAllNow: loadAllAnnotationsNow,
} = app;

// Articles not opened are read in the background (the library's counts, tag suggestions); the
// reader names its article first with `loadAnnotations(id)`, which usually comes before this.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadAnnotations(), { timeout: 3000 });

/** Undo or redo the last change, and say what it was ("Removed highlight “…”."). */
export function undoRedoDescribed(direction: 'undo' | 'redo'): string {
  const state = annotationsStore.getState();
  const entry = direction === 'undo' ? selectUndoEntry(state) : selectRedoEntry(state);
  const done = direction === 'undo' ? undo() : redo();
  return describeChange(done && entry ? entry : [], direction);
}

export function useAnnotationsStore<T>(selector: (state: AnnotationsState) => T): T {
  return useStore(annotationsStore, selector);
}
