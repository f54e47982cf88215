/**
 * The examples of claims27's recall rows (recall-27.ts) through the whole engine: `expect` is the
 * cue of one of the sentence's claims, "" when the sentence has no claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import type { RuleRow } from './rule-row';
import {
  AS_PUT_IT,
  CERTAIN_BARE,
  CITATION_BRACKETS,
  CONTRACTED_SUBJECT,
  NOT_CONTINUED_AFTER,
  SAW_THAT,
  UNQUOTED_COLON_LINE,
} from './recall-27';

const rows: readonly RuleRow<unknown>[] = [CONTRACTED_SUBJECT, SAW_THAT, CERTAIN_BARE, AS_PUT_IT];

describe('claims27 recall rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples(rows))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('cue.clause.contracted-subject', () => {
  it('the contracted and the full pronoun give the same claim', () => {
    const full = claimsOf('The coach thinks they are ready for the final.');
    const fused = claimsOf("The coach thinks they're ready for the final.");
    expect(fused.map((c) => [c.cue, c.name])).toEqual(full.map((c) => [c.cue, c.name]));
    expect(fused).toHaveLength(1);
  });

  it('curly apostrophes count as straight ones', () => {
    expect(claimsOf('Officials believe they’ve found the cause.').map((c) => c.cue)).toEqual(['believe']);
  });
});

describe('cue.phrasal.saw-that', () => {
  it('the perceiver is the source and the clause after "that" the content', () => {
    const [c] = claimsOf('As the boat came closer, Ada Price saw that the harbour wall had collapsed.');
    expect(c).toMatchObject({ name: 'Ada Price', content: 'the harbour wall had collapsed' });
  });
});

describe('quote.after-claim.not-after-state', () => {
  it.each(NOT_CONTINUED_AFTER.examples.map((e) => [e.text, e.expect] as const))(
    'a conviction is not continued into the quotation after it: %s',
    (text, holder) => {
      const cs = claimsOf(text);
      expect(cs.map((c) => c.name)).toEqual([holder]);
      expect(cs[0].cue).toBe('was convinced');
    },
  );

  it('a claim of saying is still continued', () => {
    const cs = claimsOf('The roads will reopen soon, Mateo Salas said.\n“We will not give up.”');
    expect(cs.map((c) => c.name)).toEqual(['Mateo Salas', 'Mateo Salas']);
  });
});

describe('quote.after-colon-line.unquoted', () => {
  const [fires, ownCue, list] = UNQUOTED_COLON_LINE.examples;

  it('the paragraph after the colon is the content, indirect, of the writer', () => {
    const cs = claimsOf(fires.text);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ content: fires.expect, name: 'chief inspector', kind: 'indirect' });
  });

  it('a paragraph with a cue of its own keeps its own claim', () => {
    expect(claimsOf(ownCue.text).map((c) => c.cue)).toEqual(['wrote', 'said']);
  });

  it('a list item is not taken as the content', () => {
    expect(claimsOf(list.text).some((c) => c.content.includes('rusted gates'))).toBe(false);
  });
});

describe('cue.phrasal.as-put-it', () => {
  it('the words after the comma are the content, the subject after "as" the source', () => {
    const [c] = claimsOf('As one resident put it, the town has been forgotten by the state.');
    expect(c).toMatchObject({ speaker: 'one resident', content: 'the town has been forgotten by the state' });
  });

  it('"as" inside the sentence, set off by commas, frames it too', () => {
    expect(claimsOf('The town, as one resident put it, has been forgotten.').map((c) => c.speaker)).toEqual([
      'one resident',
    ]);
  });
});

describe('speaker.citation-brackets: the source before a numbered citation', () => {
  it.each(CITATION_BRACKETS.examples.map((e) => [e.text, e.expect] as const))('%s', (text, source) => {
    expect(claimsOf(text).map((c) => c.speaker)).toEqual([source]);
  });

  it("an editor's insertion in brackets is no citation", () => {
    expect(claimsOf('The minister [of finance] said that taxes would rise.').map((c) => c.speaker)).not.toContain(
      'The minister',
    );
  });
});
