/**
 * claims26b's precision rows (lexicon/claim-precision-rows.ts): each row's firing and non-firing
 * examples, run through the whole engine ("" = no claim, otherwise the cue the claim must have).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { CLAIM_PRECISION_ROWS, CLAIM_SPEAKER_ROWS_26B } from '../lexicon/claim-precision-rows';

describe('claims26b precision rows: the cue a sentence gets ("" = no claim)', () => {
  it.each(rowExamples(CLAIM_PRECISION_ROWS))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe("claims26b speaker rows: the speaker text a sentence's claim gets", () => {
  it.each(rowExamples(CLAIM_SPEAKER_ROWS_26B))('%s: %s', (_id, text, want) =>
    expect(claimsOf(text).map((c) => c.speaker)).toContain(want),
  );
});
