/**
 * The examples of claims64's rows (claims-54.ts) through the whole engine: the cue of the sentence
 * ("" for no claim), and the speaker and content of the ruling tag.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { POSSESSIVE_DOCUMENT, PRONOUN_IT_NAMED_BODY_SUBJECT, RULING_TAG } from './claims-54';

describe('claims64 rows: the sentence has this cue', () => {
  it.each(rowExamples([RULING_TAG]))('%s: %s', (_id, text, w) => {
    expectCue(text, w);
  });
});

describe('claims64 rows: a ruling in a closing tag', () => {
  it('"…, a coroner has ruled.": the coroner, with the clause before the comma', () => {
    const [c] = claimsOf('The doctor died as a result of a road traffic collision, a coroner has ruled.');
    expect([c?.name, c?.content]).toEqual(['coroner', 'The doctor died as a result of a road traffic collision']);
  });
});

describe('claims64 rows: the speaker of the last claim', () => {
  it.each(rowExamples([PRONOUN_IT_NAMED_BODY_SUBJECT, POSSESSIVE_DOCUMENT]))('%s: %s', (_id, text, want) => {
    const c = claimsOf(text).at(-1);
    expect([c?.speaker, c?.name]).toContain(want);
  });
});
