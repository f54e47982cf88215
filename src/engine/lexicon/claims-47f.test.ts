/**
 * The examples of claims57f's rows (claims-47f.ts) through the whole engine: the first claim's
 * speaker as written ("" for no claim at all).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import {
  ASPECT_VERB,
  DESCRIPTION_PAST_VERB,
  OPENING_PARTICIPLE_NO_COMMA,
  PARTICIPLE_MODIFIER_THING,
} from './claims-47f';

describe('claims57f rows: the first claim has this speaker as written', () => {
  it.each(rowExamples([OPENING_PARTICIPLE_NO_COMMA, ASPECT_VERB, PARTICIPLE_MODIFIER_THING, DESCRIPTION_PAST_VERB]))(
    '%s: %s',
    (_id, text, want) => {
      const claims = claimsOf(text);
      if (want === '') expect(claims).toEqual([]);
      else expect(claims[0]?.speaker).toBe(want);
    },
  );
});
