/**
 * The examples of claims28's rows (claims-28.ts) through the whole engine: `expect` is the cue or
 * the speaker's name of one of the text's claims, "" when the text has no claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import type { RuleRow } from './rule-row';
import {
  ADJECTIVE_GROUP_WORDS,
  CAN_SEE_THAT,
  NO_PROPOSITION,
  NOT_AFTER_CLAIM_IN_DIALOGUE,
  TAG_AFTER_MARK,
  VERB_AFTER_QUOTE,
} from './claims-28';
import { analyze } from '../index';

const rows: readonly RuleRow<unknown>[] = [
  TAG_AFTER_MARK,
  VERB_AFTER_QUOTE,
  ADJECTIVE_GROUP_WORDS,
  CAN_SEE_THAT,
  NO_PROPOSITION,
];

describe('claims28 rows: a claim has this cue or speaker ("" = no claim)', () => {
  it.each(rowExamples(rows))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect(claims.flatMap((c) => [c.cue, c.name])).toContain(want);
  });
});

describe('claim.sentence.tag-after-mark', () => {
  it('the quotation and its tag are one claim, the quotation its content', () => {
    const claims = claimsOf('The meeting ended.\n\n"We will not pay a cent more!" Ellen Drake said.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ cue: 'said', name: 'Ellen Drake', kind: 'direct' });
  });

  it('a first-person tag keeps its quotation rather than the speaker of the claim before', () => {
    const claims = claimsOf('“Not supposed to touch those,” he says.\n\n“Sorry!” I say.');
    expect(claims.map((c) => c.speaker)).toEqual(['he', 'I']);
  });

  it('a tag on the next line is not joined', () => {
    const claims = claimsOf('"Will it rain?"\nAda Price said nothing for a while.');
    expect(claims.map((c) => c.content)).not.toContain('"Will it rain?"');
  });
});

describe('quote.after-claim.not-in-dialogue: the speaker of the last paragraph ("" = no claim)', () => {
  it.each(NOT_AFTER_CLAIM_IN_DIALOGUE.examples.map((e) => [e.text, e.expect] as const))('%s', (text, want) => {
    const last = text.lastIndexOf('\n') + 1;
    const claim = analyze(text).claims.find((c) => c.start >= last);
    expect(claim?.speaker?.name ?? '').toBe(want);
  });

  it('a dialogue text still continues a quotation in the same paragraph as its tag', () => {
    const text =
      '“Is it snowing?” she asked.\n\n“No,” he said.\n\n“Are you sure?”\n\n“Yes!” Omar Haddad said. “The roads are clear.”';
    const claim = analyze(text).claims.find((c) => c.text.includes('roads'));
    expect(claim?.speaker?.name).toBe('Omar Haddad');
  });
});
