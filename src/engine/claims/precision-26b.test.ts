/**
 * claims26b's precision rows (lexicon/claim-precision-rows.ts): each row's firing and non-firing
 * examples, run through the whole engine ("" = no claim, otherwise the cue the claim must have).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-helpers';
import { CLAIM_PRECISION_ROWS, CLAIM_SPEAKER_ROWS_26B } from '../lexicon/claim-precision-rows';

describe('claims26b precision rows: the cue a sentence gets ("" = no claim)', () => {
  it.each(CLAIM_PRECISION_ROWS.flatMap((r) => r.examples.map((e) => [r.id, e.text, e.expect] as const)))(
    '%s: %s',
    (_id, text, want) => {
      const cues = claimsOf(text).map((c) => c.cue);
      if (want === '') expect(cues).toEqual([]);
      else expect(cues).toContain(want);
    },
  );
});

describe("claims26b speaker rows: the speaker text a sentence's claim gets", () => {
  it.each(CLAIM_SPEAKER_ROWS_26B.flatMap((r) => r.examples.map((e) => [r.id, e.text, e.expect] as const)))(
    '%s: %s',
    (_id, text, want) => expect(claimsOf(text).map((c) => c.speaker)).toContain(want),
  );
});
