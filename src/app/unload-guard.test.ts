import { afterEach, describe, expect, it } from 'vitest';
import { forgetWrites, trackWrite } from '../api/pending-writes';
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
      // Node's Event has a read-only returnValue; a browser's BeforeUnloadEvent lets it be set.
      const e = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
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

  it('stops asking once the article being written is removed, though its write never answers', () => {
    const win = fakeWindow();
    stops.push(guardUnloadWhileWriting(win as unknown as Window));
    void trackWrite(new Promise(() => undefined), 'ferry');
    expect(win.leave()).toBe(true);
    forgetWrites('other');
    expect(win.leave()).toBe(true);
    forgetWrites('ferry');
    expect(win.leave()).toBe(false);
    expect(win.listeners()).toBe(0);
  });
});
