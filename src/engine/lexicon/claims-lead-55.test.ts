/**
 * The examples of the lead's stop-55 claims rows (claims-lead-55.ts) through the whole engine: the
 * last claim has this speaker (its text or its name).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { GUARD_LEGAL_APPEAL, INVERTED_FOR_PHRASE, INVERTED_INDEFINITE_THING } from './claims-lead-55';

describe("the lead's stop-55 speaker rows: the last claim has this speaker (its text or its name)", () => {
  it.each(rowExamples([INVERTED_INDEFINITE_THING, INVERTED_FOR_PHRASE]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});

describe("the lead's stop-55 cue guard: the sentence's claims have this cue ('' for none)", () => {
  it.each(rowExamples([GUARD_LEGAL_APPEAL]))('%s: %s', (_id, text, want) => expectCue(text, want));
});
