// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLED_ATTR } from './app-requests';
import { stylesheetsReady } from './stylesheets-ready';

let doc: Document;
beforeEach(() => {
  doc = document.implementation.createHTMLDocument('');
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** A linked stylesheet that has not loaded (no `sheet`; no address, so the test environment fetches nothing). */
const link = () => {
  const el = doc.createElement('link');
  el.rel = 'stylesheet';
  doc.head.append(el);
  return el;
};

const settledAfter = async (ready: Promise<void>, ms: number) => {
  let settled = false;
  void ready.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
};

describe('stylesheetsReady', () => {
  it('resolves at once when nothing is linked (the dev server), or what is linked has settled', async () => {
    expect(await settledAfter(stylesheetsReady(doc), 0)).toBe(true);
    link().setAttribute(SETTLED_ATTR, '');
    expect(await settledAfter(stylesheetsReady(doc), 0)).toBe(true);
  });

  it('waits for a pending stylesheet to load, or to fail', async () => {
    const a = link();
    const b = link();
    const ready = stylesheetsReady(doc);
    a.dispatchEvent(new Event('load'));
    expect(await settledAfter(ready, 100)).toBe(false);
    b.dispatchEvent(new Event('error'));
    expect(await settledAfter(ready, 0)).toBe(true);
  });

  it('gives up on a stylesheet that never answers', async () => {
    link();
    const ready = stylesheetsReady(doc, 3000);
    expect(await settledAfter(ready, 2900)).toBe(false);
    expect(await settledAfter(ready, 100)).toBe(true);
  });
});
