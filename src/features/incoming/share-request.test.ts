// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps what it took for the page's life: each test loads it afresh.
async function fresh() {
  vi.resetModules();
  return import('./share-request');
}

describe('the share the page was opened with', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/');
  });

  it('is taken off the address at once, the address becoming the library', async () => {
    history.replaceState(null, '', '/?url=https%3A%2F%2Fnews.example.org%2Fferry&title=Ferry');
    const { claimShareAddress, takeShareRequest } = await fresh();
    claimShareAddress();
    expect(location.search).toBe('');
    expect(location.hash).toBe('#/library');
    expect(takeShareRequest()).toEqual({ kind: 'url', url: 'https://news.example.org/ferry', title: 'Ferry' });
  });

  it('is handed over once only', async () => {
    history.replaceState(null, '', '/?text=Some+shared+words');
    const { takeShareRequest } = await fresh();
    expect(takeShareRequest()).toEqual({ kind: 'text', title: '', text: 'Some shared words' });
    expect(takeShareRequest()).toBeNull();
  });

  it('leaves an ordinary visit, its query and its fragment alone', async () => {
    history.replaceState(null, '', '/?utm_source=x#/read/abc');
    const { takeShareRequest } = await fresh();
    expect(takeShareRequest()).toBeNull();
    expect(location.search).toBe('?utm_source=x');
    expect(location.hash).toBe('#/read/abc');
  });
});
