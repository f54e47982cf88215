/**
 * The examples of claims64f's rows (lexicon/claims-54f.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  DIRECT_THAT_CLAUSE,
  MANNER_ANGER,
  OFFICE_NOT_TRADE,
  PASSIVE_TOLD_HEARING,
  PLACE_CAPITALISED_HEAD,
  READ_SLOGAN,
  REGULATOR_KIND_NAMED,
  RELATIVE_NO_COMMA,
  TOLD_BARE_NOUN_CLAUSE,
} from '../lexicon/claims-54f';

describe('claims64f rows: the last claim has this speaker name', () => {
  it.each(rowExamples([REGULATOR_KIND_NAMED, PLACE_CAPITALISED_HEAD, OFFICE_NOT_TRADE]))(
    '%s: %s',
    (_id, text, want) => {
      expect(claimsOf(text).at(-1)?.name).toBe(want);
    },
  );
});

describe('claims64f rows: the first claim has this content ("" = no claim)', () => {
  it.each(rowExamples([DIRECT_THAT_CLAUSE, RELATIVE_NO_COMMA, TOLD_BARE_NOUN_CLAUSE]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.content ?? '').toBe(want);
  });
});

describe('claims64f rows: some claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([READ_SLOGAN, MANNER_ANGER, PASSIVE_TOLD_HEARING]))('%s: %s', (_id, text, want) => {
    expectCue(text, want);
  });
});

describe('claims64f rows: what a jury was told has no speaker', () => {
  it('The jury was told that …', () => {
    const claims = claimsOf('The jury was told that Askew had spent the money on horses.');
    expect(claims.map((c) => c.speaker)).toEqual([null]);
  });
});
