/**
 * The examples of claims37b's rows (claims-37b.ts) through the whole engine: for a speaker row,
 * the speaker (as written or its name) of the sentence's claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { CANNOT_BETWEEN } from './claims-37b';

describe('speaker.subject.cannot: the speaker of the claim', () => {
  it.each(rowExamples([CANNOT_BETWEEN]))('%s: %s', (_id, text, want) => {
    const [c] = claimsOf(text);
    expect([c?.speaker?.replace(/^the /i, ''), c?.name]).toContain(want);
  });
});
