/**
 * The examples of the lead's stop-52 claims rows (claims-lead-52.ts) through the whole engine: the
 * speaker text of the last claim, exactly.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { NAME_ACROSS_COMMA, NAME_BEFORE_POSSESSED_DESCRIPTION, POSSESSOR_BODY } from './claims-lead-52';

describe("the lead's stop-52 speaker rows: the speaker text of the last claim", () => {
  it.each(rowExamples([NAME_BEFORE_POSSESSED_DESCRIPTION, NAME_ACROSS_COMMA]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(want);
  });
});

describe("the lead's stop-52 speaker rows: the last claim has this speaker (its text or its name)", () => {
  it.each(rowExamples([POSSESSOR_BODY]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});
