/**
 * claims39b (issue #9, fourth round): the review mends of the shared claims helpers, and the
 * examples of the rows of claims-39b.ts through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { HOLD_THAT } from './claims-39b';

describe('one window, one unit: a name is one word of the "that" window wherever it stands (review)', () => {
  it('reads a name right after the cue as one word, not its "Will" as an auxiliary', () => {
    expect(claimsOf('The coach told Will Smith that he would start on Sunday.').map((c) => c.content)).toEqual([
      'he would start on Sunday',
    ]);
  });
  it('keeps a name with a full stop of its own inside the window ("St. Louis")', () => {
    expect(
      claimsOf('The mayor wrote in a letter to the St. Louis Post-Dispatch that the plan had failed.').map((c) => [
        c.cue,
        c.content,
      ]),
    ).toEqual([['wrote', 'the plan had failed']]);
  });
});

describe('cue.verb.hold-that: the cue of one of the claims ("" = no claim)', () => {
  it.each(rowExamples([HOLD_THAT]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it('gives the ruling to the court, the content after "that"', () => {
    expect(claimsOf('The Supreme Court held that the law was unconstitutional.')[0]).toMatchObject({
      speaker: 'The Supreme Court',
      content: 'the law was unconstitutional',
    });
  });
});
