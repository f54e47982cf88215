/**
 * The examples of claims44's rows (claims-44.ts) through the whole engine: for the speaker rows,
 * the last claim's speaker (its text or its name; "" for no claim at all); for the look-ahead row,
 * the first claim's.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { COURT_ROLE, LOOK_AHEAD_OTHER_ORDER, PROMPTED_CLAUSE_STOP, SECOND_PROMPTED, SUBJECT_ORG } from './claims-44';

describe('claims44 speaker rows: the last claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([PROMPTED_CLAUSE_STOP, SECOND_PROMPTED, SUBJECT_ORG, COURT_ROLE]))(
    '%s: %s',
    (_id, text, want) => {
      const claims = claimsOf(text);
      if (want === '') expect(claims).toEqual([]);
      else expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
    },
  );
});

describe('claims44 look-ahead row: the first claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([LOOK_AHEAD_OTHER_ORDER]))('%s: %s', (_id, text, want) => {
    const c = claimsOf(text)[0];
    expect([c?.speaker, c?.name]).toContain(want);
  });
});

describe('claims44 rows read what the known faults of stop 53 asked', () => {
  it('a second claim after a verb of causing opens at its subject and names the object', () => {
    const claims = claimsOf('Police said the storm forced officials to warn that the river would rise.');
    expect(claims.map((c) => c.name)).toEqual(['Police', 'officials']);
  });
});
