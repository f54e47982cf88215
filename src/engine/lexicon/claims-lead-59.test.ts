/**
 * The examples of the lead's stop-59 claims rows (claims-lead-59.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { MEN_PLURAL_PEOPLE } from './claims-lead-59';

describe("the lead's stop-59 speaker rows: the last claim's speaker resolves to this name", () => {
  it.each(rowExamples([MEN_PLURAL_PEOPLE]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});
