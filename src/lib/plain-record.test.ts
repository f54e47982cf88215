import { describe, expect, it } from 'vitest';
import { isPlainRecord } from './plain-record';

describe('isPlainRecord', () => {
  it('takes objects, including ones with no prototype', () => {
    expect(isPlainRecord({})).toBe(true);
    expect(isPlainRecord({ a: 1 })).toBe(true);
    expect(isPlainRecord(Object.create(null))).toBe(true);
  });

  it('refuses arrays, null and every primitive', () => {
    for (const value of [[], [{}], null, undefined, 0, '', 'x', true, 1n]) expect(isPlainRecord(value)).toBe(false);
  });
});
