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
