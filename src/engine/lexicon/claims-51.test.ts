/**
 * The examples of claims61's rows (claims-51.ts) through the whole engine: the cue of the sentence
 * ("" for no claim), the speaker the last claim stands for, the content of the last claim, or the
 * number of sentences, as each row decides.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { segment } from '../tokenize/sentences';
import { tokenize } from '../tokenize/tokenize';
import {
  ADJUNCT_APPOSITIVE_PERSON,
  AS_SAID_TIME,
  DOCUMENT_FROM_READOUT,
  NOUN_OF_PERSON,
  PLATFORM_LETTER_ENDS,
  RELATIVE_BARE_OBJECT,
  RELATIVE_ENDS_IRREGULAR,
} from './claims-51';

describe('claims61 rows: the sentence has this cue', () => {
  it.each(rowExamples([RELATIVE_BARE_OBJECT]))('%s: %s', (_id, text, w) => expectCue(text, w));
});

// The rows that decide whom a speaker stands for: the name itself (without "the"), not the text.
const nameOf = (c: ReturnType<typeof claimsOf>[number] | undefined) => c?.name?.replace(/^the\s+/i, '').toLowerCase();
const want = (w: string) => w.replace(/^the\s+/i, '').toLowerCase();
describe('claims61 rows: the last claim stands for this name', () => {
  it.each(rowExamples([NOUN_OF_PERSON, ADJUNCT_APPOSITIVE_PERSON, DOCUMENT_FROM_READOUT]))('%s: %s', (_id, text, w) => {
    expect(nameOf(claimsOf(text).at(-1))).toBe(want(w));
  });
});

describe('claims61 rows: the text has this many sentences', () => {
  it.each(rowExamples([PLATFORM_LETTER_ENDS]))('%s: %s', (_id, text, w) => {
    expect(String(segment(tokenize(text)).count)).toBe(w);
  });
});

describe('claims61 rows: the last claim has this content', () => {
  it.each(rowExamples([AS_SAID_TIME, RELATIVE_ENDS_IRREGULAR]))('%s: %s', (_id, text, w) => {
    expect(claimsOf(text).at(-1)?.content ?? '').toBe(w);
  });
});
