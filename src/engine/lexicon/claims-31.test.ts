/**
 * The examples of claims31's rows (claims-31.ts) through the whole engine: `expect` is the cue of
 * one of the text's claims, "" when the text has no claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { COORDINATED_LONE_SUBJECT, FEEL_PLAIN_OBJECT, IMPERATIVE_REPORT } from './claims-31';

describe('claims31 rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([IMPERATIVE_REPORT, FEEL_PLAIN_OBJECT]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe("claims31 speaker rows: the speaker as written of one of the text's claims", () => {
  it.each(rowExamples([COORDINATED_LONE_SUBJECT]))('%s: %s', (_id, text, want) => {
    const speakers = claimsOf(text).map((c) => c.speaker);
    if (want === '') expect(speakers).toEqual([]);
    else expect(speakers).toContain(want);
  });
});

describe('cue.imperative.report', () => {
  it('names the imperative as written as the source, and keeps the clause as the content', () => {
    const [c] = claimsOf('Recall that a percent means one-hundredth.');
    expect(c).toMatchObject({ speaker: 'Recall', cue: 'Recall', content: 'a percent means one-hundredth' });
  });
  it.each(['Make sure that the door is locked before you leave.', 'Make sure the door is locked before you leave.'])(
    'the imperative is the only cue, not the adjective "sure" (no holder of the certainty): %s',
    (text) => expect(claimsOf(text).map((c) => c.cue)).toEqual(['Make sure']),
  );
  it('leaves an imperative with a subject of its own to the cue rows', () => {
    const cues = claimsOf('You should make sure that the door is locked, the officer said.').map((c) => c.cue);
    expect(cues).toEqual(['said']);
  });
});
