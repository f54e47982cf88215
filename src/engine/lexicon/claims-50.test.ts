/**
 * The examples of claims60's rows (claims-50.ts) through the whole engine: the cue of the sentence
 * ("" for no claim), the speaker of the last claim (its text, or the name it stands for), or the
 * content of the last claim, as each row decides.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  ACCEPT_THAT_RELATIVE_MODAL,
  ACCORDING_BODY_AFTER_COMMA,
  ACCORDING_MID_SENTENCE,
  FORMER_OTHER_ROLE,
  INDEFINITE_THING,
  INVERTED_ADVERB,
  OWNER_OF_ROLE,
  POSSESSED_ROLE_ANY_OWNER,
  RELATIVE_ENDS_OBJECT,
  TOLD_ADDRESSEE_POSSESSED_TIME,
} from './claims-50';

describe('claims60 rows: the sentence has this cue', () => {
  it.each(rowExamples([INDEFINITE_THING, ACCEPT_THAT_RELATIVE_MODAL]))('%s: %s', (_id, text, w) => expectCue(text, w));
});

describe('claims60 rows: the last claim has this speaker as written', () => {
  it.each(rowExamples([INVERTED_ADVERB]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(want);
  });
});

// The rows that decide whom a speaker stands for: the name itself (without "the"), not the text.
const nameOf = (c: ReturnType<typeof claimsOf>[number] | undefined) => c?.name?.replace(/^the\s+/i, '').toLowerCase();
const want = (w: string) => w.replace(/^the\s+/i, '').toLowerCase();
describe('claims60 rows: the last claim stands for this name', () => {
  it.each(rowExamples([OWNER_OF_ROLE, POSSESSED_ROLE_ANY_OWNER, FORMER_OTHER_ROLE, ACCORDING_BODY_AFTER_COMMA]))(
    '%s: %s',
    (_id, text, w) => {
      expect(nameOf(claimsOf(text).at(-1))).toBe(want(w));
    },
  );
});

describe('claims60 rows: the last claim has this content', () => {
  it.each(rowExamples([TOLD_ADDRESSEE_POSSESSED_TIME, RELATIVE_ENDS_OBJECT, ACCORDING_MID_SENTENCE]))(
    '%s: %s',
    (_id, text, w) => {
      expect(claimsOf(text).at(-1)?.content ?? '').toBe(w);
    },
  );
});

describe('claims60 rows read what the known faults of stop 59 asked', () => {
  it('"Laura Kim, the governor\'s spokesman" never speaks for the governor', () => {
    const c = claimsOf(
      "Laura Kim, the governor's spokesman, said the bill was flawed. The governor said he would veto it.",
    );
    expect(c.at(-1)?.name).not.toBe('Laura Kim');
  });
  it('"Nothing … which suggests" is no claim of "Nothing"', () => {
    const c = claimsOf('Nothing has emerged which suggests the plan was illegal.');
    expect(c.map((x) => x.speaker)).not.toContain('Nothing');
  });
});
