/**
 * The examples of the lead's stop-53 claims rows (claims-lead-53.ts) through the whole engine: the
 * speaker of the last claim (its text or its name).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { SENTENCE_OPENER_ORG } from './claims-lead-53';

describe("the lead's stop-53 speaker rows: the last claim has this speaker (its text or its name)", () => {
  it.each(rowExamples([SENTENCE_OPENER_ORG]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});
