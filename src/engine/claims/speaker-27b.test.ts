/**
 * claims27b's speaker rows (lexicon/speaker-rows-27b.ts): each row's firing and non-firing
 * examples, run through the whole engine (the speaker text the sentence's claim must get).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { GUARD_ROWS_27B, SPEAKER_ROWS_27B } from '../lexicon/speaker-rows-27b';

describe("claims27b speaker rows: the speaker text a sentence's claim gets", () => {
  it.each(rowExamples(SPEAKER_ROWS_27B))('%s: %s', (_id, text, want) =>
    expect(claimsOf(text).map((c) => c.speaker)).toContain(want),
  );
});

describe('claims27b guard rows: the cue a sentence gets ("" = no claim)', () => {
  it.each(rowExamples(GUARD_ROWS_27B))('%s: %s', (_id, text, want) => expectCue(text, want));
});
