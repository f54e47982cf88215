import { afterEach, describe, expect, it } from 'vitest';
import { trackWrite } from '../api/pending-writes';
import { guardUnloadWhileWriting } from './unload-guard';

/** A window stand-in that counts its beforeunload listeners. */
function fakeWindow() {
  const target = new EventTarget();
  let listeners = 0;
  return {
    addEventListener: (type: string, fn: EventListener) => {
      if (type === 'beforeunload') listeners++;
      target.addEventListener(type, fn);
    },
    removeEventListener: (type: string, fn: EventListener) => {
      if (type === 'beforeunload') listeners--;
      target.removeEventListener(type, fn);
    },
    listeners: () => listeners,
    /** True when leaving would be questioned. */
    leave: () => {
      const e = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
      // A plain Event's returnValue is read-only; a browser's BeforeUnloadEvent takes the string.
      Object.defineProperty(e, 'returnValue', { value: true, writable: true });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    },
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('guardUnloadWhileWriting', () => {
  it('asks before leaving only while a write is pending', async () => {
    const win = fakeWindow();
    stops.push(guardUnloadWhileWriting(win as unknown as Window));
    expect(win.leave()).toBe(false);
    expect(win.listeners()).toBe(0);

    const first = deferred();
    const second = deferred();
    void trackWrite(first.promise);
    void trackWrite(second.promise).catch(() => undefined);
    expect(win.leave()).toBe(true);
    expect(win.listeners()).toBe(1);

    first.resolve();
    await first.promise;
    await Promise.resolve();
    // One write still pending: still asks.
    expect(win.leave()).toBe(true);

    // A refused write is no longer pending either (its notice tells where the text is).
    second.reject(new Error('refused'));
    await second.promise.catch(() => undefined);
    await Promise.resolve();
    expect(win.leave()).toBe(false);
    expect(win.listeners()).toBe(0);
  });

  it('a write begun before the guard is guarded too, and stopping the guard removes its listener', async () => {
    const write = deferred();
    void trackWrite(write.promise);
    const win = fakeWindow();
    const stop = guardUnloadWhileWriting(win as unknown as Window);
    expect(win.leave()).toBe(true);
    stop();
    expect(win.listeners()).toBe(0);
    expect(win.leave()).toBe(false);
    write.resolve();
    await write.promise;
  });
});
