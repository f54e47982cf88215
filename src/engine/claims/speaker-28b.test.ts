/**
 * claims28b's speaker rows (lexicon/speaker-rows-28b.ts): each row's firing and non-firing
 * examples, run through the whole engine (the name the last claim of the text must be resolved to).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { SPEAKER_ROWS_28B, SUBJECT_ROWS_28B } from '../lexicon/speaker-rows-28b';

describe("claims28b speaker rows: the name the text's last claim is resolved to", () => {
  it.each(rowExamples(SPEAKER_ROWS_28B))('%s: %s', (_id, text, want) => expect(claimsOf(text).at(-1)?.name).toBe(want));
});

describe("claims28b subject rows: the speaker text a sentence's claim gets", () => {
  it.each(rowExamples(SUBJECT_ROWS_28B))('%s: %s', (_id, text, want) =>
    expect(claimsOf(text).map((c) => c.speaker)).toContain(want),
  );
});
