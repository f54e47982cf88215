/**
 * The examples of claims30's rows (claims-30.ts) through the whole engine: `expect` is the cue of one
 * of the text's claims, "" when the text has no claim (for the speaker rows, the speaker as written).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import type { RuleRow } from './rule-row';
import {
  BELIEF_COMMA_CLAUSE,
  DUTY_MODALS_BEFORE_CUE,
  EVIDENCE_SEEN_BY,
  QUOTATIVE_GO,
  QUOTATIVE_LIKE,
  RELATIVE_CONTENT_ENDS,
  STANCE_ADVERBS_BETWEEN,
  TIME_PHRASE_NO_COMMA,
} from './claims-30';

const rows: readonly RuleRow<unknown>[] = [
  QUOTATIVE_LIKE,
  QUOTATIVE_GO,
  BELIEF_COMMA_CLAUSE,
  STANCE_ADVERBS_BETWEEN,
  DUTY_MODALS_BEFORE_CUE,
];

describe('claims30 rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples(rows))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe("claims30 speaker rows: the speaker as written of one of the text's claims", () => {
  it.each(rowExamples([EVIDENCE_SEEN_BY, TIME_PHRASE_NO_COMMA]))('%s: %s', (_id, text, want) => {
    const speakers = claimsOf(text).map((c) => c.speaker);
    if (want === '') expect(speakers).toEqual([]);
    else expect(speakers).toContain(want);
  });
});

describe("claims30 content rows: the content of one of the text's claims", () => {
  it.each(rowExamples([RELATIVE_CONTENT_ENDS]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).map((c) => c.content)).toContain(want);
  });
});
