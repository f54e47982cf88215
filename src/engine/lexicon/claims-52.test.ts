/**
 * The examples of claims62's rows (claims-52.ts) through the whole engine: the cue of the sentence
 * ("" for no claim), the speaker the last claim stands for, the content of the last claim, or the
 * number of sentences, as each row decides.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { segment } from '../tokenize/sentences';
import { tokenize } from '../tokenize/tokenize';
import {
  AS_SAID_THING,
  AS_TOLD_ADDRESSEE,
  NAME_AFTER_COMMA,
  NAME_WITH_MARK,
  NOUN_OF_TITLED_PERSON,
  PLATFORM_COMMON_WORD,
  PLURAL_HEAD_APPOSITIVE,
  SECOND_AFTER_OBJECT,
  TOLD_OWNED_PEOPLE,
  WORK_BY_READOUT,
} from './claims-52';

// The rows that decide whom a speaker stands for: the name itself (without "the"), not the text.
const nameOf = (c: ReturnType<typeof claimsOf>[number] | undefined) => c?.name?.replace(/^the\s+/i, '').toLowerCase();
const want = (w: string) => w.replace(/^the\s+/i, '').toLowerCase();
describe('claims62 rows: the last claim stands for this name', () => {
  it.each(
    rowExamples([PLURAL_HEAD_APPOSITIVE, NOUN_OF_TITLED_PERSON, NAME_WITH_MARK, WORK_BY_READOUT, NAME_AFTER_COMMA]),
  )('%s: %s', (_id, text, w) => {
    expect(nameOf(claimsOf(text).at(-1))).toBe(want(w));
  });
});

describe('claims62 rows: the last claim has this content', () => {
  it.each(rowExamples([TOLD_OWNED_PEOPLE, AS_TOLD_ADDRESSEE, SECOND_AFTER_OBJECT, AS_SAID_THING]))(
    '%s: %s',
    (_id, text, w) => {
      expect(claimsOf(text).at(-1)?.content ?? '').toBe(w);
    },
  );
});

describe('claims62 rows: the relative clause on the subject is part of the source', () => {
  it('"Residents who reported the smell said": the main cue reports the clause after it (row cue.relative-object.main-say-after)', () => {
    const [c] = claimsOf('Residents who reported the smell said it was getting worse.');
    expect(c?.content).toBe('it was getting worse');
    expect(c?.name).toBe('Residents');
  });
});

describe('claims62 rows: the text has this many sentences', () => {
  it.each(rowExamples([PLATFORM_COMMON_WORD]))('%s: %s', (_id, text, w) => {
    expect(String(segment(tokenize(text)).count)).toBe(w);
  });
});

describe('claims62 rows: a second cue is a claim of its own', () => {
  it('"The mayor, who said …, added that …": two claims, one speaker (row claim.second-cue.after-relative-clause)', () => {
    const cs = claimsOf('The mayor, who said the budget was tight, added that cuts were coming.');
    expect(cs.map((c) => [c.cue, c.content, c.name])).toEqual([
      ['said', 'the budget was tight', 'mayor'],
      ['added', 'cuts were coming', 'mayor'],
    ]);
  });
  it('"denied the claims and said …": two claims of one source', () => {
    const cs = claimsOf('The company denied the claims and said the plan was lawful.');
    expect(cs.map((c) => [c.cue, c.content, c.name])).toEqual([
      ['denied', 'the claims', 'company'],
      ['said', 'the plan was lawful', 'company'],
    ]);
  });
});

// A check asked for at stop 61 (no row of claims62's): row claim.tail.link-after-tag, widened by
// the lead, drops the circumstance after a trailing source; the content ends before the tag.
describe('the content of a claim with a trailing tag and a time after it', () => {
  it('"…, the Red Cross said on Wednesday, before Christmas": what stands before the tag', () => {
    const [c] = claimsOf('Hundreds of families need shelter, the Red Cross said on Wednesday, before Christmas.');
    expect(c?.content).toBe('Hundreds of families need shelter');
    expect(c?.name).toBe('Red Cross');
  });
});
