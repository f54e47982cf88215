import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaintShown, MAX_WAIT_MS } from './after-first-paint';

/**
 * A page by hand: its visibility, the paint entries already reported, the paint observers (the
 * test delivers the first contentful paint to them), frames and timers, so the order is the
 * test's to check.
 */
function fakePage({ visible = true, painted = false, paintTiming = true } = {}) {
  const frames: Array<() => void> = [];
  const timers = new Map<number, () => void>();
  const observers: Array<{ callback: (list: { getEntriesByName(n: string): unknown[] }) => void; on: boolean }> = [];
  const listeners = new Set<() => void>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal('window', { setTimeout: (f: () => void) => (timers.set(++id, f), id) });
  vi.stubGlobal('setTimeout', (f: () => void) => (timers.set(++id, f), id));
  vi.stubGlobal('clearTimeout', (t: number) => timers.delete(t));
  vi.stubGlobal('performance', {
    getEntriesByName: (n: string) => (painted && n === 'first-contentful-paint' ? [{}] : []),
  });
  vi.stubGlobal('document', {
    visibilityState: visible ? 'visible' : 'hidden',
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  });
  vi.stubGlobal(
    'PerformanceObserver',
    Object.assign(
      class {
        entry: (typeof observers)[number];
        constructor(callback: (typeof observers)[number]['callback']) {
          this.entry = { callback, on: false };
          observers.push(this.entry);
        }
        observe() {
          this.entry.on = true;
        }
        disconnect() {
          this.entry.on = false;
        }
      },
      { supportedEntryTypes: paintTiming ? ['paint', 'element'] : ['element'] },
    ),
  );
  const paint = (name: string) => {
    for (const o of observers.filter((x) => x.on))
      o.callback({ getEntriesByName: (n: string) => (n === name ? [{ name }] : []) });
  };
  return { frames, timers, listeners, paint, observing: () => observers.some((o) => o.on) };
}

describe('afterFirstPaintShown', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the first contentful paint to be reported, not for the next frame', () => {
    const page = fakePage();
    const run = vi.fn();
    afterFirstPaintShown(run);
    page.frames.forEach((f) => f());
    page.paint('first-paint');
    expect(run).not.toHaveBeenCalled();
    page.paint('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
    // Done: the observer, the fallback timer and the visibility listener are gone.
    expect(page.observing()).toBe(false);
    expect(page.timers.size).toBe(0);
    expect(page.listeners.size).toBe(0);
    page.paint('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a page whose first paint was already shown', { painted: true }],
    ['a browser without paint timing', { paintTiming: false }],
  ])('runs after the next frame on %s', (_, opts) => {
    const page = fakePage(opts);
    const run = vi.fn();
    afterFirstPaintShown(run);
    expect(page.observing()).toBe(false);
    page.timers.forEach((f) => f());
    expect(run).not.toHaveBeenCalled();
    page.frames.forEach((f) => f());
    page.timers.forEach((f) => f());
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs in a task on a hidden page, whose frames wait until it is shown (a background tab)', () => {
    const page = fakePage({ visible: false });
    const run = vi.fn();
    afterFirstPaintShown(run);
    expect(page.observing()).toBe(false);
    expect(page.frames).toHaveLength(0);
    page.timers.forEach((f) => f());
    expect(run).toHaveBeenCalledTimes(1);
  });

  it(`gives up waiting after ${MAX_WAIT_MS} ms, or when the page is hidden first`, () => {
    for (const release of ['timer', 'hidden'] as const) {
      const page = fakePage();
      const run = vi.fn();
      afterFirstPaintShown(run);
      if (release === 'timer') page.timers.forEach((f) => f());
      else page.listeners.forEach((f) => f());
      expect(run).toHaveBeenCalledTimes(1);
      page.paint('first-contentful-paint');
      expect(run).toHaveBeenCalledTimes(1);
      vi.unstubAllGlobals();
    }
  });

  it('can be cancelled before the paint', () => {
    const page = fakePage();
    const run = vi.fn();
    afterFirstPaintShown(run)();
    page.paint('first-contentful-paint');
    page.timers.forEach((f) => f());
    expect(run).not.toHaveBeenCalled();
  });
});
