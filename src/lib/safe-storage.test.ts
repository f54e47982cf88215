import { describe, expect, it, vi } from 'vitest';
import { BACKUP_PREFIX, createMemoryStorage, createSafeStorage, isQuotaError, type StorageLike } from './safe-storage';

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
    expect(s.getStatus()).toEqual({ mode: 'local', message: '' });
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

  it('when full: keeps the value in memory, reports quota, retries and recovers on the next write', () => {
    const { storage, data } = limitedStorage(100);
    const s = createSafeStorage({ storage: () => storage });
    const listener = vi.fn();
    s.subscribe(listener);

    s.setItem('k', 'x'.repeat(200));
    expect(data.has('k')).toBe(false);
    expect(s.getItem('k')).toBe('x'.repeat(200));
    expect(s.getStatus()).toMatchObject({ mode: 'local', lastError: 'quota' });
    expect(listener).toHaveBeenCalledTimes(1);

    storage.limit = 1000;
    s.setItem('k', 'y'.repeat(200));
    expect(data.get('k')).toBe('y'.repeat(200));
    expect(s.getStatus()).toEqual({ mode: 'local', message: '' });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it.each<[string, string, 'corrupt' | 'newer-version']>([
    ['corrupt JSON', '{"state":{"annot', 'corrupt'],
    ['newer version', '{"state":{},"version":9}', 'newer-version'],
  ])('on reading %s: copies the raw text aside under a backup key, once', (_n, raw, problem) => {
    const backing = createMemoryStorage({ app: raw });
    const s = createSafeStorage({ storage: () => backing, currentVersion: 2, now: () => 1234 });
    expect(s.getItem('app')).toBe(raw);
    expect(backing.data.get(`${BACKUP_PREFIX}1234`)).toBe(raw);
    expect(s.getStatus()).toMatchObject({ lastError: problem, backupKey: `${BACKUP_PREFIX}1234` });
    s.getItem('app');
    expect([...backing.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);
    // The app may now overwrite the key: the copy stays.
    s.setItem('app', '{"state":{},"version":2}');
    expect(backing.data.get(`${BACKUP_PREFIX}1234`)).toBe(raw);
  });

  it('does not back up readable data of the current or an older version', () => {
    const backing = createMemoryStorage({ app: '{"state":{},"version":1}' });
    const s = createSafeStorage({ storage: () => backing, currentVersion: 2 });
    s.getItem('app');
    expect(backing.data.size).toBe(1);
    expect(s.getStatus().lastError).toBeUndefined();
  });

  it('never overwrites an earlier backup taken in the same millisecond', () => {
    const backing = createMemoryStorage({ [`${BACKUP_PREFIX}5`]: 'older' });
    const s = createSafeStorage({ storage: () => backing, now: () => 5 });
    expect(s.backup('newer', 'corrupt')).toBe(`${BACKUP_PREFIX}5-1`);
    expect(backing.data.get(`${BACKUP_PREFIX}5`)).toBe('older');
  });

  it('keeps the backup in memory when storage is too full to hold it', () => {
    const { storage } = limitedStorage(60);
    const raw = '{ damaged ' + 'z'.repeat(40);
    storage.setItem('app', raw);
    const s = createSafeStorage({ storage: () => storage, now: () => 7, currentVersion: 2 });
    s.getItem('app');
    expect(s.getItem(`${BACKUP_PREFIX}7`)).toBe(raw);
  });

  it('unsubscribe stops notifications', () => {
    const s = createSafeStorage({ storage: () => limitedStorage(0).storage });
    const listener = vi.fn();
    s.subscribe(listener)();
    s.backup('x', 'corrupt');
    expect(listener).not.toHaveBeenCalled();
  });
});
