/** The rows of long-news-rows.ts, their examples run through the whole engine. */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { ACCORDING_TO_IN_PROPORTION, ANSWER_NO, FIRM_APPOSITION, RECIPROCAL_OBJECT } from './long-news-rows';

describe('claim.sentence.answer-no: the number of claims', () => {
  it.each(rowExamples([ANSWER_NO]))('%s: %s', (_id, text, want) => {
    expect(String(claimsOf(text).length)).toBe(want);
  });
});

describe('cue rows of the long batches: the cue a sentence gets ("" = no claim)', () => {
  it.each(rowExamples([ACCORDING_TO_IN_PROPORTION, RECIPROCAL_OBJECT]))('%s: %s', (_id, text, want) =>
    expectCue(text, want),
  );
});

describe('speaker rows of the long batches: the last claim names this speaker', () => {
  it.each(rowExamples([FIRM_APPOSITION]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    expect([last?.name, last?.speaker]).toContain(want);
  });
});
