import { describe, expect, it, vi } from 'vitest';
import {
  BACKUP_PREFIX,
  createMemoryStorage,
  withQuota,
  createMemoryVault,
  createSafeStorage,
  type StorageLike,
} from '../lib/safe-storage';
import type { Annotation } from '../model/annotation';
import { PERSISTED_VERSION } from '../model/persisted-state';
import { DEFAULT_LABELS } from '../model/preferences';
import { bucketOf } from './annotation-keys';
import { appliedEntry, HISTORY_LIMIT } from './annotations-history';
import { restoreIncoming } from './annotations-persistence';
import {
  ANNOTATIONS_STORAGE_KEY as KEY,
  canRedo,
  canUndo,
  createAnnotationsStore,
  InvalidAnnotationError,
  listChangeOf,
  selectAllTags,
  selectAnnotations,
  type NewAnnotation,
} from './annotations';

/** One "tab": a store over a shared fake localStorage, a manual clock and manual write timing. */
function tab(backing: StorageLike = createMemoryStorage(), start = Date.UTC(2026, 0, 1)) {
  let time = start;
  let n = 0;
  const api = createAnnotationsStore({
    storage: createSafeStorage({ storage: () => backing, now: () => time, setTimer: () => undefined }),
    now: () => time,
    newId: () => `id${++n}`,
    scheduleWrite: () => {}, // tests flush explicitly
  });
  return { ...api, backing, tick: (ms = 1000) => (time += ms), state: () => api.store.getState() };
}

const hl = (start: number, extra: Partial<NewAnnotation> = {}): NewAnnotation => ({
  articleId: 'art',
  kind: 'highlight',
  color: 'yellow',
  note: '',
  tags: [],
  selectors: [
    { type: 'TextQuoteSelector', exact: 'q' },
    { type: 'TextPositionSelector', start, end: start + 1 },
  ],
  ...extra,
});

/** The store's keys in a storage: its own (labels) and the article buckets. */
const storeKeys = (backing: StorageLike) =>
  [...(backing as ReturnType<typeof createMemoryStorage>).data.keys()].filter(
    (k) => k === KEY || k.startsWith(`${KEY}:`),
  );

/** Everything the store saved, put together as one `{ state, version }` (the labels key, then every bucket). */
function stored(backing: StorageLike) {
  const header = JSON.parse(backing.getItem(KEY) ?? 'null');
  if (!header) throw new Error('nothing saved');
  const annotations: Record<string, Record<string, Annotation>> = { ...header.state.annotations };
  for (const key of storeKeys(backing).filter((k) => k !== KEY)) {
    const bucket = JSON.parse(backing.getItem(key)!);
    expect(bucket.version).toBe(header.version);
    for (const [articleId, records] of Object.entries<Record<string, Annotation>>(bucket.state.annotations))
      Object.assign((annotations[articleId] ??= {}), records);
  }
  return { version: header.version, state: { ...header.state, annotations } };
}

/** Another tab's writes to every key of the store, as storage events. */
const eventsFor = (backing: StorageLike) => storeKeys(backing).map((k) => storageEvent(k, backing.getItem(k)));
/** Enough of a window for the sync: events in, listeners removable. */
const fakeWindow = () =>
  new EventTarget() as unknown as Pick<Window, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'>;
const storageEvent = (key: string, newValue: string | null) => Object.assign(new Event('storage'), { key, newValue });

describe('actions and selectors', () => {
  it('adds with id and timestamps, lists in reading order with page notes first', () => {
    const t = tab();
    const late = t.addAnnotation(hl(50));
    const early = t.addAnnotation(hl(5));
    const page = t.addAnnotation({ articleId: 'art', kind: 'page-note', selectors: [], note: 'overall', tags: [] });
    t.addAnnotation(hl(1, { articleId: 'other' }));
    expect(late).toMatchObject({ id: 'id1', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' });
    expect(selectAnnotations(t.state(), 'art').map((a) => a.id)).toEqual([page.id, early.id, late.id]);
    expect(selectAnnotations(t.state(), 'nothing')).toEqual([]);
  });

  it('patches the list an edit started from, and says what changed, in reading order every time', () => {
    const t = tab();
    const starts = [40, 10, 30, 20, 50, 0];
    for (const s of starts) t.addAnnotation(hl(s));
    const before = selectAnnotations(t.state(), 'art');
    const made = t.addAnnotation(hl(25));
    const after = selectAnnotations(t.state(), 'art');
    expect(listChangeOf(after)).toEqual({ from: before, removed: [], added: [made] });
    const edited = t.updateAnnotation('art', before[0].id, { note: 'n' })!;
    const next = selectAnnotations(t.state(), 'art');
    expect(listChangeOf(next)).toEqual({ from: after, removed: [before[0]], added: [edited] });
    t.deleteAnnotation('art', made.id);
    t.undo();
    t.redo();
    const last = selectAnnotations(t.state(), 'art');
    expect(listChangeOf(last)?.removed.map((a) => a.id)).toEqual([made.id]);
    // The patched lists are the lists a sort from scratch gives (a fresh store reads the same records).
    const fresh = createAnnotationsStore({ storage: createSafeStorage({ storage: () => createMemoryStorage() }) });
    fresh.importAnnotations(Object.values(t.state().annotations.art));
    expect(last.map((a) => a.id)).toEqual(selectAnnotations(fresh.store.getState(), 'art').map((a) => a.id));
    expect(last.map((a) => (a.selectors[1] as { start: number }).start)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('returns the same list object until that article changes (safe for React selectors)', () => {
    const t = tab();
    t.addAnnotation(hl(1));
    t.addAnnotation(hl(1, { articleId: 'other' }));
    const first = selectAnnotations(t.state(), 'art');
    t.addAnnotation(hl(2, { articleId: 'other' }));
    expect(selectAnnotations(t.state(), 'art')).toBe(first);
  });

  it('after a few changes among many, the list is in the same order a full sort gives', () => {
    const t = tab();
    for (let i = 0; i < 300; i++) t.addAnnotation(hl((i * 7919) % 1000));
    const fullSort = () =>
      Object.values(t.state().annotations.art)
        .filter((a) => !a.deleted)
        .sort((x, y) => {
          const px = x.selectors[1] as { start: number; end: number };
          const py = y.selectors[1] as { start: number; end: number };
          return (
            px.start - py.start || px.end - py.end || x.created.localeCompare(y.created) || x.id.localeCompare(y.id)
          );
        });
    expect(selectAnnotations(t.state(), 'art')).toEqual(fullSort());
    t.addAnnotation(hl(5));
    t.deleteAnnotation('art', 'id17');
    t.updateAnnotation('art', 'id40', { selectors: hl(999).selectors });
    expect(selectAnnotations(t.state(), 'art').map((a) => a.id)).toEqual(fullSort().map((a) => a.id));
  });

  it('orders ties, records with no position and page notes the same patched, sorted afresh and after a selector change', () => {
    const t = tab();
    const quoteOnly = { selectors: [{ type: 'TextQuoteSelector' as const, exact: 'q' }] };
    // Same place and same time: by id (id10 before id2, as strings compare).
    for (let i = 0; i < 10; i++) t.addAnnotation(hl(5));
    t.tick();
    t.addAnnotation(hl(5, quoteOnly)); // id11: no position, so after every placed one
    t.addAnnotation(hl(5)); // id12: the same place, later
    t.addAnnotation({ ...hl(0), kind: 'page-note', selectors: [], color: undefined }); // id13
    t.addAnnotation(hl(3)); // id14
    const expected = [
      'id13',
      'id14',
      'id1',
      'id10',
      'id2',
      'id3',
      'id4',
      'id5',
      'id6',
      'id7',
      'id8',
      'id9',
      'id12',
      'id11',
    ];
    const ids = () => selectAnnotations(t.state(), 'art').map((a) => a.id);
    const sortedAfresh = () => {
      const fresh = createAnnotationsStore({ storage: createSafeStorage({ storage: () => createMemoryStorage() }) });
      fresh.importAnnotations(Object.values(t.state().annotations.art));
      return selectAnnotations(fresh.store.getState(), 'art').map((a) => a.id);
    };
    expect(ids()).toEqual(expected);
    expect(sortedAfresh()).toEqual(expected);
    // The record with no position gets one (an edit makes a new record): it moves to its place.
    t.updateAnnotation('art', 'id11', { selectors: hl(5).selectors });
    const moved = [
      'id13',
      'id14',
      'id1',
      'id10',
      'id2',
      'id3',
      'id4',
      'id5',
      'id6',
      'id7',
      'id8',
      'id9',
      'id11',
      'id12',
    ];
    expect(ids()).toEqual(moved);
    expect(sortedAfresh()).toEqual(moved);
    // And back to none: last again.
    t.updateAnnotation('art', 'id11', quoteOnly);
    expect(ids()).toEqual(expected);
  });

  it('updates with a strictly newer timestamp even within the same millisecond', () => {
    const t = tab();
    const a = t.addAnnotation(hl(1));
    const b = t.updateAnnotation('art', a.id, { note: 'edited', tags: ['x'] })!;
    expect(b).toMatchObject({ note: 'edited', created: a.created });
    expect(Date.parse(b.updated)).toBeGreaterThan(Date.parse(a.updated));
    expect(t.updateAnnotation('art', 'missing', { note: 'x' })).toBeUndefined();
  });

  it('deletes by tombstone without the note text, and hides it from lists', () => {
    const t = tab();
    const a = t.addAnnotation(hl(1, { note: 'secret' }));
    expect(t.deleteAnnotation('art', a.id)).toBe(true);
    expect(t.state().annotations.art[a.id]).toMatchObject({ deleted: true, note: '' });
    expect(selectAnnotations(t.state(), 'art')).toEqual([]);
    expect(t.deleteAnnotation('art', a.id)).toBe(false);
  });

  it('restores a deleted highlight with its note and tags: by undo while the deletion is newest, else as a change', () => {
    const t = tab();
    const a = t.addAnnotation(hl(1, { note: 'check *this*', tags: ['budget'], color: 'green' }));
    t.tick();
    t.deleteAnnotation('art', a.id);
    t.tick();
    expect(t.restoreDeleted(a)).toBe(true);
    expect(selectAnnotations(t.state(), 'art')).toMatchObject([
      { id: a.id, note: 'check *this*', tags: ['budget'], color: 'green', created: a.created },
    ]);
    // It was an undo: Redo deletes it again, and nothing is left to undo but the highlight's making.
    expect(canRedo(t.state())).toBe(true);
    expect(t.state().history.past).toHaveLength(1);
    expect(t.restoreDeleted(a)).toBe(false);
    // Deleted, then another change: put back as a change of its own, undoable.
    t.redo();
    const b = t.addAnnotation(hl(5));
    t.tick();
    expect(t.restoreDeleted(a)).toBe(true);
    expect(
      selectAnnotations(t.state(), 'art')
        .map((x) => x.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(selectAnnotations(t.state(), 'art').find((x) => x.id === a.id)).toMatchObject({
      note: 'check *this*',
      tags: ['budget'],
    });
    t.undo();
    expect(selectAnnotations(t.state(), 'art').map((x) => x.id)).toEqual([b.id]);
  });

  it('collects tags of live annotations, alphabetically, once each', () => {
    const t = tab();
    t.addAnnotation(hl(1, { tags: ['politics', 'budget'] }));
    t.addAnnotation(hl(2, { tags: ['budget'], articleId: 'other' }));
    const gone = t.addAnnotation(hl(3, { tags: ['deleted-only'] }));
    t.deleteAnnotation('art', gone.id);
    expect(selectAllTags(t.state())).toEqual(['budget', 'politics']);
  });

  it('has default colour labels that can be renamed', () => {
    const t = tab();
    expect(t.state().labels).toEqual({
      yellow: 'important',
      green: 'agree',
      blue: 'question',
      pink: 'disagree',
      purple: 'follow up',
    });
    t.setLabel('blue', 'check this');
    expect(t.state().labels.blue).toBe('check this');
  });
});

describe('undo / redo', () => {
  it('undoes and redoes add, update and delete in order', () => {
    const t = tab();
    const a = t.addAnnotation(hl(1, { note: 'v1' }));
    t.updateAnnotation('art', a.id, { note: 'v2' });
    t.deleteAnnotation('art', a.id);
    const note = () => selectAnnotations(t.state(), 'art')[0]?.note;

    expect(note()).toBeUndefined();
    t.undo();
    expect(note()).toBe('v2');
    t.undo();
    expect(note()).toBe('v1');
    t.undo();
    expect(note()).toBeUndefined();
    expect(t.state().annotations.art[a.id].deleted).toBe(true); // a tombstone, so other tabs follow
    expect(canUndo(t.state())).toBe(false);
    expect(t.undo()).toBe(false);

    t.redo();
    expect(note()).toBe('v1');
    t.redo();
    expect(note()).toBe('v2');
    expect(canRedo(t.state())).toBe(true);
  });

  it('every undo/redo write is newer than what it replaces', () => {
    const t = tab();
    const a = t.addAnnotation(hl(1, { note: 'v1' }));
    const b = t.updateAnnotation('art', a.id, { note: 'v2' })!;
    t.undo();
    const restored = t.state().annotations.art[a.id];
    expect(restored.note).toBe('v1');
    expect(Date.parse(restored.updated)).toBeGreaterThan(Date.parse(b.updated));
  });

  it('a new change clears redo', () => {
    const t = tab();
    t.addAnnotation(hl(1));
    t.undo();
    expect(canRedo(t.state())).toBe(true);
    t.addAnnotation(hl(2));
    expect(canRedo(t.state())).toBe(false);
  });

  it('names the entry an edit or a redo applied, and none for an undo (what the reader paints at once)', () => {
    const t = tab();
    const seen: Array<string[] | null> = [];
    t.store.subscribe((next, prev) =>
      seen.push(
        appliedEntry(next.history, prev.history)?.map((c) => (c.after?.deleted ? 'gone' : c.after!.note)) ?? null,
      ),
    );
    const a = t.addAnnotation(hl(1, { note: 'first' }));
    t.addAnnotation(hl(2, { note: 'second' }));
    t.undo(); // leaves the first creation on top: applied long ago, not now
    t.redo();
    t.deleteAnnotation('art', a.id);
    t.setLabel('yellow', 'Key'); // no history
    expect(seen).toEqual([['first'], ['second'], null, ['second'], ['gone'], null]);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    const t = tab();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) t.addAnnotation(hl(i));
    let undone = 0;
    while (t.undo()) undone++;
    expect(undone).toBe(HISTORY_LIMIT);
    expect(selectAnnotations(t.state(), 'art')).toHaveLength(5);
  });
});

describe('persistence', () => {
  it('coalesces many changes into one write per key, saved in the versioned envelope', () => {
    const backing = createMemoryStorage();
    const setItem = vi.spyOn(backing, 'setItem');
    const t = tab(backing);
    setItem.mockClear();
    t.addAnnotation(hl(1));
    t.addAnnotation(hl(2));
    t.setLabel('green', 'yes');
    t.updateAnnotation('art', 'id1', { note: 'twice' });
    expect(setItem).not.toHaveBeenCalled();
    t.flushPersist();
    const written = setItem.mock.calls.map(([k]) => k);
    expect(new Set(written).size).toBe(written.length);
    expect(written).toContain(KEY);
    const saved = stored(backing);
    expect(saved.version).toBe(PERSISTED_VERSION);
    expect(Object.keys(saved.state)).toEqual(['annotations', 'labels']); // no history, no problems
    expect(Object.keys(saved.state.annotations.art)).toEqual(['id1', 'id2']);
  });

  it('a new store over the same storage comes back with everything (reload)', () => {
    const backing = createMemoryStorage();
    const t = tab(backing);
    const a = t.addAnnotation(hl(1, { note: 'keep me' }));
    t.setLabel('pink', 'wrong');
    t.flushPersist();
    const reloaded = tab(backing);
    expect(reloaded.state().annotations.art[a.id]).toEqual(a);
    expect(reloaded.state().labels.pink).toBe('wrong');
    expect(reloaded.state().loadProblems).toEqual([]);
  });

  it('records read back as saved (kept as parsed, not copied) are never edited in place', () => {
    // The load keeps a saved record's parsed object itself (model/canonical-annotation.ts): the
    // store, its write bookkeeping and its history then share it, so any in-place edit would change
    // what the others hold. Every action below must make new records instead.
    const backing = createMemoryStorage();
    const writer = tab(backing);
    for (let i = 0; i < 3; i++) writer.addAnnotation(hl(i * 4, { id: `r${i}`, note: `note ${i}`, tags: ['t'] }));
    writer.addAnnotation({ articleId: 'art', kind: 'page-note', note: 'page', tags: [], selectors: [], id: 'pn' });
    writer.flushPersist();
    const t = tab(backing, Date.UTC(2026, 0, 2));
    const loaded = Object.values(t.state().annotations.art);
    expect(loaded).toHaveLength(4);
    const before = loaded.map((a) => JSON.stringify(a));

    t.updateAnnotation('art', 'r0', { note: 'changed', tags: ['t', 'u'], color: 'pink' });
    t.deleteAnnotation('art', 'r1');
    t.updateAnnotation('art', 'pn', { note: 'page changed' });
    t.undo();
    t.redo();
    t.importAnnotations([{ ...loaded[2], note: 'imported', updated: '2026-01-03T00:00:00.000Z' }]);
    t.flushPersist();
    tab(backing, Date.UTC(2026, 0, 4)).store.getState();

    expect(loaded.map((a) => JSON.stringify(a))).toEqual(before);
    // …and the actions did take effect, in the store and in storage.
    const now = t.state().annotations.art;
    expect([now.r0.note, now.r1.deleted, now.pn.note, now.r2.note]).toEqual([
      'changed',
      true,
      'page changed',
      'imported',
    ]);
    expect(tab(backing).state().annotations.art.r0.tags).toEqual(['t', 'u']);
  });

  it('migrates v1 data on load and saves it as the current version', () => {
    const v1 = {
      state: {
        annotations: [
          {
            id: 'old',
            article: 'art',
            type: 'highlight',
            colour: 'red',
            createdAt: 0,
            updatedAt: 0,
            quote: { exact: 'q' },
          },
        ],
      },
      version: 1,
    };
    const backing = createMemoryStorage({ [KEY]: JSON.stringify(v1) });
    const t = tab(backing);
    expect(t.state().annotations.art.old).toMatchObject({ color: 'pink' });
    t.addAnnotation(hl(1));
    t.flushPersist();
    expect(stored(backing).version).toBe(PERSISTED_VERSION);
    expect(stored(backing).state.annotations.art.old.color).toBe('pink');
  });

  it.each<[string, string]>([
    ['corrupt JSON', '{"state":{"annotations":{"art":'],
    ['a newer version', JSON.stringify({ state: { annotations: {} }, version: PERSISTED_VERSION + 1 })],
    [
      'one invalid record',
      JSON.stringify({ state: { annotations: { art: { bad: { id: 'bad' } } } }, version: PERSISTED_VERSION }),
    ],
  ])('%s: starts, reports the problem, keeps the raw copy aside, then saves normally', (_n, raw) => {
    const backing = createMemoryStorage({ [KEY]: raw });
    const t = tab(backing);
    expect(t.state().loadProblems.length).toBeGreaterThan(0);
    const backupKey = t.storage.getStatus().kept[0].key;
    expect(backupKey.startsWith(BACKUP_PREFIX)).toBe(true);
    expect(backing.getItem(backupKey)).toBe(raw);
    t.addAnnotation(hl(1));
    t.flushPersist();
    expect(Object.keys(stored(backing).state.annotations.art)).toContain('id1');
    expect(backing.getItem(backupKey)).toBe(raw);
  });

  it('storage full: nothing in memory is lost, the status says so, and the next write retries', () => {
    let full = true;
    const inner = createMemoryStorage();
    const backing: StorageLike = {
      ...inner,
      setItem: (k, v) => {
        if (full && k.startsWith(KEY)) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        inner.setItem(k, v);
      },
    };
    const t = tab(backing);
    const a = t.addAnnotation(hl(1));
    t.flushPersist();
    expect(t.storage.getStatus()).toMatchObject({ lastError: 'quota' });
    expect(t.state().annotations.art[a.id]).toEqual(a);
    full = false;
    t.addAnnotation(hl(2));
    t.flushPersist();
    expect(t.storage.getStatus().lastError).toBeUndefined();
    expect(Object.keys(stored(backing).state.annotations.art).sort()).toEqual(['id1', 'id2']);
  });

  it('storage full, then space freed: leaving the page saves what was refused (defect 2)', () => {
    let full = true;
    const inner = createMemoryStorage();
    const backing: StorageLike = {
      ...inner,
      setItem: (k, v) => {
        if (full && k.startsWith(KEY)) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        inner.setItem(k, v);
      },
    };
    const t = tab(backing);
    const win = fakeWindow();
    t.startCrossTabSync(win);
    t.addAnnotation(hl(1));
    t.flushPersist(); // refused: nothing is pending in the store any more, only in the storage
    expect(storeKeys(inner)).toEqual([]);
    full = false; // the reader freed space in another tab or in the browser settings
    win.dispatchEvent(new Event('pagehide'));
    expect(Object.keys(stored(inner).state.annotations.art)).toEqual(['id1']);
    const reloaded = tab(inner);
    expect(selectAnnotations(reloaded.state(), 'art')).toHaveLength(1);
  });

  it('a large damaged value that storage cannot copy goes to the vault before anything overwrites it (defect 4)', async () => {
    // Room for one copy of the damaged value, not two; the new state (smaller) fits in its place.
    const damaged = '{"state":{"annotations":{"art":' + ' '.repeat(600);
    const limit = 1000;
    const inner = createMemoryStorage({ [KEY]: damaged });
    const backing = withQuota(inner, limit);
    const vault = createMemoryVault();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const t = (() => {
      const api = createAnnotationsStore({
        storage: createSafeStorage({
          storage: () => backing,
          vault: { ...vault, put: async (k, v) => (await gate, vault.put(k, v)) },
          setTimer: () => undefined,
        }),
        scheduleWrite: () => {},
        newId: () => 'new',
      });
      return api;
    })();
    expect(t.storage.getStatus().kept[0]).toMatchObject({ source: KEY, savedIn: 'saving' });
    t.addAnnotation(hl(1));
    t.flushPersist();
    expect(inner.getItem(KEY)).toBe(damaged); // not overwritten while the copy is in flight
    release();
    await vi.waitFor(() => expect(JSON.parse(inner.getItem(KEY)!).version).toBe(PERSISTED_VERSION));
    expect(stored(inner).state.annotations.art.new).toBeDefined();
    expect([...vault.data.values()]).toEqual([damaged]);
  });

  it('works in memory when localStorage is unavailable', () => {
    const api = createAnnotationsStore({
      storage: createSafeStorage({
        storage: () => {
          throw new Error('SecurityError');
        },
      }),
      scheduleWrite: () => {},
    });
    api.addAnnotation(hl(1));
    api.flushPersist();
    expect(api.storage.getStatus().mode).toBe('memory');
    expect(selectAnnotations(api.store.getState(), 'art')).toHaveLength(1);
  });
});

describe('two tabs', () => {
  it('read-merge-write: concurrent creations in both tabs are both saved', () => {
    const backing = createMemoryStorage();
    const a = tab(backing);
    const b = tab(backing);
    // Two ids filed in the same bucket, so both tabs write the same key.
    const idA = 'from-a';
    let idB = 'from-b';
    for (let i = 0; bucketOf(idB) !== bucketOf(idA); i++) idB = `from-b-${i}`;
    const fromA = a.addAnnotation(hl(1, { id: idA }));
    const fromB = b.addAnnotation(hl(2, { id: idB }));
    a.flushPersist();
    b.flushPersist(); // B has not seen A's write yet
    expect(Object.keys(stored(backing).state.annotations.art).sort()).toEqual([idA, idB].sort());
    expect(b.state().annotations.art[fromA.id]).toEqual(fromA); // merged into B's state too
    expect(a.state().annotations.art[fromB.id]).toBeUndefined(); // A learns through the storage event
  });

  it('storage events merge by annotation and write the merge back when it adds something', () => {
    const backing = createMemoryStorage();
    const a = tab(backing);
    const b = tab(backing);
    const win = fakeWindow();
    const stop = a.startCrossTabSync(win);
    const winB = fakeWindow();
    b.startCrossTabSync(winB);

    const shared = a.addAnnotation(hl(1, { id: 'shared', note: 'original' }));
    a.flushPersist();
    eventsFor(backing).forEach((e) => winB.dispatchEvent(e));
    b.tick();
    b.updateAnnotation('art', shared.id, { note: 'edited in B' });
    b.addAnnotation(hl(2, { id: 'b-only' }));
    a.addAnnotation(hl(3, { id: 'a-only' })); // not yet saved
    b.flushPersist();

    eventsFor(backing).forEach((e) => win.dispatchEvent(e));
    const notes = Object.fromEntries(selectAnnotations(a.state(), 'art').map((x) => [x.id, x.note]));
    expect(notes).toEqual({ shared: 'edited in B', 'b-only': '', 'a-only': '' });

    a.flushPersist();
    expect(Object.keys(stored(backing).state.annotations.art).sort()).toEqual(['a-only', 'b-only', 'shared']);

    stop();
    b.addAnnotation(hl(4, { id: 'after-stop' }));
    b.flushPersist();
    eventsFor(backing).forEach((e) => win.dispatchEvent(e));
    expect(a.state().annotations.art['after-stop']).toBeUndefined();
  });

  it('ignores other keys and a cleared key, and a delete in one tab wins in the other', () => {
    const backing = createMemoryStorage();
    const a = tab(backing);
    const win = fakeWindow();
    a.startCrossTabSync(win);
    const x = a.addAnnotation(hl(1, { id: 'x' }));
    a.flushPersist();
    win.dispatchEvent(storageEvent('other-key', '{}'));
    win.dispatchEvent(storageEvent(KEY, null));
    expect(a.state().annotations.art.x).toEqual(x);

    const b = tab(backing);
    b.tick();
    b.deleteAnnotation('art', 'x');
    b.flushPersist();
    eventsFor(backing).forEach((e) => win.dispatchEvent(e));
    expect(selectAnnotations(a.state(), 'art')).toEqual([]);
  });

  it('flushes pending writes when the page is hidden', () => {
    const backing = createMemoryStorage();
    const a = tab(backing);
    const win = fakeWindow();
    a.startCrossTabSync(win);
    a.addAnnotation(hl(1));
    expect(storeKeys(backing)).toEqual([]);
    win.dispatchEvent(new Event('pagehide'));
    expect(stored(backing).state.annotations.art.id1).toBeDefined();
  });
});

describe('importAnnotations', () => {
  it('merges without duplicates and reports added / already present / updated; undo reverts it', () => {
    const t = tab();
    const a = t.addAnnotation(hl(1, { id: 'a', note: 'mine' }));
    const b = t.addAnnotation(hl(2, { id: 'b', note: 'old' }));
    const later = (x: Annotation, note: string): Annotation => ({ ...x, note, updated: '2030-01-01T00:00:00.000Z' });
    const incoming: Annotation[] = [{ ...a }, later(b, 'newer from file'), { ...a, id: 'c', note: 'new from file' }];
    expect(t.importAnnotations(incoming)).toEqual({ added: 1, alreadyPresent: 1, updated: 1, rejected: 0 });
    expect(selectAnnotations(t.state(), 'art').map((x) => x.note)).toEqual([
      'mine',
      'new from file',
      'newer from file',
    ]);
    expect(t.importAnnotations(incoming)).toEqual({ added: 0, alreadyPresent: 3, updated: 0, rejected: 0 });
    expect(t.importAnnotations([{ ...a, id: 'd', created: 'last Tuesday' }])).toMatchObject({ added: 0, rejected: 1 });

    t.undo();
    expect(selectAnnotations(t.state(), 'art').map((x) => x.note)).toEqual(['mine', 'old']);
  });
});

describe('only records a reload keeps (defect 7)', () => {
  it('refuses to commit a record the schema would drop on reload', () => {
    const t = tab();
    expect(() => t.addAnnotation(hl(1, { selectors: [{ type: 'TextQuoteSelector', exact: '' }] }))).toThrow(
      InvalidAnnotationError,
    );
    expect(t.state().annotations).toEqual({});
  });

  it('a record at the edge of the time range can be edited, deleted and reloaded', () => {
    const backing = createMemoryStorage();
    const t = tab(backing);
    const edge: Annotation = {
      ...t.addAnnotation(hl(1)),
      id: 'edge',
      created: '2999-12-31T23:59:59.999Z',
      updated: '3000-01-01T00:00:00.000Z',
    };
    t.importAnnotations([edge]);
    expect(t.updateAnnotation('art', 'edge', { note: 'still editable' })?.updated).toBe('3000-01-01T00:00:00.000Z');
    expect(t.deleteAnnotation('art', 'edge')).toBe(true);
    t.flushPersist();
    expect(tab(backing).state().annotations.art.edge).toMatchObject({ deleted: true });
  });
});

describe('defaults', () => {
  it('exports default labels matching the spec', () => {
    expect(DEFAULT_LABELS.purple).toBe('follow up');
  });
});

describe('restoreIncoming', () => {
  it('skips records identical to ours, validates the rest, and hands back the raw text on problems', () => {
    const t = tab();
    const a = t.addAnnotation(hl(1));
    const raw = JSON.stringify({
      state: { annotations: { art: { [a.id]: a, bad: { id: 'bad' }, fresh: { ...a, id: 'fresh' } } }, labels: {} },
      version: PERSISTED_VERSION,
    });
    const r = restoreIncoming(raw, t.state().annotations);
    expect(Object.keys(r.state.annotations.art)).toEqual(['fresh']);
    expect(r.problems).toHaveLength(1);
    expect(r.unreadable).toBe(raw);
  });

  it('falls back to a full restore for other versions and corrupt text', () => {
    expect(restoreIncoming('{oops', {}).unreadable).toBe('{oops');
    const v1 = JSON.stringify({ state: { annotations: [] }, version: 1 });
    expect(restoreIncoming(v1, {}).problems).toEqual([]);
  });
});
