/**
 * A long text goes into IndexedDB as a Blob and comes back as the article (stored-text.ts), through
 * the article storage itself, over a stand-in for idb-keyval that keeps what it is given: a store
 * that refuses Blobs still keeps the text, and a Blob that cannot be read is a damaged copy, never
 * "no saved copy".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOB_TEXT_FROM } from './stored-text';
import { pastedArticle } from './unanswered-storage-fixture';

const kept = new Map<IDBValidKey, unknown>();
let refuseBlobs = false;

vi.mock('idb-keyval', () => ({
  createStore: () => 'store',
  get: (key: IDBValidKey) => Promise.resolve(kept.get(key)),
  set: (key: IDBValidKey, value: unknown) => {
    const text = (value as { text?: unknown }).text;
    if (refuseBlobs && text instanceof Blob) return Promise.reject(new DOMException('no Blobs here', 'DataCloneError'));
    kept.set(key, value);
    return Promise.resolve();
  },
  del: (key: IDBValidKey) => Promise.resolve(void kept.delete(key)),
  keys: () => Promise.resolve([...kept.keys()]),
  update: () => Promise.resolve(),
  promisifyRequest: () => Promise.resolve(),
}));

const long = pastedArticle('Dock workers in Leith — «grève» — voted again. '.repeat(BLOB_TEXT_FROM / 40), 'Leith dock');
const short = pastedArticle('Harbour pilots in Leith stopped work on Tuesday.', 'Leith pilots');

beforeEach(() => {
  vi.stubGlobal('indexedDB', {});
  kept.clear();
  refuseBlobs = false;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('article texts in IndexedDB', () => {
  it('keeps a long text as a Blob and reads the article back whole', async () => {
    const { readArticle, saveArticle } = await import('./article-storage');
    expect(long.text.length).toBeGreaterThanOrEqual(BLOB_TEXT_FROM);
    expect(await saveArticle(long)).toBe('saved');
    expect((kept.get(long.id) as { text: unknown }).text).toBeInstanceOf(Blob);
    expect(await readArticle(long.id)).toEqual({ ok: long });
  });

  it('keeps a short text as a string, as before', async () => {
    const { readArticle, saveArticle } = await import('./article-storage');
    expect(await saveArticle(short)).toBe('saved');
    expect(kept.get(short.id)).toEqual(short);
    expect(await readArticle(short.id)).toEqual({ ok: short });
  });

  it('reads a long text kept as a string (by an earlier version) as it always did', async () => {
    const { readArticle } = await import('./article-storage');
    kept.set(long.id, { ...long });
    expect(await readArticle(long.id)).toEqual({ ok: long });
  });

  it('keeps the plain record when the store refuses Blobs', async () => {
    refuseBlobs = true;
    const { readArticle, saveArticle } = await import('./article-storage');
    expect(await saveArticle(long)).toBe('saved');
    expect(kept.get(long.id)).toEqual(long);
    expect(await readArticle(long.id)).toEqual({ ok: long });
  });

  it('calls a copy whose Blob cannot be read damaged, and one with other bytes too', async () => {
    const { readArticle } = await import('./article-storage');
    const unreadable = new Blob(['x']);
    unreadable.slice = () => {
      const broken = new Blob(['x']);
      broken.arrayBuffer = () => Promise.reject(new DOMException('file gone', 'NotReadableError'));
      return broken;
    };
    kept.set(long.id, { ...long, text: unreadable });
    expect(await readArticle(long.id)).toEqual({
      error: 'The saved copy of this article is damaged (its text could not be read).',
    });
    kept.set(long.id, { ...long, text: new Blob([long.text.replace('Leith', 'Leeds')]) });
    expect(await readArticle(long.id)).toMatchObject({ error: expect.stringContaining('does not match its id') });
  });
});
