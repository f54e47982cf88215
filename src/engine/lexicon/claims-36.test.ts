/**
 * The examples of claims36's rows (claims-36.ts) through the whole engine: for the cue row, the cue
 * of one of the sentence's claims ("" for none); for the speaker rows, the name or the text as
 * written of the speaker of the text's last claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  ADJUNCT_ROLE_OF_BODY,
  FIRM_LONG_KIND,
  INSTITUTION_WORD_WHOLE,
  OPENING_SEGMENT_ADJUNCT,
  READ_LEGAL_DOCUMENT,
} from './claims-36';

describe('cue.verb.read.document.legal: the cue of the claim', () => {
  it.each(rowExamples([READ_LEGAL_DOCUMENT]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it('gives the quotation to the judgment, not to the judges of the sentence before', () => {
    const claims = claimsOf(
      'The judges ruled that such data needs a warrant. "The state cannot treat every citizen as a suspect," the judgment reads.',
    );
    expect(claims.at(-1)?.speaker).toBe('the judgment');
    expect(claims.at(-1)?.kind).toBe('direct');
  });
});

describe('claims36 speaker rows: the last claim has this speaker (its name, or its text as written)', () => {
  it.each(rowExamples([ADJUNCT_ROLE_OF_BODY, INSTITUTION_WORD_WHOLE, FIRM_LONG_KIND, OPENING_SEGMENT_ADJUNCT]))(
    '%s: %s',
    (_id, text, want) => {
      const last = claimsOf(text).at(-1);
      expect([last?.name, last?.speaker]).toContain(want);
    },
  );
});

describe('speaker.subject.past-adjunct.role-of-body: only a role before the person makes them the subject', () => {
  it('leaves the object of a verb after a possessor ("Chelsea\'s fans booed John Smith and said")', () => {
    for (const text of [
      "Chelsea's fans booed John Smith and said he should resign.",
      "On Sunday, Chelsea's fans booed John Smith and said he should resign.",
    ])
      expect(claimsOf(text).map((c) => c.name)).not.toContain('John Smith');
  });
});

describe('speaker.subject.opening-segment.adjunct leaves a discourse word opening a turn', () => {
  it('makes no claim of a conversation turn that opens with "Well,"', () => {
    // The shape of a study-fold conversation sentence that the first version of the row (every
    // word of row speaker.not-subject) turned into a false claim.
    const turn = 'Well, the teachers, and the parents, and, I mean, the rules can be understand, understood.';
    expect(claimsOf(turn)).toEqual([]);
  });
});
