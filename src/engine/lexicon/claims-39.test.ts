/**
 * The examples of claims39's rows (claims-39.ts) through the whole engine: for the speaker rows,
 * the speaker text of the sentence's last claim (exactly, or its text or name where the row says
 * so); for the cue rows, the cue of one of the sentence's claims ("" for no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  EDGE_TIME,
  PLURAL_DATA_NOUN_CLAUSE,
  RELATIVE_CLAUSE_CAPITAL,
  RELATIVE_NAME_OBJECT,
  REMEMBER_AS,
} from './claims-39';

describe('claims39 speaker rows: the speaker text of the last claim, exactly', () => {
  it.each(rowExamples([EDGE_TIME, RELATIVE_CLAUSE_CAPITAL]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(want);
  });
});

describe('speaker.subject.relative-name-object: the last claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([RELATIVE_NAME_OBJECT]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    expect([last?.speaker, last?.name]).toContain(want);
  });
  it('never names the person the group backs', () => {
    for (const text of [
      'A super PAC that backs Harris said on Monday it would spend $5 million.',
      'A super PAC backing Harris said on Monday it would spend $5 million.',
    ]) {
      const last = claimsOf(text).at(-1);
      expect(last?.name).not.toBe('Harris');
      expect(last?.speaker).toMatch(/^A super PAC/);
    }
  });
});

describe('claims39 cue rows: the cue of one of the claims ("" = no claim)', () => {
  it.each(rowExamples([PLURAL_DATA_NOUN_CLAUSE, REMEMBER_AS]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it('gives the data its claim and the tribute its speaker', () => {
    expect(claimsOf('Preliminary data suggest that turnout fell sharply.')[0]?.speaker).toBe('Preliminary data');
    expect(claimsOf('Former colleague Ian Moss remembered her as blunt but kind.')[0]?.name).toBe('Ian Moss');
  });
});
