/**
 * The examples of claims38b's rows (claims-38b.ts) through the whole engine: for a cue row, the cue
 * of one of the sentence's claims ("" for no claim), and the speaker of a take example.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { PLURAL_DATA } from './claims-38b';

describe('guard.base-form.plural-data: the cue of the claim', () => {
  it.each(rowExamples([PLURAL_DATA]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it('gives the claim to the data', () => {
    expect(claimsOf('The data suggest that the drug works in older patients.')[0]?.speaker).toBe('The data');
  });
});
