/**
 * The examples of the lead's stop-52 claims rows (claims-lead-52.ts) through the whole engine: the
 * speaker text of the last claim, exactly.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { NAME_ACROSS_COMMA, NAME_BEFORE_POSSESSED_DESCRIPTION, POSSESSOR_BODY } from './claims-lead-52';

describe("the lead's stop-52 speaker rows: the speaker text of the last claim", () => {
  it.each(rowExamples([NAME_BEFORE_POSSESSED_DESCRIPTION, NAME_ACROSS_COMMA]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe(want);
  });
});

describe("the lead's stop-52 speaker rows: the last claim has this speaker (its text or its name)", () => {
  it.each(rowExamples([POSSESSOR_BODY]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});

describe('review mends of stop 52 (claims42 rows), through the whole engine', () => {
  it("gives a closing tag's office to no person named only after it", () => {
    const [c] = claimsOf(
      'The fare rise is unfair, said the leader of the council. Ann Cole, a nurse, said she could not afford it.',
    );
    expect(c?.name).toBe('leader of the council');
  });
  it.each([
    ['The club, which said, in a statement on Monday, that it would appeal, was fined.', 'said'],
    ['The coach, who had said, the week before, that he would stay, resigned.', 'said'],
    ['Ann Cole, who said, "We will fight," left the stage.', 'said'],
  ])('keeps the claim of a relative aside that goes on past its comma: %s', (text, cue) => {
    expect(claimsOf(text).map((c) => c.cue)).toContain(cue);
  });
  it.each([
    'The committee room was full. It said nothing about the vote.',
    'The department store closed in March. It said sales had fallen.',
  ])('leaves "it" unresolved after a head that modifies a noun: %s', (text) => {
    expect(claimsOf(text).at(-1)?.speaker).toBe('It');
  });
});
