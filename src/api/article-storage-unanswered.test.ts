/**
 * Saving a text while IndexedDB never answers (another tab's upgrade holds it, a stalled disk):
 * the open must go on with the session's copy, not wait for ever (the paste never opened).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pastedArticle, silentIndexedDb } from './unanswered-storage-fixture';

const article = pastedArticle(
  'Harbour pilots in Leith stopped work on Tuesday, their association said.',
  'Leith pilots',
);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('saving a text while browser storage does not answer', () => {
  it('settles as still saving (kept for the session meanwhile), and the text reads back from there', async () => {
    vi.stubGlobal('indexedDB', silentIndexedDb);
    vi.useFakeTimers();
    const { readArticle, saveArticle } = await import('./article-storage');
    let where: Awaited<ReturnType<typeof saveArticle>> | undefined;
    void saveArticle(article).then((w) => (where = w));
    await vi.advanceTimersByTimeAsync(7000);
    expect(where).toMatchObject({ slow: true });
    let landed: string | undefined;
    if (typeof where === 'object') void where.landed.then((w) => (landed = w));
    await vi.advanceTimersByTimeAsync(60_000);
    // Never answered: still pending, neither "saved" nor "refused".
    expect(landed).toBeUndefined();
    const reading = readArticle(article.id);
    await vi.advanceTimersByTimeAsync(7000);
    expect(await reading).toEqual({ ok: article });
  });
});
