/**
 * The examples of claims62f's rows (claims-52f.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  APPOSITIVE_DESCRIPTION_NO_CONTENT,
  OBJECT_RELATIVE_PAST,
  DOCUMENT_PRINTED,
  RELATIVE_ENDS_ADVERB,
  RELATIVE_OBJECT_SAY,
  RELATIVE_SECOND,
} from './claims-52f';

describe('claims62f rows: the first claim has this content', () => {
  it.each(rowExamples([RELATIVE_ENDS_ADVERB, APPOSITIVE_DESCRIPTION_NO_CONTENT]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.content).toBe(want);
  });
});

describe('claims62f rows: some claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([DOCUMENT_PRINTED, RELATIVE_OBJECT_SAY]))('%s: %s', (_id, text, want) => {
    expectCue(text, want);
  });
});

describe('claims62f rows: the second claim has this content ("" = no second claim)', () => {
  it.each(rowExamples([RELATIVE_SECOND]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[1]?.content ?? '').toBe(want);
  });
});

describe('claims62f rows: the first claim has this speaker as written', () => {
  it.each(rowExamples([OBJECT_RELATIVE_PAST]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.speaker).toBe(want);
  });
});
