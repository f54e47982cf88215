/**
 * The examples of the lead's stop-56 claims rows (claims-lead-56.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { OBJECT_RELATIVE_ASIDE, POSSESSIVE_FORM_NAME } from './claims-lead-56';

describe("the lead's stop-56 speaker row: the last claim has this speaker (its text or its name)", () => {
  it.each(rowExamples([POSSESSIVE_FORM_NAME]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});

describe("the lead's stop-56 cue guard: the sentence's claims have this cue ('' for none)", () => {
  it.each(rowExamples([OBJECT_RELATIVE_ASIDE]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('an aside whose object is the relative word', () => {
  it('gives the main clause no speaker from the aside', () => {
    const claims = claimsOf(
      'Browsers race to block a trick. The method, which researchers at a university described in a paper last month, lets advertisers follow readers.',
    );
    expect(claims.map((c) => c.speaker)).not.toContain('The method');
  });
  it('leaves an aside that says something of its own', () => {
    expect(
      claimsOf('The report, which the mayor said on Monday was flawed, was withdrawn.').map((c) => c.cue),
    ).toContain('said');
  });
});

describe("the stop-56 review's sentences for the claims helpers' rows", () => {
  it('an opening adjunct with a place name keeps the person as the subject', () => {
    const [c] = claimsOf('At a hearing in Boston Judge Ann Cole said the case would proceed.');
    expect(c?.speaker).not.toMatch(/hearing/);
    expect(c?.name).toBe('Ann Cole');
  });
  it('a confession to school officials keeps its cue', () => {
    expect(claimsOf('The driver admitted to school officials that he had been drinking.').map((c) => c.cue)).toContain(
      'admitted',
    );
  });
  it('a person who is the mayor is the mayor who speaks next', () => {
    const claims = claimsOf(
      'Budget row\n\nAnn Lee is the mayor of Springfield. The mayor said the budget was balanced.',
    );
    expect(claims.at(-1)?.name).toBe('Ann Lee');
  });
});
