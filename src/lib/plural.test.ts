import { describe, expect, it } from 'vitest';
import { countOf, formatCount } from './plural';

describe('countOf', () => {
  it.each<[number, string, string | undefined, string]>([
    [0, 'mention', undefined, '0 mentions'],
    [1, 'mention', undefined, '1 mention'],
    [26, 'mention', undefined, '26 mentions'],
    [1, 'person', 'people', '1 person'],
    [4, 'person', 'people', '4 people'],
    [2502, 'claim', undefined, '2,502 claims'],
  ])('%i %s', (n, singular, plural, expected) => {
    expect(countOf(n, singular, plural)).toBe(expected);
  });
});

describe('formatCount', () => {
  it('writes every count as Intl.NumberFormat("en") does', () => {
    const nf = new Intl.NumberFormat('en');
    const values = [
      0,
      1,
      7,
      999,
      1000,
      12_345,
      999_999,
      1_000_000,
      123_456_789,
      -1,
      -1234,
      2 ** 40,
      0.5,
      1234.5678,
      -0.25,
    ];
    for (let n = 1; n < 1e15; n *= 7) values.push(n, n + 1);
    for (const n of values) expect(formatCount(n)).toBe(nf.format(n));
  });
});
