/**
 * The examples of claims45's rows (claims-45.ts) through the whole engine: the last claim's speaker
 * (its text or its name; "" for no claim at all); for the look-ahead row, the first claim's resolved name.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { ADJUNCT_ONLY_CONTENT, APPOSITIVE_NAMES_BODY, COORDINATED_ROLES, LOOK_AHEAD_OWN_TITLE } from './claims-45';

describe('claims45 rows: the last claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([ADJUNCT_ONLY_CONTENT, APPOSITIVE_NAMES_BODY, COORDINATED_ROLES]))(
    '%s: %s',
    (_id, text, want) => {
      const claims = claimsOf(text);
      if (want === '') expect(claims).toEqual([]);
      else expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
    },
  );
});

describe('claims45 look-ahead row: the first claim resolves to this name', () => {
  // The resolved name, not the speaker text: "The mayor" as written stays with or without the row.
  it.each(rowExamples([LOOK_AHEAD_OWN_TITLE]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.name).toBe(want);
  });
});

describe('claims45 rows read what the known faults of stop 54 asked', () => {
  it('a person who only mentions the office is not given it, whether or not the mayor is mentioned in a relative clause', () => {
    const first = 'The mayor said the lanes would stay.';
    const later = 'Later, council member Ray Oduya, who criticised the mayor, said the lanes had cost shops dearly.';
    expect(claimsOf(`${first} ${later}`)[0]?.name).toBe('mayor');
    // The other order ("Later, … Ray Oduya, who criticised the mayor, said …. The mayor said …")
    // still gives the mayor's words to Ray Oduya, by the description score of `describe()`, not by
    // the look-ahead: left for the next stop (claims45's report).
    expect(
      claimsOf(`The mayor said the lanes would stay. Council member Ray Oduya said the mayor had erred.`)[0]?.name,
    ).toBe('mayor');
  });
  it('a verb of saying with only a time after it makes no claim, one with a clause after the time does', () => {
    expect(claimsOf('The senator conceded shortly before midnight.')).toEqual([]);
    expect(claimsOf('The senator conceded shortly before midnight that the race was lost.')).toHaveLength(1);
  });
});
