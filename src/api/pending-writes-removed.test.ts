/**
 * The unload guard asks only while leaving would lose a text the reader wants kept: an article
 * removed while its write was still pending is no longer such a text (what the write stored is
 * deleted again once it lands), so leaving must not be questioned for it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pastedArticle, silentIndexedDb } from './unanswered-storage-fixture';

const article = pastedArticle('The ferry company said on Monday that the crossing would reopen.', 'Ferry crossing');
const other = pastedArticle('Harbour pilots in Leith stopped work on Tuesday, their association said.', 'Leith');

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a text write pending when its article is removed', () => {
  it('is no longer pending; a write of another article still is', async () => {
    vi.stubGlobal('indexedDB', silentIndexedDb);
    vi.useFakeTimers();
    const { forgetArticle, saveArticle } = await import('./article-storage');
    const { writesPending } = await import('./pending-writes');
    void saveArticle(article);
    void saveArticle(other);
    await vi.advanceTimersByTimeAsync(10);
    expect(writesPending()).toBe(2);
    // Storage never answers the removal either: the guard must not wait on it.
    void forgetArticle(article.id);
    expect(writesPending()).toBe(1);
    void forgetArticle(other.id);
    expect(writesPending()).toBe(0);
  });
});
