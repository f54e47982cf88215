import { describe, expect, it } from 'vitest';
import { sortInSteps } from './sort-in-steps';

function run<T>(job: Generator<void, T>): { value: T; steps: number } {
  let steps = 0;
  for (;;) {
    const r = job.next();
    if (r.done) return { value: r.value, steps };
    steps++;
  }
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return ((seed ^ (seed >>> 13)) >>> 0) / 2 ** 32;
  };
}

describe('sortInSteps', () => {
  it('sorts like Array.prototype.sort, stably, for every length around the run and step sizes', () => {
    const rand = rng(7);
    for (const n of [0, 1, 2, 31, 32, 33, 64, 65, 100, 1000, 4097]) {
      const items = Array.from({ length: n }, (_, i) => ({ key: Math.floor(rand() * 50), i }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      const { value } = run(sortInSteps(items, byKey, 100));
      expect(value).toEqual([...items].sort(byKey));
      // Equal keys keep their input order.
      for (let k = 1; k < value.length; k++)
        if (value[k - 1].key === value[k].key) expect(value[k - 1].i).toBeLessThan(value[k].i);
    }
  });

  it('leaves its input alone', () => {
    const items = [3, 1, 2];
    expect(run(sortInSteps(items, (a, b) => a - b)).value).toEqual([1, 2, 3]);
    expect(items).toEqual([3, 1, 2]);
  });

  it('makes about stepSize comparisons per step, so a step stays small however many items', () => {
    const rand = rng(11);
    const items = Array.from({ length: 20_000 }, () => rand());
    let comparisons = 0;
    let most = 0;
    let sinceStep = 0;
    const job = sortInSteps(
      items,
      (a, b) => {
        comparisons++;
        sinceStep++;
        return a - b;
      },
      500,
    );
    for (let r = job.next(); !r.done; r = job.next()) {
      most = Math.max(most, sinceStep);
      sinceStep = 0;
    }
    expect(comparisons).toBeGreaterThan(20_000 * 8);
    // A step ends between runs of 32 while they are sorted by insertion (at most 32²/2 more).
    expect(most).toBeLessThanOrEqual(500 + 32 * 16);
  });
});
