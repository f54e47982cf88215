/**
 * A backup made while IndexedDB never answers (another tab's upgrade holds it, a stalled disk):
 * the article texts cannot be read, and a backup without them would look complete to the reader,
 * who may then clear the browser's data trusting it. It is refused, naming what could not be read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { metaOf } from '../model/article';
import { useLibraryStore, rememberArticleMeta } from '../store/library';
import { pastedArticle, silentIndexedDb } from './unanswered-storage-fixture';

const article = pastedArticle(
  'Ferry crews on the Orkney route walked out on Friday, the union said.',
  'Orkney ferries',
);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  useLibraryStore.setState({ articles: [], lastOpened: {}, sessionOnly: [] });
});

describe('a backup while browser storage does not answer', () => {
  it('is refused with the articles it could not read, instead of leaving them out silently', async () => {
    vi.stubGlobal('indexedDB', silentIndexedDb);
    vi.useFakeTimers();
    const { buildBackup } = await import('./backup');
    rememberArticleMeta(metaOf(article));
    const made = buildBackup();
    const outcome = made.then(
      (json) => ({ json }),
      (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
    );
    await vi.advanceTimersByTimeAsync(7000);
    const result = await outcome;
    expect(result).toHaveProperty('error');
    expect('error' in result && result.error).toMatch(/did not answer/);
    expect('error' in result && result.error).toContain('Orkney ferries');
  });
});
