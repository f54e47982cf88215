/**
 * claims39b (issue #9, fourth round): the review mends of the shared claims helpers, and the
 * examples of the rows of claims-39b.ts through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-helpers';

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
