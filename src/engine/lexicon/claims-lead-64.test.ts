/**
 * The examples of the lead's stop-64 claims rows (claims-lead-64.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { BODY_SPOKESPERSON } from './claims-lead-64';

describe("the lead's stop-64 speaker rows: the last claim's speaker resolves to this name", () => {
  it.each(rowExamples([BODY_SPOKESPERSON]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});
