/**
 * The examples of claims37's rows (claims-37.ts) through the whole engine: for the cue rows, the
 * cue of one of the sentence's claims ("" for none); for the content row, the content of one of
 * them; for the speaker rows, the name or the text as written of the speaker of the text's last
 * claim (the first for cue.verb.that-after-addressee, whose clause may hold a cue of its own; ""
 * for no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  ADJUNCT_NAME_ONE_WORD,
  CANNOT_BETWEEN,
  PLACE_MODIFIER_TRAILING_TIME,
  THAT_AFTER_ADDRESSEE,
  WRITTEN_CLOSING_TAG,
} from './claims-37';

/** The speaker (its name, or its text as written) of each take example of cue.verb.write.closing-tag. */
const WRITTEN_TAG_SPEAKERS: ReadonlyMap<string, string> = new Map([
  ['Patients who took the drug scored 18% better on memory tests, the researchers wrote.', 'the researchers'],
  // A closing tag's group is read whole since claims42 (speaker.subject.people-before-preposition).
  [
    'Core prices probably rose 0.3% in January, analysts at Goldman Sachs wrote in a note.',
    'analysts at Goldman Sachs',
  ],
  ['Core prices probably rose 0.3% in January, Anna Berg, an economist at ABC Bank, wrote in a note.', 'Anna Berg'],
]);

describe('cue.verb.write.closing-tag: the cue of the claim', () => {
  it.each(rowExamples([WRITTEN_CLOSING_TAG]))('%s: %s', (_id, text, want) => expectCue(text, want));
  // The cue alone would pass with the wrong source: the tag's claim also names the writers.
  it.each(rowExamples([WRITTEN_CLOSING_TAG]).filter(([, , want]) => want !== ''))(
    '%s: the claim of "wrote" has its speaker: %s',
    (_id, text) => {
      const want = WRITTEN_TAG_SPEAKERS.get(text);
      expect(want, 'every take example has its speaker in WRITTEN_TAG_SPEAKERS').toBeDefined();
      const claim = claimsOf(text).find((c) => c.cue === 'wrote');
      expect([claim?.name, claim?.speaker]).toContain(want);
    },
  );
});

describe('claim.tail.adjunct-name-one-word: the content of the claim', () => {
  it.each(rowExamples([ADJUNCT_NAME_ONE_WORD]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).map((c) => c.content)).toContain(want);
  });
  it('makes one claim of a sentence whose own clause has a cue', () => {
    const claims = claimsOf(
      'The packaged food maker now expects organic sales to grow 1% to 2% this year, down from its earlier forecast of 3% to 4%, the company said in a filing with the Securities and Exchange Commission.',
    );
    expect(claims.map((c) => c.cue)).toEqual(['said']);
  });
});

describe('cue.verb.that-after-addressee: the first claim has this speaker ("" = no claim)', () => {
  it.each(rowExamples([THAT_AFTER_ADDRESSEE]))('%s: %s', (_id, text, want) => {
    const first = claimsOf(text)[0];
    if (want === '') expect(first).toBeUndefined();
    else expect([first?.name, first?.speaker]).toContain(want);
  });
});

describe('claims37 speaker rows: the last claim has this speaker (its name, or its text as written)', () => {
  it.each(rowExamples([CANNOT_BETWEEN, PLACE_MODIFIER_TRAILING_TIME]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    if (want === '') expect(last).toBeUndefined();
    else expect([last?.name, last?.speaker]).toContain(want);
  });
  it('gives "Police cannot" no part of the speaker', () => {
    const last = claimsOf('Police cannot confirm that the two men were involved in the attack.').at(-1);
    expect(last?.speaker).toBe('Police');
  });
  it('ends the speaker before the time: "U.S. officials on Monday said"', () => {
    const last = claimsOf('U.S. officials on Monday said the talks would resume next week.').at(-1);
    expect(last?.speaker).toBe('U.S. officials');
  });
});
