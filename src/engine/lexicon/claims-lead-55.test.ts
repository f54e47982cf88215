/**
 * The examples of the lead's stop-55 claims rows (claims-lead-55.ts) through the whole engine: the
 * last claim has this speaker (its text or its name).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { GUARD_LEGAL_APPEAL, INVERTED_FOR_PHRASE, INVERTED_INDEFINITE_THING } from './claims-lead-55';

describe("the lead's stop-55 speaker rows: the last claim has this speaker (its text or its name)", () => {
  it.each(rowExamples([INVERTED_INDEFINITE_THING, INVERTED_FOR_PHRASE]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});

describe("the lead's stop-55 cue guard: the sentence's claims have this cue ('' for none)", () => {
  it.each(rowExamples([GUARD_LEGAL_APPEAL]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe("the stop-55 review's sentences for the lead's inverted rows", () => {
  it('a clause on the left keeps an unlisted source on the right', () => {
    expect(claimsOf('Storms hit. The bridge is unsafe, warned a local engineer.').map((c) => c.speaker)).toContain(
      'a local engineer',
    );
    expect(claimsOf('Polls closed. Turnout was low, reported a local radio station.').map((c) => c.speaker)).toContain(
      'a local radio station',
    );
  });
  it('"for" gives no client the lawyer\'s words, and no time joins the source', () => {
    const diaz = claimsOf('The trial ended. "It is over," said a lawyer for Mr Diaz.');
    expect(diaz.map((c) => c.name)).not.toContain('Diaz');
    const months = claimsOf('Costs rose. Prices will rise, said a spokesman for months.');
    expect(months.map((c) => c.speaker)).not.toContain('a spokesman for months');
  });
});
