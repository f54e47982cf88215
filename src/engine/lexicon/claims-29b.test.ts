/**
 * The examples of claims29b's rows (claims-29b.ts) through the whole engine: `expect` is the cue
 * of one of the text's claims, "" when the text has no claim.
 */
import { describe, it } from 'vitest';
import { expectCue, rowExamples } from '../test-helpers';
import { PLURAL_BODIES_SUBJECT, STANCE_ON_EVENT } from './claims-29b';

describe('claims29b rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([STANCE_ON_EVENT, PLURAL_BODIES_SUBJECT]))('%s: %s', (_id, text, want) => expectCue(text, want));
});
