/**
 * Format 3 of the saved annotations: one key per share of an article (annotation-keys.ts). What a
 * reader relies on: an older single-key save moves over with nothing lost (and stays put while
 * storage refuses the move), a reload reads the open article first and in slices, a save rewrites
 * only what changed, and one damaged bucket costs only itself.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, createSafeStorage, withQuota, type StorageLike } from '../lib/safe-storage';
import type { Annotation } from '../model/annotation';
import { PERSISTED_VERSION } from '../model/persisted-state';
import { BUCKETS, bucketKey, bucketOf } from './annotation-keys';
import { ANNOTATIONS_STORAGE_KEY as KEY, createAnnotationsStore, selectAnnotations } from './annotations';

const record = (articleId: string, i: number): Annotation => ({
  id: `${articleId}-${i}`,
  articleId,
  kind: 'highlight',
  color: 'yellow',
  note: i % 2 ? `note ${i}` : '',
  tags: i % 3 ? [] : ['t'],
  created: new Date(Date.UTC(2026, 0, 1) + i).toISOString(),
  updated: new Date(Date.UTC(2026, 0, 1) + i).toISOString(),
  selectors: [
    { type: 'TextQuoteSelector', exact: `quote ${i}` },
    { type: 'TextPositionSelector', start: i * 10, end: i * 10 + 5 },
  ],
});

function v2Value(articles: Record<string, number>) {
  const annotations: Record<string, Record<string, Annotation>> = {};
  for (const [articleId, n] of Object.entries(articles))
    for (let i = 0; i < n; i++) (annotations[articleId] ??= {})[`${articleId}-${i}`] = record(articleId, i);
  return { raw: JSON.stringify({ state: { annotations, labels: { pink: 'mine' } }, version: 2 }), annotations };
}

const open = (backing: StorageLike, extra: Parameters<typeof createAnnotationsStore>[0] = {}) =>
  createAnnotationsStore({
    storage: createSafeStorage({ storage: () => backing, setTimer: () => undefined }),
    scheduleWrite: () => {},
    ...extra,
  });

const bucketsOf = (backing: ReturnType<typeof createMemoryStorage>, articleId: string) =>
  [...backing.data.keys()].filter((k) => k.startsWith(`${KEY}:${articleId}:`));

describe('moving a version 2 save (everything under one key) to one key per share of an article', () => {
  it('keeps every record and label, files each article apart, and leaves the labels key without annotations', () => {
    const { raw, annotations } = v2Value({ a: 150, b: 3 });
    const backing = createMemoryStorage({ [KEY]: raw });
    const first = open(backing);
    expect(first.store.getState().annotations).toEqual(annotations);
    const header = JSON.parse(backing.getItem(KEY)!);
    expect(header).toEqual({
      state: { annotations: {}, labels: expect.objectContaining({ pink: 'mine' }) },
      version: 3,
    });
    expect(bucketsOf(backing, 'a').length).toBeGreaterThan(1);
    expect(bucketsOf(backing, 'a').length).toBeLessThanOrEqual(BUCKETS);
    expect(bucketsOf(backing, 'b').length).toBeLessThanOrEqual(3);
    // A reload reads the new layout back, whole.
    const reloaded = open(backing);
    expect(reloaded.store.getState().annotations).toEqual(annotations);
    expect(reloaded.store.getState().labels.pink).toBe('mine');
    expect(reloaded.store.getState().loadProblems).toEqual([]);
  });

  it('storage refuses the buckets: the version 2 value stays as it was, and the move succeeds later', () => {
    const { raw, annotations } = v2Value({ a: 20 });
    const inner = createMemoryStorage({ [KEY]: raw });
    let full = true;
    const backing: StorageLike = {
      ...inner,
      setItem: (k, v) => {
        if (full && k !== 'marginalia:probe') throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        inner.setItem(k, v);
      },
    };
    const refused = open(backing);
    expect(refused.store.getState().annotations).toEqual(annotations);
    expect(inner.getItem(KEY)).toBe(raw);
    expect(bucketsOf(inner, 'a')).toEqual([]);
    full = false;
    const later = open(backing);
    expect(later.store.getState().annotations).toEqual(annotations);
    expect(JSON.parse(inner.getItem(KEY)!).version).toBe(PERSISTED_VERSION);
    expect(open(inner).store.getState().annotations).toEqual(annotations);
  });

  it('a storage too small for two copies: the move goes a few buckets at a time and completes', () => {
    const { raw, annotations } = v2Value({ a: 400 });
    const inner = createMemoryStorage({ [KEY]: raw });
    const limit = raw.length * 1.35; // room for the value and about a third more, not for two copies
    const backing = withQuota(inner, limit);
    const t = open(backing);
    expect(t.storage.getStatus().pending).toEqual([]);
    expect(JSON.parse(inner.getItem(KEY)!).state.annotations).toEqual({});
    expect(open(inner).store.getState().annotations).toEqual(annotations);
  });

  it('a move cut short keeps the unmoved records in the key, through a label change too', () => {
    const { raw, annotations } = v2Value({ a: 400 });
    const inner = createMemoryStorage({ [KEY]: raw });
    let writes = 0;
    const backing: StorageLike = {
      ...inner,
      setItem: (k, v) => {
        if (k !== 'marginalia:probe' && ++writes > 12)
          throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        inner.setItem(k, v);
      },
    };
    const t = open(backing);
    expect(Object.keys(JSON.parse(inner.getItem(KEY)!).state.annotations.a).length).toBeGreaterThan(0);
    t.setLabel('green', 'renamed');
    t.flushPersist();
    t.storage.retryPending();
    expect(open(inner).store.getState().annotations).toEqual(annotations);
  });

  it('edits made in the new layout win over the stale copy a half-finished move left behind', () => {
    const { raw } = v2Value({ a: 5 });
    const backing = createMemoryStorage();
    const t = open(backing, { now: () => Date.UTC(2026, 5, 1) });
    t.importAnnotations([record('a', 0), record('a', 1)]);
    t.updateAnnotation('a', 'a-0', { note: 'newer' });
    t.deleteAnnotation('a', 'a-1');
    t.flushPersist();
    backing.setItem(KEY, raw); // the old value is still there (a refused move, or an older tab)
    const s = open(backing).store.getState();
    expect(Object.keys(s.annotations.a).sort()).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-4']);
    expect(s.annotations.a['a-0'].note).toBe('newer');
    expect(s.annotations.a['a-1'].deleted).toBe(true);
  });
});

describe('loading in slices', () => {
  it('reads only the labels at once, then the named article first, each article in one commit', async () => {
    const { raw, annotations } = v2Value({ other: 40, open: 300 });
    const backing = createMemoryStorage({ [KEY]: raw });
    open(backing); // moves it to buckets
    let yields = 0;
    const t = open(backing, {
      load: 'sliced',
      yieldToPage: () => {
        yields++;
        return Promise.resolve();
      },
    });
    expect(t.store.getState().annotations).toEqual({});
    const commits: string[][] = [];
    t.store.subscribe((s, prev) => {
      if (s.annotations !== prev.annotations) commits.push(Object.keys(s.annotations));
    });
    await t.loadArticle('open');
    expect(commits).toEqual([['open'], ['open', 'other']]);
    expect(t.store.getState().annotations).toEqual(annotations);
    expect(yields).toBeGreaterThanOrEqual(2);
  });

  it('sorts an article into reading order in a turn of its own, between its last read and its commit', async () => {
    const { raw } = v2Value({ open: 300 });
    const backing = createMemoryStorage({ [KEY]: raw });
    open(backing);
    const events: string[] = [];
    const getItem = backing.getItem.bind(backing);
    backing.getItem = (k: string) => {
      if (k.startsWith(`${KEY}:open:`)) events.push('read');
      return getItem(k);
    };
    const t = open(backing, {
      load: 'sliced',
      yieldToPage: () => {
        events.push('yield');
        return Promise.resolve();
      },
    });
    let atCommit: string[] = [];
    t.store.subscribe((s, prev) => {
      if (s.annotations === prev.annotations) return;
      events.push('commit');
      atCommit = selectAnnotations(s, 'open').map((a) => a.id);
    });
    await t.loadArticle('open');
    const commit = events.indexOf('commit');
    // The sort runs between two turns at least (more if it needs more slices): apart from the
    // last read and from the commit.
    const between = events.slice(events.lastIndexOf('read', commit) + 1, commit);
    expect(between.length).toBeGreaterThanOrEqual(2);
    expect(new Set(between)).toEqual(new Set(['yield']));
    expect(atCommit).toEqual(Array.from({ length: 300 }, (_, i) => `open-${i}`));
    // A highlight made after the load is placed in the list built then, in order.
    const { created: _c, updated: _u, ...fields } = record('open', 150);
    const made = t.addAnnotation({ ...fields, id: 'new-one' });
    const after = selectAnnotations(t.store.getState(), 'open').map((a) => a.id);
    expect(after.indexOf(made.id)).toBe(after.indexOf('open-150') + 1);
    expect(after).toHaveLength(301);
  });

  it('a backup taken while an article is half read still holds all of it', async () => {
    const { raw, annotations } = v2Value({ x: 50, y: 50 });
    const backing = createMemoryStorage({ [KEY]: raw });
    open(backing);
    // The page's turns are held by the test: the load stops part way through its first article.
    const turns: Array<() => void> = [];
    const t = open(backing, { load: 'sliced', yieldToPage: () => new Promise<void>((go) => turns.push(go)) });
    let done = false;
    const loading = t.loadArticle('x').then(() => (done = true));
    for (let i = 0; i < 2; i++) {
      await Promise.resolve();
      turns.shift()?.();
    }
    expect(t.store.getState().annotations.x).toBeUndefined();
    t.loadAllNow();
    expect(t.store.getState().annotations).toEqual(annotations);
    for (let i = 0; i < 10_000 && !done; i++) {
      turns.shift()?.();
      await Promise.resolve();
    }
    await loading;
    expect(t.store.getState().annotations).toEqual(annotations);
  });

  it('an edit made while its article is half read keeps everything stored beside it', async () => {
    const { raw } = v2Value({ a: 300 });
    const backing = createMemoryStorage({ [KEY]: raw });
    open(backing);
    // Its id shares a bucket with stored records, so writing that bucket must not drop them.
    const id = Array.from({ length: 500 }, (_, i) => `new-${i}`).find((c) => bucketOf(c) === bucketOf('a-0'))!;
    const turns: Array<() => void> = [];
    const t = open(backing, {
      load: 'sliced',
      yieldToPage: () => new Promise<void>((go) => turns.push(go)),
      now: () => Date.UTC(2027, 0, 1),
      newId: () => id,
    });
    let done = false;
    const loading = t.loadArticle('a').then(() => (done = true));
    for (let i = 0; i < 100 && !turns.length; i++) await Promise.resolve();
    expect(t.store.getState().annotations.a).toBeUndefined();
    t.addAnnotation({ ...record('a', 999), id: undefined });
    t.flushPersist();
    for (let i = 0; i < 10_000 && !done; i++) {
      turns.shift()?.();
      await Promise.resolve();
    }
    await loading;
    expect(selectAnnotations(t.store.getState(), 'a')).toHaveLength(301);
    t.flushPersist();
    expect(selectAnnotations(open(backing).store.getState(), 'a')).toHaveLength(301);
  });

  it('an edit made before its article is read is kept, and so is everything stored', async () => {
    const { raw } = v2Value({ a: 30 });
    const backing = createMemoryStorage({ [KEY]: raw });
    open(backing);
    const t = open(backing, { load: 'sliced', yieldToPage: () => Promise.resolve(), now: () => Date.UTC(2027, 0, 1) });
    const fresh = t.addAnnotation({ ...record('a', 99), id: undefined });
    t.flushPersist();
    await t.loadArticle('a');
    expect(selectAnnotations(t.store.getState(), 'a')).toHaveLength(31);
    expect(open(backing).store.getState().annotations.a[fresh.id]).toEqual(fresh);
  });
});

describe('saving only what changed', () => {
  it('one edit among 2,000 rewrites one bucket, not the article', () => {
    const { raw } = v2Value({ a: 2000 });
    const backing = createMemoryStorage({ [KEY]: raw });
    open(backing);
    const t = open(backing);
    const setItem = vi.spyOn(backing, 'setItem');
    t.updateAnnotation('a', 'a-7', { note: 'changed' });
    t.flushPersist();
    expect(setItem.mock.calls.map(([k]) => k)).toEqual([bucketKey(KEY, 'a', bucketOf('a-7'))]);
    expect(setItem.mock.calls[0][1].length).toBeLessThan(raw.length / 20);
    expect(open(backing).store.getState().annotations.a['a-7'].note).toBe('changed');
  });
});

describe('a damaged bucket', () => {
  it('costs only its own records: reported, kept aside, the rest of the article loads', () => {
    const { raw } = v2Value({ a: 200 });
    const backing = createMemoryStorage({ [KEY]: raw });
    open(backing);
    const [damagedKey, ...rest] = bucketsOf(backing, 'a');
    const lost = Object.keys(JSON.parse(backing.getItem(damagedKey)!).state.annotations.a).length;
    backing.setItem(damagedKey, '{"state":{"annotations":{"a":');
    const t = open(backing);
    expect(t.store.getState().loadProblems.join()).toMatch(/not valid JSON/);
    expect(Object.keys(t.store.getState().annotations.a)).toHaveLength(200 - lost);
    expect(t.storage.getStatus().kept).toEqual([
      expect.objectContaining({ source: damagedKey, savedIn: 'local', reason: 'corrupt' }),
    ]);
    expect(backing.getItem(t.storage.getStatus().kept[0].key)).toBe('{"state":{"annotations":{"a":');
    expect(rest.length).toBeGreaterThan(0);
  });
});
