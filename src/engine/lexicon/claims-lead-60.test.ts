/**
 * The examples of the lead's stop-60 claims rows (claims-lead-60.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { AFTER_OPENING_ADJUNCT, BODY_ROLE_RUN, POSSESSED_NOUN_PLACED, SWEAR_IN } from './claims-lead-60';

describe("the lead's stop-60 speaker rows: the last claim's speaker resolves to this name", () => {
  it.each(rowExamples([AFTER_OPENING_ADJUNCT, BODY_ROLE_RUN, POSSESSED_NOUN_PLACED]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });

  it('reads the subject past a participle or place adjunct too', () => {
    expect(claimsOf('Speaking to reporters, the minister smiled and said the talks went well.').at(-1)?.name).toBe(
      'minister',
    );
    expect(claimsOf('In Lisbon, Ana Costa waved and said the deal was done.').at(-1)?.name).toBe('Ana Costa');
  });

  it.each(rowExamples([SWEAR_IN]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker ?? '').toBe(want);
  });
});
