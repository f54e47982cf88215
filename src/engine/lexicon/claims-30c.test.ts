/**
 * The examples of claims30c's rows (claims-30c.ts) through the whole engine: `expect` is the cue
 * of one of the text's claims ("" when the text has no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { TELL_THING_TOLD } from './claims-30c';

describe('claims30c rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([TELL_THING_TOLD]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('claim.tell.thing-told', () => {
  it('keeps the claim of the sentence around a thing told', () => {
    const cues = claimsOf('He told the truth about the loan, the judge said.').map((c) => c.cue);
    expect(cues).toEqual(['said']);
  });
});
