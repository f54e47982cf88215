import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from './after-next-frame';

/** A frame clock and a prioritized task queue by hand, so the order is the test's to check. */
function fakeBrowser(withScheduler: boolean) {
  const frames: Array<() => void> = [];
  const timers: Array<() => void> = [];
  const posted: Array<{ run: () => void; priority: string; signal: AbortSignal }> = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.splice(id - 1, 1, () => {}));
  vi.stubGlobal('window', {
    setTimeout: (f: () => void) => timers.push(f),
  });
  vi.stubGlobal('clearTimeout', (id: number) => timers.splice(id - 1, 1, () => {}));
  if (withScheduler) {
    const priorities = new Map<AbortSignal, string>();
    vi.stubGlobal(
      'TaskController',
      class extends AbortController {
        constructor({ priority }: { priority: string }) {
          super();
          priorities.set(this.signal, priority);
        }
      },
    );
    vi.stubGlobal('scheduler', {
      postTask: (run: () => void, { signal }: { signal: AbortSignal }) => {
        posted.push({ run, priority: priorities.get(signal) ?? 'user-visible', signal });
        return new Promise<void>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      },
    });
  }
  return { frames, timers, posted };
}

describe('afterNextFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs in a task after the next frame, not in the frame itself', () => {
    const b = fakeBrowser(false);
    const run = vi.fn();
    afterNextFrame(run);
    expect(b.frames).toHaveLength(1);
    b.frames[0]();
    expect(run).not.toHaveBeenCalled();
    b.timers[0]();
    expect(run).toHaveBeenCalledOnce();
  });

  it('posts a user-blocking task where the browser has prioritized tasks, and cancelling aborts it', () => {
    const b = fakeBrowser(true);
    const run = vi.fn();
    const cancel = afterNextFrame(run, 'user-blocking');
    b.frames[0]();
    expect(b.timers).toHaveLength(0);
    expect(b.posted.map((p) => p.priority)).toEqual(['user-blocking']);
    cancel();
    expect(b.posted[0].signal.aborted).toBe(true);
    expect(run).not.toHaveBeenCalled();
  });

  it('falls back to a timer without prioritized tasks', () => {
    const b = fakeBrowser(false);
    const run = vi.fn();
    afterNextFrame(run, 'user-blocking');
    b.frames[0]();
    b.timers[0]();
    expect(run).toHaveBeenCalledOnce();
  });
});
