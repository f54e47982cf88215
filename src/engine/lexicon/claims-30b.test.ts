/**
 * The examples of claims30b's rows (claims-30b.ts) through the whole engine: `expect` is the cue
 * of one of the text's claims ("" when the text has no claim), or for the speaker rows the
 * speaker as written of one of its claims.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  ACCORDING_ING_HEAD,
  FIRST_NAME_SOURCE,
  FOLDED_GIVEN_NAME,
  GENDER_FROM_PRONOUN,
  HYPHENATED_ADJECTIVE,
  PERSON_COMMON_NOUNS,
  REPORTING_MEDIUM,
  NEGATED_PLAIN_OBJECT,
  NOUN_BEFORE_SEEN_BY,
  SUBJECT_SEEN_BY,
} from './claims-30b';

describe('claims30b rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([SUBJECT_SEEN_BY, NOUN_BEFORE_SEEN_BY, NEGATED_PLAIN_OBJECT]))('%s: %s', (_id, text, want) =>
    expectCue(text, want),
  );
});

describe('claims30b rows: a claim has this speaker as written', () => {
  it.each(rowExamples([ACCORDING_ING_HEAD, HYPHENATED_ADJECTIVE]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).map((c) => c.speaker)).toContain(want);
  });
});

describe('claims30b rows: the last claim has this speaker (its text, or the name it resolves to)', () => {
  it.each(rowExamples([PERSON_COMMON_NOUNS, FIRST_NAME_SOURCE, FOLDED_GIVEN_NAME, REPORTING_MEDIUM]))(
    '%s: %s',
    (_id, text, want) => {
      const last = claimsOf(text).at(-1);
      expect([last?.name, last?.speaker]).toContain(want);
    },
  );
});

describe('claims30b rows: the last claim is not given this name', () => {
  it.each(rowExamples([GENDER_FROM_PRONOUN]))('%s: %s', (_id, text, notWant) => {
    const last = claimsOf(text).at(-1);
    expect(last).toBeDefined();
    expect(last?.name).not.toBe(notWant);
  });
});

describe('speaker.subject.seen-by', () => {
  it('the newsroom that saw the document is not its speaker', () => {
    const names = claimsOf('Documents seen by Reuters show that the bank lined up a loan in May.').map((c) => c.name);
    expect(names).not.toContain('Reuters');
  });
});

describe('claim.negated-cue.plain-object', () => {
  it('keeps the other claim of a sentence whose negated verb has an object', () => {
    const cues = claimsOf('The mayor would not confirm the figure but said the damage was severe.').map((c) => c.cue);
    expect(cues).not.toContain('confirm');
  });
});
