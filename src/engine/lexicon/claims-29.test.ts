/**
 * The examples of claims29's rows (claims-29.ts) through the whole engine: `expect` is the cue of one
 * of the text's claims, "" when the text has no claim.
 */
import { describe, it } from 'vitest';
import { expectCue, rowExamples } from '../test-helpers';
import type { RuleRow } from './rule-row';
import { PROGRESSIVE_CLAUSE } from './claims-29';

const rows: readonly RuleRow<unknown>[] = [PROGRESSIVE_CLAUSE];

describe('claims29 rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples(rows))('%s: %s', (_id, text, want) => expectCue(text, want));
});
