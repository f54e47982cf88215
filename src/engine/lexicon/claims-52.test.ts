/**
 * The examples of claims62's rows (claims-52.ts) through the whole engine: the cue of the sentence
 * ("" for no claim), the speaker the last claim stands for, the content of the last claim, or the
 * number of sentences, as each row decides.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  ADDRESSEE_CLAUSE_AFTER,
  AS_TOLD_ADDRESSEE,
  NOUN_OF_TITLED_PERSON,
  PLURAL_HEAD_APPOSITIVE,
  RELATIVE_MAIN_CUE,
  TOLD_OWNED_PEOPLE,
} from './claims-52';

describe('claims62 rows: the sentence has this cue', () => {
  it.each(rowExamples([RELATIVE_MAIN_CUE]))('%s: %s', (_id, text, w) => expectCue(text, w));
});

// The rows that decide whom a speaker stands for: the name itself (without "the"), not the text.
const nameOf = (c: ReturnType<typeof claimsOf>[number] | undefined) => c?.name?.replace(/^the\s+/i, '').toLowerCase();
const want = (w: string) => w.replace(/^the\s+/i, '').toLowerCase();
describe('claims62 rows: the last claim stands for this name', () => {
  it.each(rowExamples([PLURAL_HEAD_APPOSITIVE, NOUN_OF_TITLED_PERSON]))('%s: %s', (_id, text, w) => {
    expect(nameOf(claimsOf(text).at(-1))).toBe(want(w));
  });
});

describe('claims62 rows: the last claim has this content', () => {
  it.each(rowExamples([ADDRESSEE_CLAUSE_AFTER, TOLD_OWNED_PEOPLE, AS_TOLD_ADDRESSEE]))('%s: %s', (_id, text, w) => {
    expect(claimsOf(text).at(-1)?.content ?? '').toBe(w);
  });
});

describe('claims62 rows: the relative clause on the subject is part of the source', () => {
  it('"Residents who reported the smell said": the main cue reports the clause after it', () => {
    const [c] = claimsOf('Residents who reported the smell said it was getting worse.');
    expect(c?.content).toBe('it was getting worse');
    expect(c?.name).toBe('Residents');
  });
});
