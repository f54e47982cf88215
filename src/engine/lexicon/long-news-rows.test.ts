/** The rows of long-news-rows.ts, their examples run through the whole engine. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-helpers';
import type { RuleRow } from './rule-row';
import { ACCORDING_TO_IN_PROPORTION, ANSWER_NO, FIRM_APPOSITION, RECIPROCAL_OBJECT } from './long-news-rows';

const examples = (rows: readonly RuleRow<unknown>[]) =>
  rows.flatMap((r) => r.examples.map((e) => [r.id, e.text, e.expect] as const));

describe('claim.sentence.answer-no: the number of claims', () => {
  it.each(examples([ANSWER_NO]))('%s: %s', (_id, text, want) => {
    expect(String(claimsOf(text).length)).toBe(want);
  });
});

describe('cue rows of the long batches: the cue a sentence gets ("" = no claim)', () => {
  it.each(examples([ACCORDING_TO_IN_PROPORTION, RECIPROCAL_OBJECT]))('%s: %s', (_id, text, want) => {
    const cues = claimsOf(text).map((c) => c.cue);
    if (want === '') expect(cues).toEqual([]);
    else expect(cues).toContain(want);
  });
});

describe('speaker rows of the long batches: the last claim names this speaker', () => {
  it.each(examples([FIRM_APPOSITION]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    expect([last?.name, last?.speaker]).toContain(want);
  });
});
