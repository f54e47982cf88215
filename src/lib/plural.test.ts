import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

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
