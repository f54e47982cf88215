/**
 * The examples of claims29's rows (claims-29.ts) through the whole engine: `expect` is the cue of one
 * of the text's claims, "" when the text has no claim (for the speaker rows, the speaker as written, "" = no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import type { RuleRow } from './rule-row';
import {
  AGENT_PLURAL,
  AFTER_TIME_ADJUNCT,
  ARRIVED_BELIEF,
  EVIDENCE_SHOWS,
  KNOWLEDGE_PRONOUN_CLAUSE,
  PLURAL_SUBJECT,
  PROGRESSIVE_CLAUSE,
  RESTRICTIVE_RELATIVE,
  THAT_BEFORE_CLAUSE,
} from './claims-29';

const rows: readonly RuleRow<unknown>[] = [
  PROGRESSIVE_CLAUSE,
  EVIDENCE_SHOWS,
  ARRIVED_BELIEF,
  KNOWLEDGE_PRONOUN_CLAUSE,
];

describe('claims29 rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples(rows))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe("claims29 speaker rows: the speaker as written of one of the text's claims", () => {
  it.each(rowExamples([PLURAL_SUBJECT, AGENT_PLURAL, RESTRICTIVE_RELATIVE, AFTER_TIME_ADJUNCT]))(
    '%s: %s',
    (_id, text, want) => {
      const speakers = claimsOf(text).map((c) => c.speaker);
      if (want === '') expect(speakers).toEqual([]);
      else expect(speakers).toContain(want);
    },
  );
});

describe("claims29 content rows: the content of the text's first claim", () => {
  it.each(rowExamples([THAT_BEFORE_CLAUSE]))('%s: %s', (_id, text, want) =>
    expect(claimsOf(text)[0]?.content).toBe(want),
  );
});
