import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash';

describe('contentHash', () => {
  it('is stable and 16 hex digits', () => {
    expect(contentHash('hello')).toBe(contentHash('hello'));
    expect(contentHash('hello')).toMatch(/^[0-9a-f]{16}$/);
  });
  it.each([
    ['hello', 'hellp'],
    ['ab', 'ba'],
    ['', ' '],
    ['Привет', 'Привет '],
  ])('tells %j from %j', (a, b) => {
    expect(contentHash(a)).not.toBe(contentHash(b));
  });
});
