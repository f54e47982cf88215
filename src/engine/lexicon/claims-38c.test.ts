/**
 * The examples of the lead's stop-48 rows (claims-38c.ts) through the whole engine: the name (or
 * the text as written) of the speaker of the text's last claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { CAPITALISED_RUN_NOT_DESCRIPTION } from './claims-38c';

describe('guard.speaker.capitalised-run-not-description: the last claim has this speaker', () => {
  it.each(rowExamples([CAPITALISED_RUN_NOT_DESCRIPTION]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    expect(last?.name ?? last?.speaker).toBe(want);
  });
});

// Review of the merged claims rows (stop 48): each sentence was read wrongly by one of them.
describe('review mends: what the claim says', () => {
  it('data before ", which showed that" is the source: the claim stays', () => {
    const claims = claimsOf(
      'Stocks rose after the Commerce Department data, which showed that retail sales rose 0.4% in September.',
    );
    expect(claims.map((c) => c.cue)).toEqual(['showed']);
  });
  it('a participle with its agent does not end the search for "that"', () => {
    const claims = claimsOf('The campaign said in a memo confirmed by aides that it had raised $40 million in July.');
    expect(claims.map((c) => c.content)).toEqual(['it had raised $40 million in July']);
  });
  it('a pronoun "that" after an aside opens no clause', () => {
    const claims = claimsOf('Asked about the deal, the mayor said yes, in principle, that was the plan.');
    expect(claims.map((c) => c.content)).toEqual(['yes, in principle, that was the plan']);
  });
  it('the writer\'s own ", which suggests that" is still no claim', () => {
    expect(claimsOf('The bank cut rates, which suggests that officials are worried about growth.')).toEqual([]);
  });
});
