/**
 * The examples of claims37b's rows (claims-37b.ts) through the whole engine: for a speaker row,
 * the speaker (as written or its name) of the sentence's claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { APPEAL_TO_DEMAND, HYPOTHESIS_CUES, WORK_MADE_BY } from './claims-37b';

describe('speaker.work-by.participle: the cue of the claim', () => {
  it.each(rowExamples([WORK_MADE_BY]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it.each([
    // The document as written, as participle-modifier.ts trims "A report released on Tuesday".
    ['A letter signed by 40 lawmakers said the deal was illegal.', 'letter'],
    ['A statement issued by the ministry on Monday said the talks had failed.', 'statement'],
  ])('%s → the speaker is %s', (text, want) => {
    const [c] = claimsOf(text);
    expect(c?.speaker?.replace(/^an? /i, '')).toBe(want);
  });
});

describe('cue.verb.hypothesis: the cue of the claim', () => {
  it.each(rowExamples([HYPOTHESIS_CUES]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('guard.appeal-to.demand: the cue of the claim', () => {
  it.each(rowExamples([APPEAL_TO_DEMAND]))('%s: %s', (_id, text, want) => expectCue(text, want));
});
