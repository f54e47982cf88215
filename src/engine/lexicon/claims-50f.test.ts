/**
 * The examples of claims60f's rows (claims-50f.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { BASE_FORM_EXTRAPOSED, PAST_VERB_ADVERB_AFTER_PRONOUN, THAT_AFTER_WRITING_VERB } from './claims-50f';

describe('claims60f rows: the first claim has this speaker as written ("" = no claim)', () => {
  it.each(rowExamples([THAT_AFTER_WRITING_VERB, BASE_FORM_EXTRAPOSED, PAST_VERB_ADVERB_AFTER_PRONOUN]))(
    '%s: %s',
    (_id, text, want) => {
      const claims = claimsOf(text);
      if (want === '') expect(claims).toEqual([]);
      else expect(claims[0]?.speaker).toBe(want);
    },
  );
});
