/**
 * The examples of claims41's rows (claims-41.ts) through the whole engine: for the speaker rows,
 * the last claim's speaker (its text or its name; "" for no claim at all); for the cue rows, the cue
 * of one of the sentence's claims ("" for no claim).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import {
  AGENT_OWN_CLAUSE,
  AMPERSAND_NAME,
  IT_FOUND_STUDY_IN_SIGHT,
  OF_PHRASE_AFTER_COMMA,
  PERSON_BODY_DESCRIPTOR,
  PORTFOLIO_BEFORE_TITLE,
  POSSESSOR_TITLED_HOLDER,
} from './claims-41';

describe('claims41 speaker rows: the last claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([PORTFOLIO_BEFORE_TITLE, POSSESSOR_TITLED_HOLDER, PERSON_BODY_DESCRIPTOR]))(
    '%s: %s',
    (_id, text, want) => {
      const claims = claimsOf(text);
      if (want === '') expect(claims).toEqual([]);
      else expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
    },
  );
});

describe('claims41 speaker rows: the speaker text of the last claim, exactly', () => {
  it.each(rowExamples([OF_PHRASE_AFTER_COMMA, AMPERSAND_NAME]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(want);
  });
  it('reads the content of "…, said one of the people, who …" on the left of the tag', () => {
    const [c] = claimsOf(
      'One of the buyers approached is Raval Metals, said one of the people, who asked not to be named.',
    );
    expect(c?.content).toMatch(/^One of the buyers approached is Raval Metals/);
  });
});

describe('claims41 cue rows: the cue of one of the claims ("" = no claim)', () => {
  it.each(rowExamples([IT_FOUND_STUDY_IN_SIGHT]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it('never leaves a closing "it found" with the bare pronoun as its speaker', () => {
    for (const c of claimsOf('The council met on Tuesday. The rain kept falling, it found.'))
      expect(c.speaker).not.toBe('it');
  });
});

describe('claims41 impersonal passive: a "by" phrase of another clause is no source', () => {
  it.each(rowExamples([AGENT_OWN_CLAUSE]))('%s: %s', (_id, text, want) => {
    const [c] = claimsOf(text);
    expect(c?.cue).toMatch(/found that/);
    expect(c?.speaker ?? '').toBe(want);
  });
});
