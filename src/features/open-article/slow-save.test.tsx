// @vitest-environment happy-dom
/**
 * Fault injection: the article text's write to IndexedDB is delayed past the 6 s the open waits
 * for it (a slow disk). The notice must say saving is slow while the write is pending, then that
 * the text is saved once it lands, and say "kept only in this tab" only when the write truly fails.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pastedArticle } from '../../api/unanswered-storage-fixture';
import { useLibraryStore } from '../../store/library';
import { useNoticesStore } from '../../store/notices';
import { useAcceptArticle } from './use-open-article';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** How the next article write ends, and after how long. */
const write = vi.hoisted(() => ({ ms: 0, fails: false }));

vi.mock('idb-keyval', () => {
  const delayed = <T,>(value: T) =>
    new Promise<T>((resolve, reject) =>
      setTimeout(
        () => (write.fails ? reject(new DOMException('Disk error', 'UnknownError')) : resolve(value)),
        write.ms,
      ),
    );
  return {
    createStore: (db: string, name: string) => ({ db, name }),
    get: () => Promise.resolve(undefined),
    set: (_key: string, _value: unknown, store?: { name: string }) =>
      store?.name === 'articles' ? delayed(undefined) : Promise.resolve(),
    del: () => Promise.resolve(),
    keys: () => Promise.resolve([]),
    update: () => Promise.resolve(),
    promisifyRequest: () => Promise.resolve(),
  };
});

const article = pastedArticle('Tram drivers in Croydon stopped work on Monday, their union said.', 'Croydon trams');

const SLOW = /Browser storage is slow: this article’s text is still being saved/;
const SESSION_ONLY = /so it was not saved: it stays open until you close the tab/;
const messages = () => useNoticesStore.getState().notices.map((n) => n.message);

async function acceptWithWriteTaking(ms: number, fails = false) {
  Object.assign(write, { ms, fails });
  let accept: ReturnType<typeof useAcceptArticle> | undefined;
  function Probe() {
    accept = useAcceptArticle();
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() =>
    root.render(
      <QueryClientProvider client={new QueryClient()}>
        <Probe />
      </QueryClientProvider>,
    ),
  );
  const opened = accept!({ ok: true, article });
  return { opened, unmount: () => act(() => root.unmount()) };
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', {});
  vi.useFakeTimers();
  useNoticesStore.setState({ notices: [] });
  useLibraryStore.setState({ articles: [], lastOpened: {}, sessionOnly: [], savingSlowly: [] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('opening an article while its text takes long to save', () => {
  it('says saving is slow while the write is pending, then that it is saved when it lands', async () => {
    const { opened, unmount } = await acceptWithWriteTaking(9000);
    await vi.advanceTimersByTimeAsync(6500);
    expect(await opened).toBe(true);
    expect(messages()).toEqual([expect.stringMatching(SLOW)]);
    expect(useLibraryStore.getState()).toMatchObject({ sessionOnly: [article.id], savingSlowly: [article.id] });

    await vi.advanceTimersByTimeAsync(3000);
    expect(messages()).toEqual(['“Croydon trams” is saved now.']);
    expect(useLibraryStore.getState()).toMatchObject({ sessionOnly: [], savingSlowly: [] });
    unmount();
  });

  it('says the text is kept only in this tab when the slow write fails after all', async () => {
    const { opened, unmount } = await acceptWithWriteTaking(9000, true);
    await vi.advanceTimersByTimeAsync(6500);
    expect(await opened).toBe(true);
    expect(messages()).toEqual([expect.stringMatching(SLOW)]);

    await vi.advanceTimersByTimeAsync(20_000);
    expect(messages()).toEqual([expect.stringMatching(SESSION_ONLY)]);
    expect(useLibraryStore.getState()).toMatchObject({ sessionOnly: [article.id], savingSlowly: [] });
    unmount();
  });

  it('a write that lands within the wait says nothing and is saved', async () => {
    const { opened, unmount } = await acceptWithWriteTaking(2000);
    await vi.advanceTimersByTimeAsync(2500);
    expect(await opened).toBe(true);
    expect(messages()).toEqual([]);
    expect(useLibraryStore.getState()).toMatchObject({ sessionOnly: [], savingSlowly: [] });
    unmount();
  });
});
