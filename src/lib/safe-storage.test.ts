import { describe, expect, it, vi } from 'vitest';
import {
  BACKUP_PREFIX,
  createMemoryStorage,
  createMemoryVault,
  createSafeStorage,
  describeKeptKey,
  isQuotaError,
  keptName,
  watchLifecycle,
  type StorageLike,
} from './safe-storage';

function quotaError(): Error {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

/** A fake localStorage that refuses writes above `limit` characters in total. */
function limitedStorage(limit: number) {
  const inner = createMemoryStorage();
  const size = () => [...inner.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const storage: StorageLike & { limit: number } = {
    limit,
    getItem: inner.getItem,
    removeItem: inner.removeItem,
    key: inner.key,
    get length() {
      return inner.data.size;
    },
    setItem(k, v) {
      const old = inner.data.get(k);
      if (size() - (old ? k.length + old.length : 0) + k.length + v.length > storage.limit) throw quotaError();
      inner.setItem(k, v);
    },
  };
  return { storage, data: inner.data };
}

describe('isQuotaError', () => {
  it.each<[string, unknown, boolean]>([
    ['standard name', quotaError(), true],
    ['Firefox legacy name', Object.assign(new Error(), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), true],
    ['legacy code 22', { code: 22 }, true],
    ['other DOMException', Object.assign(new Error(), { name: 'SecurityError' }), false],
    ['not an object', 'quota', false],
  ])('%s', (_n, e, expected) => expect(isQuotaError(e)).toBe(expected));
});

describe('createSafeStorage', () => {
  it('uses the backing storage when it works', () => {
    const backing = createMemoryStorage();
    const s = createSafeStorage({ storage: () => backing });
    s.setItem('k', 'v');
    expect(backing.data.get('k')).toBe('v');
    expect(s.getItem('k')).toBe('v');
    expect(s.getStatus()).toEqual({ mode: 'local', message: '', pending: [], kept: [] });
    expect(backing.data.has('marginalia:probe')).toBe(false);
  });

  it.each<[string, () => StorageLike | undefined]>([
    [
      'access throws (blocked)',
      () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
    ],
    ['absent (Node, old browsers)', () => undefined],
    [
      'every write throws (disabled)',
      () => ({
        ...createMemoryStorage(),
        setItem: () => {
          throw new Error('disabled');
        },
      }),
    ],
  ])('falls back to memory when localStorage is unavailable: %s', (_n, storage) => {
    const s = createSafeStorage({ storage });
    expect(s.getStatus()).toMatchObject({ mode: 'memory', lastError: 'unavailable' });
    expect(s.getStatus().message).not.toBe('');
    s.setItem('k', 'v');
    expect(s.getItem('k')).toBe('v');
    s.removeItem('k');
    expect(s.getItem('k')).toBeNull();
  });

  it('when full: keeps the value pending, reports quota, and writes it once another write succeeds', () => {
    const { storage, data } = limitedStorage(100);
    const s = createSafeStorage({ storage: () => storage, setTimer: () => undefined });
    const listener = vi.fn();
    s.subscribe(listener);

    s.setItem('k', 'x'.repeat(200));
    expect(data.has('k')).toBe(false);
    expect(s.getItem('k')).toBe('x'.repeat(200));
    expect(s.getStatus()).toMatchObject({ mode: 'local', lastError: 'quota', pending: ['k'] });
    expect(listener).toHaveBeenCalledTimes(1);

    storage.limit = 1000;
    s.setItem('small', '1'); // space has freed: the pending write goes along
    expect(data.get('k')).toBe('x'.repeat(200));
    expect(s.getStatus()).toEqual({ mode: 'local', message: '', pending: [], kept: [] });
  });

  it('retries pending writes on its own, on a timer, until they go through', () => {
    const { storage, data } = limitedStorage(50);
    const timers: Array<() => void> = [];
    const s = createSafeStorage({ storage: () => storage, setTimer: (run) => timers.push(run) });
    s.setItem('k', 'y'.repeat(80));
    expect(timers).toHaveLength(1);
    timers.shift()!(); // still full: tries, fails, schedules again
    expect(data.has('k')).toBe(false);
    expect(timers).toHaveLength(1);
    storage.limit = 1000;
    timers.shift()!();
    expect(data.get('k')).toBe('y'.repeat(80));
    expect(timers).toHaveLength(0);
  });

  it('a write refused for another reason (not quota) is kept, retried, and the error clears once it goes through', () => {
    let refuse = false;
    const inner = createMemoryStorage();
    const backing: StorageLike = {
      ...inner,
      setItem: (k, v) => {
        if (refuse) throw Object.assign(new Error('busy'), { name: 'UnknownError' });
        inner.setItem(k, v);
      },
    };
    const s = createSafeStorage({ storage: () => backing, setTimer: () => undefined });
    refuse = true;
    s.setItem('k', 'v');
    expect(s.getStatus()).toMatchObject({ mode: 'local', lastError: 'unavailable', pending: ['k'] });
    refuse = false;
    expect(s.retryPending()).toBe(true);
    expect(inner.getItem('k')).toBe('v');
    expect(s.getStatus()).toEqual({ mode: 'local', message: '', pending: [], kept: [] });
  });

  it('retryPending writes what waits and says whether anything is left', () => {
    const { storage, data } = limitedStorage(10);
    const s = createSafeStorage({ storage: () => storage, setTimer: () => undefined });
    s.setItem('a', 'a'.repeat(20));
    expect(s.retryPending()).toBe(false);
    storage.limit = 100;
    expect(s.retryPending()).toBe(true);
    expect(data.get('a')).toBe('a'.repeat(20));
  });

  it('watchLifecycle retries on page hide and visibility change, after the caller flushes', () => {
    const { storage, data } = limitedStorage(10);
    const s = createSafeStorage({ storage: () => storage, setTimer: () => undefined });
    const win = new EventTarget() as unknown as Window;
    const flush = vi.fn(() => s.setItem('b', 'b'));
    const stop = watchLifecycle(s, win, flush);
    s.setItem('a', 'a'.repeat(20));
    storage.limit = 100;
    win.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledOnce();
    expect(data.get('a')).toBe('a'.repeat(20));
    s.setItem('c', 'c'.repeat(200));
    storage.limit = 1000;
    win.dispatchEvent(new Event('visibilitychange'));
    expect(data.get('c')).toBe('c'.repeat(200));
    stop();
  });

  it('keepDamaged copies the raw text aside under a backup key, once, and the original may then be replaced', () => {
    const raw = '{"state":{"annot';
    const backing = createMemoryStorage({ app: raw });
    const s = createSafeStorage({ storage: () => backing, now: () => 1234 });
    const copy = s.keepDamaged('app', raw, 'corrupt');
    expect(copy).toEqual({
      key: `${BACKUP_PREFIX}app:1234`,
      source: 'app',
      reason: 'corrupt',
      savedIn: 'local',
      size: raw.length,
    });
    expect(backing.data.get(`${BACKUP_PREFIX}app:1234`)).toBe(raw);
    expect(s.keepDamaged('app', raw, 'corrupt')).toBe(copy);
    expect([...backing.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);
    s.setItem('app', '{"state":{},"version":2}');
    expect(backing.data.get('app')).toBe('{"state":{},"version":2}');
    expect(backing.data.get(`${BACKUP_PREFIX}app:1234`)).toBe(raw);
    expect(s.getStatus().kept).toEqual([copy]);
  });

  it('never overwrites an earlier copy taken in the same millisecond', () => {
    const backing = createMemoryStorage({ [`${BACKUP_PREFIX}app:5`]: 'older' });
    const s = createSafeStorage({ storage: () => backing, now: () => 5 });
    expect(s.keepDamaged('app', 'newer', 'corrupt').key).toBe(`${BACKUP_PREFIX}app:5-1`);
    expect(backing.data.get(`${BACKUP_PREFIX}app:5`)).toBe('older');
  });

  it('too full for the copy: it goes to the vault, and the original is not overwritten until it is there', async () => {
    const raw = '{ damaged ' + 'z'.repeat(40);
    const { storage, data } = limitedStorage(70);
    storage.setItem('app', raw);
    const vault = createMemoryVault();
    let release!: () => void;
    const slowVault = {
      ...vault,
      put: (k: string, v: string) => new Promise<void>((r) => (release = () => r(vault.put(k, v)))),
    };
    const s = createSafeStorage({ storage: () => storage, now: () => 7, vault: slowVault, setTimer: () => undefined });
    const copy = s.keepDamaged('app', raw, 'corrupt');
    expect(copy.savedIn).toBe('saving');
    s.setItem('app', '{"fresh":1}'); // would fit, but the copy is not safe yet
    expect(data.get('app')).toBe(raw);
    expect(s.getItem('app')).toBe('{"fresh":1}');
    release();
    await vi.waitFor(() => expect(data.get('app')).toBe('{"fresh":1}'));
    expect(vault.data.get(`${BACKUP_PREFIX}app:7`)).toBe(raw);
    expect(s.getStatus().kept[0].savedIn).toBe('vault');
    expect(await s.readKept(`${BACKUP_PREFIX}app:7`)).toBe(raw);
    expect(await s.listKept()).toEqual([{ key: `${BACKUP_PREFIX}app:7`, size: raw.length }]);
  });

  it('without a vault the copy stays in memory and keeps guarding the original until deleted', async () => {
    const raw = '{ damaged ' + 'z'.repeat(40);
    const { storage, data } = limitedStorage(70);
    storage.setItem('app', raw);
    const s = createSafeStorage({ storage: () => storage, now: () => 7, setTimer: () => undefined });
    const copy = s.keepDamaged('app', raw, 'corrupt');
    expect(copy.savedIn).toBe('memory');
    s.setItem('app', '{}');
    expect(data.get('app')).toBe(raw);
    expect(await s.readKept(copy.key)).toBe(raw);
    await s.deleteKept(copy.key); // the reader downloaded it
    expect(data.get('app')).toBe('{}');
    expect(s.getStatus().kept).toEqual([]);
  });

  it('lists and deletes copies kept in earlier sessions; deleting frees space for pending writes', async () => {
    const { storage, data } = limitedStorage(60);
    storage.setItem(`${BACKUP_PREFIX}1`, 'x'.repeat(30));
    const s = createSafeStorage({ storage: () => storage, setTimer: () => undefined });
    expect(await s.listKept()).toEqual([{ key: `${BACKUP_PREFIX}1`, size: 30 }]);
    s.setItem('k', 'y'.repeat(25));
    expect(data.has('k')).toBe(false);
    await s.deleteKept(`${BACKUP_PREFIX}1`);
    expect(data.get('k')).toBe('y'.repeat(25));
    expect(await s.listKept()).toEqual([]);
  });

  it('a kept key names its store and time', () => {
    expect(describeKeptKey(`${BACKUP_PREFIX}library:1700000000000-2`)).toEqual({
      store: 'library',
      time: 1700000000000,
    });
    expect(describeKeptKey(`${BACKUP_PREFIX}1700000000000`)).toEqual({ time: 1700000000000 }); // before stores were named
    expect(keptName('marginalia:corrections')).toBe('corrections');
  });

  it('unsubscribe stops notifications', () => {
    const s = createSafeStorage({ storage: () => limitedStorage(0).storage });
    const listener = vi.fn();
    s.subscribe(listener)();
    s.keepDamaged('app', 'x', 'corrupt');
    expect(listener).not.toHaveBeenCalled();
  });
});
