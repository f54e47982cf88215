/**
 * The examples of claims63f's rows (claims-53f.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { PLURAL_OPENS } from './claims-53f';

describe('claims63f rows: the first claim has this content ("" = no claim)', () => {
  it.each(rowExamples([PLURAL_OPENS]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.content ?? '').toBe(want);
  });
});
