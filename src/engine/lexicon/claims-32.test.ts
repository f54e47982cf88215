/**
 * The examples of claims32's rows (claims-32.ts) through the whole engine: `expect` is the name or
 * the text as written of the speaker of the text's last claim (for speaker.people-of-place.at, the
 * name alone, since the text as written is the same either way).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { NAMED_INTRODUCED, PEOPLE_AT_PLACE, STATEMENT_OF_SOURCE, UNNAMED_BODY_THAT_SPOKE } from './claims-32';

describe('claims32 rows: the last claim has this speaker (its name, or its text as written)', () => {
  it.each(rowExamples([STATEMENT_OF_SOURCE, UNNAMED_BODY_THAT_SPOKE, NAMED_INTRODUCED]))(
    '%s: %s',
    (_id, text, want) => {
      const last = claimsOf(text).at(-1);
      expect([last?.name, last?.speaker]).toContain(want);
    },
  );
});

describe('speaker.people-of-place.at: the name of the speaker', () => {
  it.each(rowExamples([PEOPLE_AT_PLACE]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});

describe('speaker.description.statement-of-source', () => {
  it("gives the quotation the statement's source and keeps it direct", () => {
    const claims = claimsOf(
      'Police said in a release that two men had been arrested. "Both were released on bail," the release said.',
    );
    expect(claims.map((c) => [c.name, c.kind])).toEqual([
      ['Police', 'indirect'],
      ['Police', 'direct'],
    ]);
  });
});

describe('speaker.pronoun.named-introduced', () => {
  it('keeps the introduced man for "he adds" in the next paragraph', () => {
    const claims = claimsOf(
      'Her only employee, a 23-year-old from Lyngen named Eirik Haugland, joined last winter. The work suits him, he says.\n\n"I\'m not a morning person. I\'m a bread person," he adds, laughing.',
    );
    expect(claims.map((c) => c.name)).toEqual(['Eirik Haugland', 'Eirik Haugland', 'Eirik Haugland']);
  });
});
