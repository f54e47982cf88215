import { describe, expect, it } from 'vitest';
import { once } from './once';

describe('once', () => {
  it('works the value out on the first call only, and not before', () => {
    let calls = 0;
    const get = once(() => ({ n: ++calls }));
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });
});
