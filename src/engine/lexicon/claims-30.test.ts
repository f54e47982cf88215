/**
 * The examples of claims30's rows (claims-30.ts) through the whole engine: `expect` is the cue of one
 * of the text's claims, "" when the text has no claim.
 */
import { describe, it } from 'vitest';
import { expectCue, rowExamples } from '../test-helpers';
import type { RuleRow } from './rule-row';
import { QUOTATIVE_GO, QUOTATIVE_LIKE } from './claims-30';

const rows: readonly RuleRow<unknown>[] = [QUOTATIVE_LIKE, QUOTATIVE_GO];

describe('claims30 rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples(rows))('%s: %s', (_id, text, want) => expectCue(text, want));
});
