/**
 * The examples of claims42's rows (claims-42.ts) through the whole engine: for the speaker rows,
 * the last claim's speaker (its text or its name; "" for no claim at all); for the cue rows, the cue
 * of one of the sentence's claims ("" for no claim); for the names row, one of the mentions.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, mentionsOf, rowExamples } from '../test-helpers';
import {
  CHANT_THAT,
  IMPERSONAL_AGENT_AFTER,
  PEOPLE_BEFORE_PREPOSITION,
  PORTFOLIO_NOT_FUNCTION_WORD,
  PRONOUN_IT_BODY_SUBJECT,
  RELATIVE_ASIDE_NO_COMPLEMENT,
  RELATIVE_BARE_PLURAL,
  ROLE_OF_AFTER_COMMA,
  STAFF_AT_AMPERSAND,
  SUBJECT_BEFORE_QUOTATION,
  THEY_COUNTED_GROUP,
  VIEW_ADJUNCT,
} from './claims-42';

describe('claims42 speaker rows: the last claim has this speaker (its text or its name)', () => {
  it.each(
    rowExamples([
      RELATIVE_BARE_PLURAL,
      PORTFOLIO_NOT_FUNCTION_WORD,
      IMPERSONAL_AGENT_AFTER,
      PRONOUN_IT_BODY_SUBJECT,
      THEY_COUNTED_GROUP,
      VIEW_ADJUNCT,
      SUBJECT_BEFORE_QUOTATION,
    ]),
  )('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});

describe('claims42 speaker rows: the speaker text of the last claim, exactly', () => {
  it.each(rowExamples([PEOPLE_BEFORE_PREPOSITION, ROLE_OF_AFTER_COMMA]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(want);
  });
  it('names the people, not the body or the person they serve, in a closing tag', () => {
    const [c] = claimsOf('The bill will pass the Senate, aides to Senator Ann Reyes said.');
    expect(c?.name).toBe('aides to Senator Ann Reyes');
  });
});

describe('claims42 cue rows: the cue of one of the claims ("" = no claim)', () => {
  it.each(rowExamples([CHANT_THAT, RELATIVE_ASIDE_NO_COMPLEMENT]))('%s: %s', (_id, text, want) =>
    expectCue(text, want),
  );
});

describe('claims42 names row: a tight ampersand inside the firm after "analysts at"', () => {
  it.each(rowExamples([STAFF_AT_AMPERSAND]))('%s: %s', (_id, text, want) => {
    expect(mentionsOf(text)).toContain(want);
  });
  it('gives the claim the whole firm as its name', () => {
    expect(claimsOf('Analysts at S&P said the outlook was stable.')[0]?.name).toBe('S&P');
  });
});

describe('claims42 view adjunct: the clause after the comma is the content', () => {
  it('reads "In the view of X," as a claim of X about what follows', () => {
    const [c] = claimsOf("In the view of council member Rita Osei, the closure would cut off the city's poorest area.");
    expect(c?.content).toMatch(/^the closure would cut off/);
    expect(c?.kind).toBe('indirect');
  });
});
