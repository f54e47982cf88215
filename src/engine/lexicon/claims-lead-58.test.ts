/**
 * The examples of the lead's stop-58 claims rows (claims-lead-58.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { BODIES_OF_PLACE, OBJECT_RELATIVE_SUBJECT, PERSON_POSSESSOR_NOT_SPEAKER } from './claims-lead-58';

describe("the lead's stop-58 speaker rows: the last claim's speaker resolves to this name", () => {
  it.each(rowExamples([PERSON_POSSESSOR_NOT_SPEAKER, BODIES_OF_PLACE]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});

describe("the lead's stop-58 speaker text rows: the first claim's speaker is written so", () => {
  it.each(rowExamples([OBJECT_RELATIVE_SUBJECT]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.speaker).toBe(want);
  });
});
