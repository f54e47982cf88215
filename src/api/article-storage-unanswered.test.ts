/**
 * Saving a text while IndexedDB never answers (another tab's upgrade holds it, a stalled disk):
 * the open must go on with the session's copy, not wait for ever (the paste never opened).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentHash } from '../lib/content-hash';
import type { Article } from '../model/article';

const text = 'Harbour pilots in Leith stopped work on Tuesday, their association said.';
const article: Article = {
  id: contentHash(text),
  title: 'Leith pilots',
  origin: { kind: 'paste' },
  addedAt: '2026-02-01T10:00:00.000Z',
  text,
};

/** An IndexedDB whose open is never answered: no success, no error, no blocked event. */
const silentIndexedDb = { open: () => ({}) as IDBOpenDBRequest };

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('saving a text while browser storage does not answer', () => {
  it('settles as kept for the session, and the text reads back from there', async () => {
    vi.stubGlobal('indexedDB', silentIndexedDb);
    vi.useFakeTimers();
    const { readArticle, saveArticle } = await import('./article-storage');
    let where: string | undefined;
    void saveArticle(article).then((w) => (where = w));
    await vi.advanceTimersByTimeAsync(7000);
    expect(where).toBe('memory');
    const reading = readArticle(article.id);
    await vi.advanceTimersByTimeAsync(7000);
    expect(await reading).toEqual({ ok: article });
  });
});
