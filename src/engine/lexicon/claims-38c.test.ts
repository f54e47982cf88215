/**
 * The examples of the lead's stop-48 rows (claims-38c.ts) through the whole engine: the name (or
 * the text as written) of the speaker of the text's last claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { CAPITALISED_RUN_NOT_DESCRIPTION } from './claims-38c';

describe('guard.speaker.capitalised-run-not-description: the last claim has this speaker', () => {
  it.each(rowExamples([CAPITALISED_RUN_NOT_DESCRIPTION]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    expect(last?.name ?? last?.speaker).toBe(want);
  });
});
