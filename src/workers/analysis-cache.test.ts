import { describe, expect, it } from 'vitest';
import type { Analysis } from '../engine/types';
import { contentHash } from '../lib/content-hash';
import { createAnalysisCache, type AnalysisCacheStore } from './analysis-cache';
import { AnalysisReceiver, analysisReplies, type CompactAnalysis } from './analysis-protocol';
import { unpackCompact, type PackedCompact } from './compact-stored';

const TEXT = 'Ada Lovelace met Charles Babbage in London. "It works," she said.';

/** A small analysis of TEXT whose spans are the text's own slices. */
function analysisOf(text: string): Analysis {
  const span = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  return {
    version: 2,
    mentions: [
      { id: 'm1', type: 'person', ...span('Ada Lovelace'), entityId: 'e1', why: 'model' },
      { id: 'm2', type: 'place', ...span('London'), entityId: 'e2', why: 'gazetteer' },
    ],
    entities: [
      { id: 'e1', type: 'person', name: 'Ada Lovelace', aliases: [], roles: [], mentionIds: ['m1'] },
      { id: 'e2', type: 'place', name: 'London', aliases: [], roles: [], mentionIds: ['m2'] },
    ],
    claims: [
      {
        id: 'c1',
        ...span('"It works," she said.'),
        content: span('It works,'),
        cue: span('said'),
        kind: 'direct',
        direct: true,
        hedged: false,
        speaker: { ...span('she'), name: 'Ada Lovelace', entityId: 'e1' },
        why: ['cue'],
      },
    ],
  } as Analysis;
}

/** The analysis of `text` as the page receives it from the worker, in parts of `partItems`. */
function compactOf(text: string, partItems?: number): CompactAnalysis {
  const receiver = new AnalysisReceiver(text);
  for (const { reply } of analysisReplies(1, analysisOf(text), text, partItems)) {
    if (reply.type === 'part') receiver.part(reply.part);
    if (reply.type === 'done') receiver.done(reply.rest, reply.parts);
  }
  return receiver.compact()!;
}

type Fault = 'get' | 'set' | 'update' | 'del' | 'keys';

/** An in-memory store with the faults a browser's IndexedDB can show, on demand. */
function fakeStore() {
  const data = new Map<string, unknown>();
  const faults = new Set<Fault>();
  const fail = (op: Fault) => {
    if (!faults.has(op)) return;
    throw op === 'get' ? new DOMException('The database is closing', 'InvalidStateError') : quota();
  };
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const store: AnalysisCacheStore = {
    get: async (k) => (fail('get'), structuredClone(data.get(k))),
    set: async (k, v) => (fail('set'), void data.set(k, structuredClone(v))),
    del: async (k) => (fail('del'), void data.delete(k)),
    keys: async () => (fail('keys'), [...data.keys()]),
    update: async (k, fn) => (fail('update'), void data.set(k, fn(data.get(k)))),
    // One step each, as one IndexedDB transaction is: no other call runs in between.
    setUnless: async (k, v, blocker) => {
      fail('set');
      if (data.has(blocker)) return false;
      data.set(k, structuredClone(v));
      return true;
    },
    setAndDelete: async (k, v, doomed) => {
      fail('set');
      data.set(k, structuredClone(v));
      [...data.keys()].filter(doomed).forEach((key) => data.delete(key));
    },
    deleteOlder: async (prefix, before) => {
      fail('del');
      for (const [key, value] of data) {
        if (key.startsWith(prefix) && typeof value === 'number' && value < before) data.delete(key);
      }
    },
  };
  return { data, faults, store, entryKeys: () => [...data.keys()].filter((k) => k.startsWith('a:')) };
}

describe('analysis cache', () => {
  it('misses on a text never stored, then hits with an equal analysis once stored', async () => {
    const { store } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1' });
    expect(await cache.read(TEXT)).toBeNull();
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(true);
    expect(await cache.read(TEXT)).toEqual(analysisOf(TEXT));
    // Another text, even one differing in a single character, is a miss.
    expect(await cache.read(TEXT.replace('Ada', 'Ida'))).toBeNull();
  });

  it('never reads what another engine stored, and evicts it when the new engine stores', async () => {
    const { store, entryKeys } = fakeStore();
    await createAnalysisCache(() => store, { stamp: 'old' }).write(TEXT, analysisOf(TEXT));
    const bumped = createAnalysisCache(() => store, { stamp: 'new' });
    expect(await bumped.read(TEXT)).toBeNull();
    expect(entryKeys()).toHaveLength(1);
    const other = 'Grace Hopper spoke in Boston.';
    await bumped.write(other, { version: 2, mentions: [], entities: [], claims: [] });
    expect(entryKeys()).toEqual([expect.stringContaining(':new:')]);
  });

  it.each<[string, (entry: Record<string, unknown>) => void]>([
    ['not an object', (e) => Object.assign(e, { analysis: 'oops' })],
    ['a span outside the text', (e) => ((e.analysis as Analysis).mentions[0].end = 10_000)],
    [
      'a span whose text is not the slice',
      (e) => ((e.analysis as Analysis).mentions[0].text = '<img src=x onerror=alert(1)>'),
    ],
    ['a mention of an unknown entity', (e) => ((e.analysis as Analysis).mentions[1].entityId = 'e9')],
    ['a claim kind unknown', (e) => (((e.analysis as Analysis).claims[0] as { kind: string }).kind = 'rumour')],
    ['a missing list', (e) => delete (e.analysis as Partial<Analysis>).claims],
    ['another analysis version', (e) => ((e.analysis as { version: number }).version = 1)],
    ['another text hash', (e) => (e.hash = '0000000000000000')],
  ])('ignores and drops a damaged entry (%s), and stores the fresh one after it', async (_, damage) => {
    const { store, data, entryKeys } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1' });
    await cache.write(TEXT, analysisOf(TEXT));
    const [key] = entryKeys();
    damage(data.get(key) as Record<string, unknown>);
    expect(await cache.read(TEXT)).toBeNull();
    expect(data.has(key)).toBe(false);
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(true);
    expect(await cache.read(TEXT)).toEqual(analysisOf(TEXT));
  });

  it('an entry that is not even an object is a miss, not an error', async () => {
    const { store, data } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1' });
    await cache.write(TEXT, analysisOf(TEXT));
    const [key] = [...data.keys()].filter((k) => k.startsWith('a:'));
    data.set(key, null);
    expect(await cache.read(TEXT)).toBeNull();
  });

  it('a full disk (QuotaExceededError) stores nothing and leaves no half entry', async () => {
    const { store, faults, entryKeys } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1' });
    faults.add('update');
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(false);
    expect(entryKeys()).toEqual([]);
    faults.clear();
    faults.add('set');
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(false);
    expect(await cache.read(TEXT)).toBeNull();
  });

  it('IndexedDB refused or missing: every read misses and every write is declined, without throwing', async () => {
    const cache = createAnalysisCache(
      () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
      { stamp: 'v1' },
    );
    expect(cache.mayHold(TEXT)).toBe(false);
    expect(await cache.read(TEXT)).toBeNull();
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(false);
    await expect(cache.forget(contentHash(TEXT))).resolves.toBeUndefined();
  });

  it('a store whose every call throws at once (a database refused on first use) neither reads nor throws', async () => {
    const refuse = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    const cache = createAnalysisCache(
      () => ({
        get: refuse,
        set: refuse,
        del: refuse,
        keys: refuse,
        update: refuse,
        setUnless: refuse,
        setAndDelete: refuse,
        deleteOlder: refuse,
      }),
      { stamp: 'v1' },
    );
    expect(await cache.read(TEXT)).toBeNull();
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(false);
  });

  it('a read that fails or hangs is a miss', async () => {
    const { store, faults } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1', readTimeoutMs: 20 });
    await cache.write(TEXT, analysisOf(TEXT));
    faults.add('get');
    expect(await cache.read(TEXT)).toBeNull();
    faults.clear();
    const hanging = createAnalysisCache(() => ({ ...store, get: () => new Promise(() => {}) }), {
      stamp: 'v1',
      readTimeoutMs: 20,
    });
    expect(await hanging.read(TEXT)).toBeNull();
  });

  it('keeps at most maxEntries and maxChars, evicting the least recently read', async () => {
    const { store, entryKeys } = fakeStore();
    let clock = 0;
    const cache = createAnalysisCache(() => store, { stamp: 'v1', maxEntries: 3, now: () => ++clock });
    const texts = ['One text.', 'Two texts.', 'Three texts.', 'Four texts.'];
    const empty: Analysis = { version: 2, mentions: [], entities: [], claims: [] };
    for (const t of texts.slice(0, 3)) await cache.write(t, empty);
    expect(await cache.read(texts[0])).toEqual(empty); // read: now the most recent
    await new Promise((r) => setTimeout(r, 0)); // its index touch
    await cache.write(texts[3], empty);
    expect(entryKeys()).toHaveLength(3);
    expect(await cache.read(texts[1])).toBeNull(); // the least recently used went
    expect(await cache.read(texts[0])).toEqual(empty);

    const bySize = createAnalysisCache(() => store, { stamp: 'v2', maxChars: 25, now: () => ++clock });
    await bySize.write('A'.repeat(20), empty);
    await bySize.write('B'.repeat(20), empty);
    expect(await bySize.read('A'.repeat(20))).toBeNull();
    expect(await bySize.read('B'.repeat(20))).toEqual(empty);
  });

  it('does not keep texts over maxCompactChars', async () => {
    const { store, entryKeys } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1', maxTextChars: 10, maxCompactChars: 20 });
    expect(cache.mayHold(TEXT)).toBe(false);
    expect(await cache.write(TEXT, analysisOf(TEXT), compactOf(TEXT))).toBe(false);
    expect(entryKeys()).toEqual([]);
  });

  it('keeps a text over maxTextChars in the compact form only, and reads it back in steps', async () => {
    const { data, store, entryKeys } = fakeStore();
    let pauses = 0;
    const pause = async () => void pauses++;
    const cache = createAnalysisCache(() => store, { stamp: 'v1', maxTextChars: 10, pause });
    expect(cache.mayHold(TEXT)).toBe(true);
    expect(cache.keepsCompact(TEXT)).toBe(true);
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(false); // no compact form: not kept
    expect(entryKeys()).toEqual([]);
    expect(await cache.write(TEXT, analysisOf(TEXT), compactOf(TEXT, 1))).toBe(true);
    const [key] = entryKeys();
    expect((data.get(key) as { compact?: boolean }).compact).toBe(true);
    expect(await cache.read(TEXT)).toStrictEqual(analysisOf(TEXT));
    expect(pauses).toBeGreaterThanOrEqual(3); // a step per part (two mentions, then the rest) and the check
  });

  it("keeps a compact entry's numbers in one Blob, not in the entry (a handle, not 1.4 MB to copy in the read's task)", async () => {
    const { data, store, entryKeys } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1', maxTextChars: 10 });
    const compact = compactOf(TEXT, 1);
    expect(await cache.write(TEXT, analysisOf(TEXT), compact)).toBe(true);
    const stored = (data.get(entryKeys()[0]) as { analysis: PackedCompact }).analysis;
    expect(stored.numbers).toBeInstanceOf(Blob);
    const numbers = compact.parts.reduce((n, p) => n + p.ints.length + p.lists.length, 0);
    expect(stored.numbers.size).toBe(numbers * 4);
    for (const part of stored.parts) expect([typeof part.ints, typeof part.lists]).toEqual(['number', 'number']);
    expect(await cache.read(TEXT)).toStrictEqual(analysisOf(TEXT));
  });

  it('reads a compact entry stored before the numbers went into a Blob (numbers inline)', async () => {
    const { data, store, entryKeys } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1', maxTextChars: 10 });
    await cache.write(TEXT, analysisOf(TEXT), compactOf(TEXT, 1));
    const [key] = entryKeys();
    const entry = data.get(key) as object;
    data.set(key, { ...entry, analysis: compactOf(TEXT, 1) });
    expect(await cache.read(TEXT)).toStrictEqual(analysisOf(TEXT));
  });

  it('a store that refuses Blobs (a private window) keeps the compact entry with its numbers inline', async () => {
    const { data, store, entryKeys } = fakeStore();
    const refusesBlobs: AnalysisCacheStore = {
      ...store,
      setUnless: async (k, v, blocker) => {
        const analysis = (v as { analysis?: { numbers?: unknown } }).analysis;
        if (analysis?.numbers instanceof Blob) throw new DOMException('Blobs are not supported', 'DataError');
        return store.setUnless(k, v, blocker);
      },
    };
    const cache = createAnalysisCache(() => refusesBlobs, { stamp: 'v1', maxTextChars: 10 });
    expect(await cache.write(TEXT, analysisOf(TEXT), compactOf(TEXT, 1))).toBe(true);
    const stored = (data.get(entryKeys()[0]) as { analysis: { parts: Array<{ ints: unknown }> } }).analysis;
    expect(stored.parts[0].ints).toBeInstanceOf(Int32Array);
    expect(await cache.read(TEXT)).toStrictEqual(analysisOf(TEXT));
  });

  it('a compact entry whose Blob is not read in time is a miss, and is kept (slow, not damaged)', async () => {
    const { data, store, entryKeys } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1', maxTextChars: 10, readTimeoutMs: 20 });
    await cache.write(TEXT, analysisOf(TEXT), compactOf(TEXT, 1));
    const [key] = entryKeys();
    const entry = data.get(key) as { analysis: PackedCompact };
    class StalledBlob extends Blob {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return new Promise(() => {});
      }
    }
    const stalled = new StalledBlob([await entry.analysis.numbers.arrayBuffer()]);
    const slow: AnalysisCacheStore = {
      ...store,
      get: async (k) => (k === key ? { ...entry, analysis: { ...entry.analysis, numbers: stalled } } : store.get(k)),
    };
    expect(
      await createAnalysisCache(() => slow, { stamp: 'v1', maxTextChars: 10, readTimeoutMs: 20 }).read(TEXT),
    ).toBeNull();
    expect(entryKeys()).toEqual([key]);
    expect(await cache.read(TEXT)).toStrictEqual(analysisOf(TEXT));
  });

  it('a damaged compact entry, or one in the other form, is a miss and is deleted', async () => {
    const long = { stamp: 'v1', maxTextChars: 10 };
    const damaged: Array<(c: CompactAnalysis) => unknown> = [
      (c) => ({ ...c, parts: [{ ...c.parts[0], ints: c.parts[0].ints.subarray(1) }, ...c.parts.slice(1)] }),
      (c) => ({ ...c, parts: c.parts.map((p) => ({ ...p, lists: new Int32Array([1e9]) })) }),
      (c) => ({ ...c, parts: c.parts.map((p) => ({ ...p, ints: p.ints.map((n) => (n >= 0 ? n + 3 : n)) })) }),
      (c) => ({ ...c, rest: { version: 1 } }),
      (c) => ({ rest: c.rest }),
      (c) => ({ ...c, rest: [c.rest] }), // a list where the record belongs
      () => analysisOf(TEXT), // the plain form where the compact one belongs
    ];
    for (const damage of damaged) {
      const { data, store, entryKeys } = fakeStore();
      const cache = createAnalysisCache(() => store, long);
      await cache.write(TEXT, analysisOf(TEXT), compactOf(TEXT));
      const [key] = entryKeys();
      const entry = data.get(key) as { analysis: unknown };
      // Damaged in the form the numbers are decoded from (the older form, inline, is read as well).
      data.set(key, { ...entry, analysis: damage((await unpackCompact(entry.analysis)) as CompactAnalysis) });
      expect(await cache.read(TEXT)).toBeNull();
      expect(entryKeys()).toEqual([]);
    }
    // The stored form's own damage: counts that do not add up to the numbers' Blob, a count that is no count.
    const packedDamage: Array<(p: PackedCompact) => unknown> = [
      (p) => ({ ...p, parts: p.parts.map((x, i) => (i ? x : { ...x, ints: x.ints + 1 })) }),
      (p) => ({ ...p, numbers: p.numbers.slice(4) }),
      (p) => ({ ...p, parts: p.parts.map((x) => ({ ...x, lists: -1 })) }),
      (p) => ({ ...p, parts: p.parts.map((x) => ({ ...x, ints: 'many' })) }),
      (p) => ({ ...p, parts: 'none' }),
    ];
    for (const damage of packedDamage) {
      const { data, store, entryKeys } = fakeStore();
      const cache = createAnalysisCache(() => store, long);
      await cache.write(TEXT, analysisOf(TEXT), compactOf(TEXT));
      const [key] = entryKeys();
      const entry = data.get(key) as { analysis: PackedCompact };
      data.set(key, { ...entry, analysis: damage(entry.analysis) });
      expect(await cache.read(TEXT)).toBeNull();
      expect(entryKeys()).toEqual([]);
    }
    // A compact entry where the plain form belongs (a text short enough for it).
    const { data, store, entryKeys } = fakeStore();
    await createAnalysisCache(() => store, long).write(TEXT, analysisOf(TEXT), compactOf(TEXT));
    const [key] = entryKeys();
    const plain = createAnalysisCache(() => store, { stamp: 'v1' });
    expect(data.has(key)).toBe(true);
    expect(await plain.read(TEXT)).toBeNull();
    expect(entryKeys()).toEqual([]);
  });

  it("forgets every stored analysis of a removed article, any engine's, and keeps none that arrives later", async () => {
    const { data, store, entryKeys } = fakeStore();
    const other = 'Grace Hopper spoke in Boston.';
    const empty: Analysis = { version: 2, mentions: [], entities: [], claims: [] };
    await createAnalysisCache(() => store, { stamp: 'old' }).write(TEXT, analysisOf(TEXT));
    const cache = createAnalysisCache(() => store, { stamp: 'new' });
    await cache.write(TEXT, analysisOf(TEXT));
    await cache.write(other, empty);
    // One entry the index lost track of (its index update failed): found by its key all the same.
    data.set(`a:older:${contentHash(TEXT)}:${TEXT.length}`, { analysis: analysisOf(TEXT) });
    await cache.forget(contentHash(TEXT));
    expect(entryKeys()).toEqual([expect.stringContaining(contentHash(other))]);
    expect(JSON.stringify(data.get('index'))).not.toContain(contentHash(TEXT));
    expect(await cache.read(TEXT)).toBeNull();
    expect(await cache.read(other)).toEqual(empty);
    // The analysis of the removed article finishing afterwards (the idle-time write) is not kept.
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(false);
    expect(entryKeys()).toHaveLength(1);
  });

  it("another tab's analysis of an article removed here is not stored, whichever finishes first", async () => {
    const { store, entryKeys } = fakeStore();
    const here = createAnalysisCache(() => store, { stamp: 'v1' });
    const there = createAnalysisCache(() => store, { stamp: 'v1' });
    // The other tab stored first: the removal deletes it.
    await there.write(TEXT, analysisOf(TEXT));
    await here.forget(contentHash(TEXT));
    expect(entryKeys()).toEqual([]);
    // The other tab's analysis finishes after the removal: it is refused, there as here.
    expect(await there.write(TEXT, analysisOf(TEXT))).toBe(false);
    expect(await here.write(TEXT, analysisOf(TEXT))).toBe(false);
    expect(entryKeys()).toEqual([]);
    // Another article is stored as ever.
    expect(
      await there.write('Grace Hopper spoke in Boston.', { version: 2, mentions: [], entities: [], claims: [] }),
    ).toBe(true);
  });

  it('an article removed then opened again (in either tab) is stored again, without a reload', async () => {
    const { store, entryKeys } = fakeStore();
    const here = createAnalysisCache(() => store, { stamp: 'v1' });
    const there = createAnalysisCache(() => store, { stamp: 'v1' });
    await here.write(TEXT, analysisOf(TEXT));
    await here.forget(contentHash(TEXT));
    await here.allow(contentHash(TEXT));
    expect(await here.write(TEXT, analysisOf(TEXT))).toBe(true);
    expect(await there.read(TEXT)).toEqual(analysisOf(TEXT));
    await there.forget(contentHash(TEXT));
    await there.allow(contentHash(TEXT));
    expect(await there.write(TEXT, analysisOf(TEXT))).toBe(true);
    expect(entryKeys()).toHaveLength(1);
  });

  it("clearing the cache for space keeps the removed articles' tombstones", async () => {
    const { store, entryKeys } = fakeStore();
    const here = createAnalysisCache(() => store, { stamp: 'v1' });
    const there = createAnalysisCache(() => store, { stamp: 'v1' });
    await here.forget(contentHash(TEXT));
    await there.write('Grace Hopper spoke in Boston.', { version: 2, mentions: [], entities: [], claims: [] });
    expect(await here.clear()).toBe(true);
    expect(await there.write(TEXT, analysisOf(TEXT))).toBe(false);
    expect(entryKeys()).toEqual([]);
  });

  it('a removal deletes the tombstones older than their life, and keeps the recent ones', async () => {
    const { store, data } = fakeStore();
    let time = 0;
    const cache = createAnalysisCache(() => store, { stamp: 'v1', tombstoneLifeMs: 1000, now: () => time });
    const other = 'Grace Hopper spoke in Boston.';
    await cache.forget(contentHash(TEXT));
    time = 600;
    await cache.forget(contentHash(other));
    time = 1500; // TEXT's tombstone is past its life; the other's is not
    await cache.forget('third');
    expect([...data.keys()].filter((k) => k.startsWith('gone:')).sort()).toEqual(
      [`gone:${contentHash(other)}`, 'gone:third'].sort(),
    );
    // A tombstone still young keeps blocking, from a fresh tab too.
    const there = createAnalysisCache(() => store, { stamp: 'v1', tombstoneLifeMs: 1000, now: () => time });
    expect(await there.write(other, { version: 2, mentions: [], entities: [], claims: [] })).toBe(false);
  });

  it('with no room for the tombstone, the removal still deletes every entry of the article', async () => {
    const { store, faults, entryKeys } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1' });
    await cache.write(TEXT, analysisOf(TEXT));
    faults.add('set');
    await cache.forget(contentHash(TEXT));
    expect(entryKeys()).toEqual([]);
    faults.clear();
    expect(await cache.write(TEXT, analysisOf(TEXT))).toBe(false); // this tab remembers
  });

  it('forgetting with storage failing neither throws nor blocks', async () => {
    const { store, faults } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1' });
    await cache.write(TEXT, analysisOf(TEXT));
    faults.add('keys').add('del').add('update').add('set');
    await expect(cache.forget(contentHash(TEXT))).resolves.toBeUndefined();
    await expect(cache.allow(contentHash(TEXT))).resolves.toBeUndefined();
  });

  it('clears every stored analysis to free space for the reader, and says whether anything went', async () => {
    const { store, entryKeys, faults } = fakeStore();
    const cache = createAnalysisCache(() => store, { stamp: 'v1' });
    expect(await cache.clear()).toBe(false);
    await cache.write(TEXT, analysisOf(TEXT));
    expect(entryKeys()).toHaveLength(1);
    expect(await cache.clear()).toBe(true);
    expect(entryKeys()).toEqual([]);
    expect(await cache.read(TEXT)).toBeNull();
    await cache.write(TEXT, analysisOf(TEXT));
    faults.add('del');
    expect(await cache.clear()).toBe(false);
  });
});
