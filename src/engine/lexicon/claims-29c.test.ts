/**
 * The examples of claims29c's rows (claims-29c.ts) through the whole engine: `expect` is the cue
 * of one of the text's claims ("" when the text has no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { POSSIBILITY_MODAL } from './claims-29c';

describe('claims29c rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([POSSIBILITY_MODAL]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('guard.possibility-modal', () => {
  it('a warning keeps one claim, not a second one for the possibility inside it', () => {
    const cues = claimsOf('The union warned that the government could declare the strike illegal.').map((c) => c.cue);
    expect(cues).toEqual(['warned']);
  });
});
