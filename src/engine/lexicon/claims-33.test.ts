/**
 * The examples of claims33's rows (claims-33.ts) through the whole engine: for the cue row, the
 * cue of the sentence's claim ("" for none); for the speaker rows, the name or the text as written
 * of the speaker of the text's last claim (for the post-nominal row, the name alone).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { FIRM_AFTER_KIND, POST_NOMINAL, READ_DOCUMENT, WITNESS } from './claims-33';

describe('cue.verb.read.document: the cue of the claim', () => {
  it.each(rowExamples([READ_DOCUMENT]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('claims33 speaker rows: the last claim has this speaker (its name, or its text as written)', () => {
  it.each(rowExamples([FIRM_AFTER_KIND, WITNESS]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    expect([last?.name, last?.speaker]).toContain(want);
  });
});

describe('speaker.name.post-nominal: the name of the speaker', () => {
  it.each(rowExamples([POST_NOMINAL]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});

describe('cue.verb.read.document', () => {
  it('gives the quotation of "the statement read" the source that spoke in a statement, direct', () => {
    const claims = claimsOf(
      'In a statement, Aldergate University said the email had been sent in error. "We deeply regret this mistake," the statement read. "No bank details were included."',
    );
    expect(claims.map((c) => [c.name, c.kind])).toEqual([
      ['Aldergate University', 'indirect'],
      ['Aldergate University', 'direct'],
      ['Aldergate University', 'direct'],
    ]);
  });
});
