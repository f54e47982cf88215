/**
 * The examples of claims58f's rows (claims-48f.ts) through the whole engine: the first claim's
 * speaker as written ("" for no claim at all).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
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
      ASSERT_POINT_OBJECT,
      PROGRESSIVE_PAST_VERB,
      RELATIVE_PRONOUN_SUBJECT,
      OPENING_ADJUNCT_COLLECTIVE,
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

// Cue rows keep their cue as the example's expectation (claim-rows.test.ts reads every cue class so).
describe('claims58f cue rows: the sentence has this cue', () => {
  it.each(rowExamples([ACCEPT_THAT, EXPRESS_THAT]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('claims58f cue rows: the subject speaks', () => {
  it.each([
    ['The minister accepted that mistakes had been made.', 'The minister'],
    ['Officials had come to accept that the plant would close.', 'Officials'],
    ['Unions voiced growing fears that hundreds of jobs would go.', 'Unions'],
    ['The chief executive adamantly expressed that the plant would stay open.', 'The chief executive'],
  ])('%s', (text, want) => expect(claimsOf(text)[0]?.speaker).toBe(want));
});
