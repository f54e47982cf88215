/**
 * The examples of claims29b's rows (claims-29b.ts) through the whole engine: `expect` is the cue
 * of one of the text's claims ("" when the text has no claim), or for quote.after-person-sentence
 * the speaker's name of the text's last claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  ACCORDING_TO_CONFORMITY,
  GOVERNMENT_FITS,
  PARTY_MEMBERS_SUBJECT,
  PEOPLE_NOUN_BEFORE_NAME,
  PLURAL_BODIES_SUBJECT,
  QUOTE_AFTER_PERSON_SENTENCE,
  STANCE_ON_EVENT,
} from './claims-29b';

describe('claims29b rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([STANCE_ON_EVENT, PLURAL_BODIES_SUBJECT, ACCORDING_TO_CONFORMITY, PARTY_MEMBERS_SUBJECT]))(
    '%s: %s',
    (_id, text, want) => expectCue(text, want),
  );
});

describe('claims29b rows: the last claim has this speaker', () => {
  it.each(rowExamples([QUOTE_AFTER_PERSON_SENTENCE]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect(claims.at(-1)?.name).toBe(want);
  });
});

describe('claims29b rows: a claim has this speaker ("" = no claim)', () => {
  it.each(rowExamples([PEOPLE_NOUN_BEFORE_NAME, GOVERNMENT_FITS]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect(claims.map((c) => c.name)).toContain(want);
  });
});

describe('quote.after-person-sentence', () => {
  it('every sentence of the quotation is the person’s, as a direct claim', () => {
    const claims = claimsOf(
      'Opposition lawmaker Ibrahim Dankoulou said the minister had given away the river.\n\nAsked whether a deal was still possible, Ms. Adaeze Nwosu paused. "Possible? Yes. Likely? I would not bet my salary on it."',
    );
    const quoted = claims.filter((c) => c.kind === 'direct');
    expect(quoted.length).toBeGreaterThan(0);
    expect(new Set(quoted.map((c) => c.name))).toEqual(new Set(['Adaeze Nwosu']));
  });

  it('an object of the sentence before is no speaker', () => {
    const claims = claimsOf(
      'Mayor Tom Reyes said the budget was final. Police later arrested Ana Ruiz outside the hall. "We have not even read it."',
    );
    expect(claims.map((c) => c.name)).not.toContain('Ana Ruiz');
  });
});
