/**
 * The small stores (library, preferences, corrections) as their persistence sees them: damaged
 * saved values (defect 3) and a full or refused storage (defect 1), each store built over fake
 * storage the way the app builds it over localStorage.
 */
import { describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { BACKUP_PREFIX, createMemoryStorage, createSafeStorage, type StorageLike } from '../lib/safe-storage';
import type { EnvelopeSpec } from '../model/envelope';
import { defaultPreferences } from '../model/preferences';
import type { LoadReport } from './app-storage';
import { CORRECTIONS_ENVELOPE } from './corrections';
import { LIBRARY_ENVELOPE } from './library';
import { PREFS_ENVELOPE } from './prefs';
import { createSafePersistStorage } from './safe-persist';

const meta = {
  id: '0123456789abcdef',
  title: 'Kept',
  origin: { kind: 'paste' as const },
  addedAt: '2026-01-01T00:00:00.000Z',
};

function storeOver<S extends object>(backing: StorageLike, envelope: EnvelopeSpec<S>, initial: S) {
  const reports: LoadReport[] = [];
  const storage = createSafeStorage({ storage: () => backing, now: () => 42, setTimer: () => undefined });
  const store = create<S>()(
    persist(() => initial, {
      name: 'key',
      version: envelope.version,
      storage: createSafePersistStorage({ storage, envelope, report: (r) => reports.push(r) }),
    }),
  );
  return { store, storage, reports };
}

const envelopeOf = (state: unknown, version = 1) => JSON.stringify({ state, version });

describe.each<[string, EnvelopeSpec<object>, object, string, object]>([
  [
    'library',
    LIBRARY_ENVELOPE as EnvelopeSpec<object>,
    { articles: [], lastOpened: {} },
    // Saved by version 1, before `lastOpened`: the migration takes it from `addedAt`.
    envelopeOf({ articles: [meta, { ...meta, id: 'bad' }] }),
    { articles: [meta], lastOpened: { [meta.id]: meta.addedAt } },
  ],
  [
    'preferences',
    PREFS_ENVELOPE as EnvelopeSpec<object>,
    defaultPreferences(),
    envelopeOf({ theme: 'neon', layers: { person: false } }),
    { ...defaultPreferences(), layers: { ...defaultPreferences().layers, person: false } },
  ],
  [
    'corrections',
    CORRECTIONS_ENVELOPE as EnvelopeSpec<object>,
    { byArticle: {} },
    envelopeOf({ byArticle: { a: { rejectedClaims: ['1-2'] }, b: { added: 'x' } } }),
    { byArticle: { a: { rejectedEntities: [], rejectedClaims: ['1-2'], retyped: {}, speakers: {}, added: [] } } },
  ],
])('%s store', (_name, envelope, initial, damaged, readable) => {
  it('damaged record: loads the rest, reports it, keeps the original aside before any write', () => {
    const backing = createMemoryStorage({ key: damaged });
    const { store, reports } = storeOver(backing, envelope, initial);
    expect(store.getState()).toEqual(readable);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      what: envelope.what,
      kept: { key: `${BACKUP_PREFIX}key:42`, savedIn: 'local' },
    });
    expect(backing.getItem(`${BACKUP_PREFIX}key:42`)).toBe(damaged);
    store.setState({ ...readable });
    expect(backing.getItem(`${BACKUP_PREFIX}key:42`)).toBe(damaged);
  });

  it('after keeping the original, saves what was readable: the next load is clean and copies nothing again', () => {
    const backing = createMemoryStorage({ key: damaged });
    storeOver(backing, envelope, initial);
    const next = storeOver(backing, envelope, initial);
    expect(next.store.getState()).toEqual(readable);
    expect(next.reports).toEqual([]);
    expect([...backing.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toHaveLength(1);
  });

  it.each([
    ['truncated JSON', damaged.slice(0, 20)],
    ['the wrong shape', '[1,2,3]'],
    ['a newer version', envelopeOf({}, 99)],
  ])('%s: starts from the defaults, reports, keeps the original', (_n, raw) => {
    const backing = createMemoryStorage({ key: raw });
    const { store, reports } = storeOver(backing, envelope, initial);
    expect(store.getState()).toEqual(envelope.empty());
    expect(reports[0].problems.length).toBeGreaterThan(0);
    expect(backing.getItem(reports[0].kept!.key)).toBe(raw);
  });

  it('a valid saved value loads silently and unchanged', () => {
    const backing = createMemoryStorage({ key: envelopeOf(readable) });
    const { store, reports } = storeOver(backing, envelope, initial);
    expect(store.getState()).toEqual(readable);
    expect(reports).toEqual([]);
  });

  it('storage refusing every write: changes stay in memory and nothing throws', () => {
    const backing: StorageLike = {
      ...createMemoryStorage(),
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
    };
    const { store, storage } = storeOver(backing, envelope, initial);
    const setState = vi.fn(() => store.setState({ ...readable }));
    expect(setState).not.toThrow();
    expect(store.getState()).toEqual(readable);
    expect(storage.getStatus()).toMatchObject({ lastError: 'quota', pending: ['key'] });
  });
});
