/**
 * The examples of claims61f's rows (claims-51f.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { COMPANY_NOT_PUBLIC_BODY, IRREGULAR_PAST_TABLE, RECEIVED_DOCUMENT } from './claims-51f';

describe('claims61f rows: the first claim has this speaker as written ("" = no claim)', () => {
  it.each(rowExamples([IRREGULAR_PAST_TABLE, RECEIVED_DOCUMENT]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect(claims[0]?.speaker).toBe(want);
  });
});

describe('claims61f rows: the first claim is resolved to this name', () => {
  it.each(rowExamples([COMPANY_NOT_PUBLIC_BODY]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.name).toBe(want);
  });
});
