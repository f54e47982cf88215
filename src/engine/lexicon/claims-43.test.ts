/**
 * The examples of claims43's rows (claims-43.ts) through the whole engine: for the speaker rows,
 * the last claim's speaker (its text or its name; "" for no claim at all); for the look-ahead row,
 * the first claim's. And every row of claims42 and claims43 that reads a claim or a speaker names
 * itself in `--explain` on its first example.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../cli/analyze';
import { analyze } from '../index';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import * as C42 from './claims-42';
import {
  BARE_PLURAL_TIME_AFTER,
  BELIEF_PREPOSITION,
  LOOK_AHEAD_SAME,
  PARTICIPLE_PHRASE,
  PROMPTED_OBJECT,
  RELATIVE_PLURAL_BASE_FORM,
  RESEARCH_PARTICIPLE,
  VIEW_PLACE_OWNER,
} from './claims-43';

describe('claims43 speaker rows: the last claim has this speaker (its text or its name)', () => {
  it.each(
    rowExamples([
      BARE_PLURAL_TIME_AFTER,
      RELATIVE_PLURAL_BASE_FORM,
      PROMPTED_OBJECT,
      VIEW_PLACE_OWNER,
      RESEARCH_PARTICIPLE,
      PARTICIPLE_PHRASE,
    ]),
  )('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
  });
});

describe('claims43 cue rows: the cue of one of the claims ("" = no claim)', () => {
  it.each(rowExamples([BELIEF_PREPOSITION]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('claims43 look-ahead row: the first claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([LOOK_AHEAD_SAME]))('%s: %s', (_id, text, want) => {
    const c = claimsOf(text)[0];
    expect([c?.speaker, c?.name]).toContain(want);
  });
  it('gives a description nobody holds yet no person named later with another role', () => {
    const [c] = claimsOf(
      'The leader of the council said the bridge would close for a year. The council met on Tuesday. Union leader Ann Moss said the budget was tight.',
    );
    expect(c?.name).not.toBe('Ann Moss');
  });
});

describe('claims43 rows read what the known faults of stop 52 asked', () => {
  it('"prompting X to warn that": the object is the source and the clause the content', () => {
    const [c] = claimsOf(
      'The court struck down the law on Friday, prompting the union to warn that strikes would follow.',
    );
    expect(c?.speaker).toBe('the union');
    expect(c?.content).toMatch(/^strikes would follow/);
  });
  it('"Farmers who grow wheat say …": the whole relative subject is the speaker text', () => {
    expect(claimsOf('Farmers who grow wheat say the price is too low.')[0]?.speaker).toBe('Farmers who grow wheat');
  });
  it('"A survey by X found …": X is the source named', () => {
    const c = claimsOf('A new survey of teachers by the National Education Union found that most plan to quit.')[0];
    expect(c?.name).toBe('National Education Union');
  });
});

/** A row's first example that reads a claim or a speaker, and the id `--explain` must show for it. */
const recorded = [
  ...Object.values(C42).filter((r) => r !== C42.RELATIVE_ASIDE_NO_COMPLEMENT),
  BARE_PLURAL_TIME_AFTER,
  RELATIVE_PLURAL_BASE_FORM,
  PROMPTED_OBJECT,
  VIEW_PLACE_OWNER,
  RESEARCH_PARTICIPLE,
  PARTICIPLE_PHRASE,
].map((r) => [r.id, r.examples[0].text] as const);

describe('every row that reads a claim, a speaker or a name records its id in why', () => {
  it.each(recorded)('--explain names %s', (id, text) => {
    expect(explain(analyze(text))).toContain(id);
  });
  it('and fails for a sentence the row does not read', () => {
    expect(explain(analyze('Ford said the plant would close.'))).not.toContain(C42.PEOPLE_BEFORE_PREPOSITION.id);
  });
});
