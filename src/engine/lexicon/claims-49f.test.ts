/**
 * The examples of claims59f's rows (claims-49f.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { EXTRAPOSED_RELATIVE, INVERTED_AUXILIARY, PAST_TOLD_ADDRESSEE, PRONOUN_VOTE_OTHER_PERSON } from './claims-49f';

// The last claim's speaker as resolved to a person: "" when it names nobody (the pronoun stands as written).
const lastResolved = (text: string): string => {
  const last = claimsOf(text).at(-1);
  if (!last?.speaker) return '';
  return last.name && last.name !== last.speaker ? last.name : '';
};

describe('claims59f speaker rows: the last claim resolves to this person', () => {
  it.each(rowExamples([PRONOUN_VOTE_OTHER_PERSON]))('%s: %s', (_id, text, want) =>
    expect(lastResolved(text)).toBe(want),
  );
});

describe('claims59f subject rows: the first claim has this speaker as written', () => {
  it.each(rowExamples([EXTRAPOSED_RELATIVE, INVERTED_AUXILIARY]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect(claims[0]?.speaker).toBe(want);
  });
});

describe('claims59f content rows: the first claim says this', () => {
  it.each(rowExamples([PAST_TOLD_ADDRESSEE]))('%s: %s', (_id, text, want) =>
    expect(claimsOf(text)[0]?.content).toBe(want),
  );
});
