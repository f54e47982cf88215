/**
 * The examples of the recall rows (recall-cues.ts) through the whole engine: `expect` is the cue
 * of one of the sentence's claims, "" when the sentence has no claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import type { RuleRow } from './rule-row';
import { DETERMINER_ADVERBS, PARTICIPLE_LEAD_WORDS, QUOTE_AFTER_WORDS } from './recall-cues';

const rows: readonly RuleRow<unknown>[] = [DETERMINER_ADVERBS, PARTICIPLE_LEAD_WORDS];

describe('recall rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples(rows))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('quote.after-words: a claim has this speaker ("" = no claim)', () => {
  it.each(QUOTE_AFTER_WORDS.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) => {
    const names = claimsOf(text).map((c) => c.name);
    if (want === '') expect(names).toEqual([]);
    else expect(names).toContain(want);
  });

  it('the quoted words are the content, and the noun of utterance is the cue', () => {
    const [c] = claimsOf('Tomas Reyes gasped his last words, "Tell my mother I tried."');
    expect(c).toMatchObject({ cue: 'words', content: 'Tell my mother I tried', kind: 'direct' });
  });

  it('a possessor inside the object is not the source', () => {
    const cs = claimsOf('Nurses took to the streets, waving Lions Club flags, repeating his last words, "Not yet."');
    expect(cs.map((c) => c.name)).not.toContain('Lions Club');
  });
});

describe('the source of a participle after an adverb is the main subject', () => {
  it.each([
    ['She fell in love with Tomas Reyes at once, not knowing that he was a gambler.', 'She'],
    ['The council approved the plan, even knowing that the budget was short.', 'council'],
    ['Senator Ada Price further said that the vote had been fair.', 'Ada Price'],
  ])('%s', (text, name) => expect(claimsOf(text)[0]?.name).toBe(name));
});
