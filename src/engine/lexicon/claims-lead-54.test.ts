/**
 * The examples of the lead's stop-54 claims row (claims-lead-54.ts) through the whole engine: the
 * last claim has this speaker (its text or its name).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { AFTER_COORDINATED_CLAUSE } from './claims-lead-54';

describe("the lead's stop-54 speaker row: the last claim has this speaker (its text or its name)", () => {
  it.each(rowExamples([AFTER_COORDINATED_CLAUSE]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});
