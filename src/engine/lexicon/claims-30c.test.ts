/**
 * The examples of claims30c's rows (claims-30c.ts) through the whole engine: `expect` is the cue
 * of one of the text's claims ("" when the text has no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { SEEN_BY_NO_NAME_AFTER, TELL_THING_TOLD } from './claims-30c';

describe('claims30c rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([TELL_THING_TOLD]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('claims30c rows: a claim is given this name', () => {
  it.each(rowExamples([SEEN_BY_NO_NAME_AFTER]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).map((c) => c.name)).toContain(want);
  });
});

describe('speaker.seen-by.no-name-after', () => {
  it.each([
    ['Protesters seen by a Reuters reporter said the march would continue.', 'Reuters'],
    ['An internal memo obtained by the Financial Times showed that the bank knew of the fault.', 'Financial Times'],
  ])('who saw the source is not its name: %s', (text, notWant) => {
    const names = claimsOf(text).map((c) => c.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain(notWant);
  });
});

describe('claim.tell.thing-told', () => {
  it('keeps the claim of the sentence around a thing told', () => {
    const cues = claimsOf('He told the truth about the loan, the judge said.').map((c) => c.cue);
    expect(cues).toEqual(['said']);
  });
});
