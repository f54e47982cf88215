/**
 * The examples of the second-claim rows (second-claims.ts) through the whole engine: `expect` is
 * the content of the sentence's second claim, "" when it has none.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { claimsOf, rowExamples } from '../test-helpers';
import type { RuleRow } from './rule-row';
import {
  ACCORDING_SECOND_CUE,
  AND_SECOND_SOURCE,
  COORDINATED_SECOND_CUE,
  PARTICIPLE_SECOND_CUE,
} from './second-claims';

const rows: readonly RuleRow<unknown>[] = [
  COORDINATED_SECOND_CUE,
  PARTICIPLE_SECOND_CUE,
  AND_SECOND_SOURCE,
  ACCORDING_SECOND_CUE,
];

describe('second-claim rows: the second claim of a sentence has this content ("" = none)', () => {
  it.each(rowExamples(rows))('%s: %s', (_id, text, want) => {
    const cs = claimsOf(text);
    if (want === '') expect(cs.length).toBeLessThanOrEqual(1);
    else expect(cs[1]?.content).toBe(want);
  });
});

describe('a second claim keeps the first source and leaves the first content its own', () => {
  it.each([
    // [sentence, first content, second speaker name]
    ['Lina Novak said the plan would fail, and added that nobody had asked her.', 'the plan would fail', 'Lina Novak'],
    [
      'Lina Novak said the plan would fail but warned that the vote could still pass.',
      'the plan would fail',
      'Lina Novak',
    ],
    ['Lina Novak said the plan was sound, while Omar Haddad said it would fail.', 'the plan was sound', 'Omar Haddad'],
    [
      'According to Omar Haddad, the plan is sound; Haddad also said the vote would be close.',
      'the plan is sound',
      'Omar Haddad',
    ],
  ])('%s', (text, firstContent, secondName) => {
    const [first, second] = claimsOf(text);
    expect(first.content).toBe(firstContent);
    expect(second?.name).toBe(secondName);
  });

  it('the second claim spans its own words, so GUM-style gold can match each content', () => {
    const text = 'Lina Novak said the plan would fail, adding that nobody had asked her.';
    const [first, second] = analyze(text).claims;
    expect(first.start).toBe(0);
    expect(text.slice(second.start, second.end)).toBe('adding that nobody had asked her');
  });

  it('"X said that Y believes …" keeps its whole content', () => {
    const [first] = claimsOf('Lina Novak said that Omar Haddad believes the plant will reopen.');
    expect(first.content).toBe('Omar Haddad believes the plant will reopen');
  });
});
