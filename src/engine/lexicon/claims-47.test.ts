/**
 * The examples of claims57's claims rows (claims-47.ts) through the whole engine: the last claim's
 * speaker (its text or its name; "" for no claim at all), and the known faults of stop 56 both ways.
 * The name row's examples run in lexicon/rows.test.ts (CLAIMS_NAME_ROWS_47).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { MORE_ROLE_NOUNS } from './claims-47';

describe('claims57 rows: the last claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([MORE_ROLE_NOUNS]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});

describe('claims57 rows read what the known faults of stop 56 asked', () => {
  const lifeboat =
    'Lifeboat crew rescue four\n\nThe coxswain of the Carrow lifeboat, Dafydd Price, said the crew had launched within eight minutes. The coxswain said the sea was the worst he had seen. "We took them off one at a time," he said.';
  it('a coxswain with a given name the list lacks is a person, and "the coxswain" and "he" are him', () => {
    expect(claimsOf(lifeboat).map((c) => c.name)).toEqual(['Dafydd Price', 'Dafydd Price', 'Dafydd Price']);
  });
  it('a role written right before the name does the same', () => {
    const text = 'Lifeboat coxswain Dafydd Price said the crew had launched. He said the sea was rough.';
    expect(claimsOf(text).map((c) => c.name)).toEqual(['Dafydd Price', 'Dafydd Price']);
  });
  it('a councillor who resigned, saying in an open letter that …, made a claim', () => {
    const c = claimsOf(
      'A Westbrook councillor resigned on Tuesday, saying in an open letter that the council had ignored residents.',
    );
    expect(c).toHaveLength(1);
    expect(c[0].speaker).toBe('A Westbrook councillor');
  });
  it('a spokesman for a utility named in apposition speaks for the utility by its name', () => {
    const c = claimsOf('Water bills will rise.\n\nA spokesman for the utility, Harlow Water, said pipes had burst.');
    expect(c.at(-1)?.name).toBe('Harlow Water');
  });
});
