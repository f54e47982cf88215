import { describe, expect, it, vi } from 'vitest';
import { freeingSpaceFor } from './idb-vault';
import { BACKUP_PREFIX, createMemoryStorage, createMemoryVault, createSafeStorage, withQuota } from './safe-storage';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A vault on a disk whose space a cache holds: every put is refused until the cache is cleared. */
function fullVault() {
  const vault = createMemoryVault();
  let cacheHeld = true;
  const freeSpace = vi.fn(async () => {
    const freed = cacheHeld;
    cacheHeld = false;
    return freed;
  });
  const full = {
    ...vault,
    put: async (k: string, v: string) => (cacheHeld ? Promise.reject(quota()) : vault.put(k, v)),
  };
  return { vault, full, freeSpace };
}

/** localStorage full, with a damaged value in it that no copy of fits beside. */
function fullStorage(raw: string) {
  const backing = createMemoryStorage({ app: raw });
  return withQuota(backing, raw.length + 10);
}

describe('a damaged copy on a full disk', () => {
  it('is kept in the vault once the analysis cache gave up its space', async () => {
    const raw = '{ damaged ' + 'z'.repeat(40);
    const { vault, full, freeSpace } = fullVault();
    const s = createSafeStorage({
      storage: () => fullStorage(raw),
      now: () => 7,
      vault: freeingSpaceFor(full, freeSpace),
      setTimer: () => undefined,
    });
    s.keepDamaged('app', raw, 'corrupt');
    await vi.waitFor(() => expect(s.getStatus().kept[0].savedIn).toBe('vault'));
    expect(vault.data.get(`${BACKUP_PREFIX}app:7`)).toBe(raw);
    expect(freeSpace).toHaveBeenCalledTimes(1);
  });

  it('stays in memory (and says so) when nothing could be freed, and is tried only once more', async () => {
    const raw = '{ damaged ' + 'z'.repeat(40);
    const put = vi.fn(async () => Promise.reject(quota()));
    const refusing = { ...createMemoryVault(), put };
    const s = createSafeStorage({
      storage: () => fullStorage(raw),
      vault: freeingSpaceFor(refusing, async () => true),
      setTimer: () => undefined,
    });
    s.keepDamaged('app', raw, 'corrupt');
    await vi.waitFor(() => expect(s.getStatus().kept[0].savedIn).toBe('memory'));
    expect(put).toHaveBeenCalledTimes(2);
    expect(await s.readKept(s.getStatus().kept[0].key)).toBe(raw);

    const failingFree = { ...createMemoryVault(), put: vi.fn(async () => Promise.reject(quota())) };
    const t = createSafeStorage({
      storage: () => fullStorage(raw),
      vault: freeingSpaceFor(failingFree, async () => Promise.reject(new Error('database closing'))),
      setTimer: () => undefined,
    });
    t.keepDamaged('app', raw, 'corrupt');
    await vi.waitFor(() => expect(t.getStatus().kept[0].savedIn).toBe('memory'));
    expect(failingFree.put).toHaveBeenCalledTimes(1);
  });

  it('a vault with room is never asked to free anything', async () => {
    const vault = createMemoryVault();
    const freeSpace = vi.fn(async () => true);
    await freeingSpaceFor(vault, freeSpace).put('k', 'v');
    expect(vault.data.get('k')).toBe('v');
    expect(freeSpace).not.toHaveBeenCalled();
  });
});
