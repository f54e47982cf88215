/**
 * The examples of the lead's stop-57 claims rows (claims-lead-57.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { PEOPLE_OF_OWNED_PLACE } from './claims-lead-57';

describe("the lead's stop-57 speaker rows: the last claim's speaker resolves to this name", () => {
  it.each(rowExamples([PEOPLE_OF_OWNED_PLACE]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});

describe('people at a place inside a larger one', () => {
  it('gives the claim to the people, not to the owned place', () => {
    const [c] = claimsOf("Strikes hit airports. Travellers at Germany's Frankfurt Airport said they had waited.");
    expect(c?.name).not.toBe('Frankfurt Airport');
  });
});
