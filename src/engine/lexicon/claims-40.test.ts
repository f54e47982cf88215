/**
 * The examples of claims40's rows (claims-40.ts) through the whole engine: for the speaker rows,
 * the last claim's speaker (its text or its name; "" for no claim at all); for the cue rows, the cue
 * of one of the sentence's claims ("" for no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  APPOSITIVE_PLACE_MODIFIER,
  HOLD_THAT_BARE_NOUN,
  IMPERSONAL_THAT,
  IT_FOUND_TAG,
  NAME_NOT_VERB,
  NAME_PAST_LIMIT,
  PERSON_BODY_ROLE,
  POSSESSOR_PAST_VERB,
  RELATIVE_TITLED,
  REMIND_TAG,
  TIME_AFTER_COMMA,
} from './claims-40';

describe('claims40 speaker rows: the last claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([NAME_NOT_VERB, TIME_AFTER_COMMA, APPOSITIVE_PLACE_MODIFIER, PERSON_BODY_ROLE]))(
    '%s: %s',
    (_id, text, want) => {
      const claims = claimsOf(text);
      if (want === '') expect(claims).toEqual([]);
      else expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
    },
  );
});

describe('claims40 speaker rows: the speaker text of the last claim, exactly', () => {
  it.each(rowExamples([NAME_PAST_LIMIT, RELATIVE_TITLED, POSSESSOR_PAST_VERB]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(want);
  });
  it('never names the person a group backs, titled or not', () => {
    for (const text of [
      'A group that supports Governor Ann Reyes said it would spend $2 million on ads.',
      'A super PAC that backs Senator Tom Hale said it would spend $5 million.',
    ]) {
      const last = claimsOf(text).at(-1);
      expect(last?.name).not.toMatch(/Reyes|Hale/);
    }
  });
});

describe('claims40 cue rows: the cue of one of the claims ("" = no claim)', () => {
  it.each(rowExamples([HOLD_THAT_BARE_NOUN, IT_FOUND_TAG, IMPERSONAL_THAT, REMIND_TAG]))('%s: %s', (_id, text, want) =>
    expectCue(text, want),
  );
  it('gives the impersonal passive the agent of a "by" phrase before "it", and no speaker otherwise', () => {
    const [byAgent] = claimsOf('In a review by Hein and colleagues, it was found that children answered faster.');
    expect(byAgent?.speaker).toBe('Hein and colleagues');
    const [bare] = claimsOf('It was found that the benefit levelled off above about 7,000 steps.');
    expect(bare?.speaker).toBeNull();
  });
  it('gives a closing "it found" the study of the sentence before', () => {
    const last = claimsOf(
      'The poll covered 800 voters. Voters named the cost of housing as their top concern, it found.',
    ).at(-1);
    expect(last?.name).toMatch(/poll/i);
  });
});
