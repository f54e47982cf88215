/**
 * The examples of claims58's rows (claims-48.ts) through the whole engine: the speaker (its text or
 * its name) of the claim each row decides ("" for no claim at all), and the cue row's cue.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { ACCEPT_THAT } from './claims-48f';
import {
  APPOSITIVE_PAST_NAME,
  ES_PLURAL_PEOPLE,
  NOT_ADJUNCT_OBJECT,
  OTHER_TRADE,
  PARTICIPLE_THEN_OPENER,
  STANCE_PEOPLE_OF,
  VISITORS_TO,
} from './claims-48';

const speakerOf = (c: ReturnType<typeof claimsOf>[number] | undefined) => [c?.speaker, c?.name];

describe('claims58 rows: the first claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([PARTICIPLE_THEN_OPENER, VISITORS_TO, ES_PLURAL_PEOPLE]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect(speakerOf(claims[0])).toContain(want);
  });
});

describe('claims58 rows: the last claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([APPOSITIVE_PAST_NAME]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect(speakerOf(claims.at(-1))).toContain(want);
  });
});

// The rows that decide whom a speaker stands for: the name itself (without "the"), not the text.
const nameOf = (c: ReturnType<typeof claimsOf>[number] | undefined) => c?.name?.replace(/^the\s+/i, '').toLowerCase();
const want = (w: string) => w.replace(/^the\s+/i, '').toLowerCase();
describe('claims58 rows: the first claim stands for this name', () => {
  it.each(rowExamples([NOT_ADJUNCT_OBJECT, STANCE_PEOPLE_OF]))('%s: %s', (_id, text, w) => {
    expect(nameOf(claimsOf(text)[0])).toBe(want(w));
  });
});
describe('claims58 rows: the last claim stands for this name', () => {
  it.each(rowExamples([OTHER_TRADE]))('%s: %s', (_id, text, w) => {
    expect(nameOf(claimsOf(text).at(-1))).toBe(want(w));
  });
});

// claims58 and claims58f both wrote cue.verb.accept-that; the row lives in claims-48f.ts, and these
// are claims58's sentences for it, checked by their cue.
describe(`claims58's sentences for ${ACCEPT_THAT.id}: the sentence has this cue`, () => {
  it.each([
    ['The minister accepts that waits in rural areas are too long.', 'accepts'],
    ['The society accepted that the figures showed a healthy reef.', 'accepted'],
    ['The union accepted the offer on Friday.', ''],
    ['The union accepted that offer on Friday.', ''],
    ['She accepted that offer and moved to Leeds.', ''],
  ])('%s', (text, want) => expectCue(text, want));
});

describe('claims58 rows read what the known faults of stop 57 asked', () => {
  it('"Speaking after talks with X the German chancellor said" never gives X, with or without the comma', () => {
    for (const comma of ['', ','])
      expect(
        claimsOf(
          `Speaking after talks with Emmanuel Macron${comma} the German chancellor said both sides would pay.`,
        )[0]?.name,
      ).not.toBe('Emmanuel Macron');
  });
  it('"X disputes that the plan was understood" takes "disputes" as its cue and X as its speaker', () => {
    const c = claimsOf('Her sister disputes that the plan was understood.');
    expect(c.map((x) => x.cue)).toEqual(['disputes']);
    expect(c[0].speaker).toBe('Her sister');
  });
});
