/**
 * The examples of claims58f's rows (claims-48f.ts) through the whole engine: the first claim's
 * speaker as written ("" for no claim at all).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import {
  ACCEPT_THAT,
  ARRIVED_BARE_NOUN,
  ASSERT_POINT_OBJECT,
  BARE_NOUN_PRESENT,
  COMMENT_ON,
  EXPRESS_THAT,
  OPENING_ADJUNCT_COLLECTIVE,
  OPENING_BY_NO_COMMA,
  PROGRESSIVE_PAST_VERB,
  RELATIVE_PRONOUN_SUBJECT,
} from './claims-48f';

describe('claims58f rows: the first claim has this speaker as written', () => {
  it.each(
    rowExamples([
      ARRIVED_BARE_NOUN,
      ACCEPT_THAT,
      ASSERT_POINT_OBJECT,
      PROGRESSIVE_PAST_VERB,
      RELATIVE_PRONOUN_SUBJECT,
      OPENING_ADJUNCT_COLLECTIVE,
      EXPRESS_THAT,
      COMMENT_ON,
      BARE_NOUN_PRESENT,
      OPENING_BY_NO_COMMA,
    ]),
  )('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect(claims[0]?.speaker).toBe(want);
  });
});
