/**
 * The examples of claims46's rows (claims-46.ts) through the whole engine: the last claim's speaker
 * (its text or its name; "" for no claim at all), and the known faults of stop 55 both ways.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import { DESCRIBED_AS_OTHER, LIST_OF_NAMES, NEGATIVE_SUBJECT, TRANSCRIPT_Q_AND_NAME } from './claims-46';

describe('claims46 rows: the last claim has this speaker (its text or its name)', () => {
  it.each(rowExamples([DESCRIBED_AS_OTHER, NEGATIVE_SUBJECT, LIST_OF_NAMES, TRANSCRIPT_Q_AND_NAME]))(
    '%s: %s',
    (_id, text, want) => {
      const claims = claimsOf(text);
      if (want === '') expect(claims).toEqual([]);
      else expect([claims.at(-1)?.speaker, claims.at(-1)?.name]).toContain(want);
    },
  );
});

describe('claims46 rows read what the known faults of stop 55 asked', () => {
  const interview =
    'Clinic grant\n\nNgozi Achebe runs the Ikoyi Community Clinic, which lost its city grant in March.\n\nQ: Did you ask for it?\n\nACHEBE: We never asked for the money.\n\nQ: Do you know why the city stopped it?\n\nACHEBE: Nobody from the city has ever explained it to us.';
  it('an answer after a named guest\'s label is the guest\'s direct claim; a question after "Q:" is none', () => {
    const claims = claimsOf(interview);
    expect(claims.map((c) => c.name)).toEqual(['Ngozi Achebe', 'Ngozi Achebe']);
    expect(claims.map((c) => c.content)).toEqual([
      'We never asked for the money',
      'Nobody from the city has ever explained it to us',
    ]);
    expect(claims.every((c) => c.kind === 'direct')).toBe(true);
  });
  it('a question with a cue in a "Q:" turn is no claim, a statement with one in a guest\'s turn stays', () => {
    const text = interview.replace('Q: Did you ask for it?', 'Q: Did the city say it would pay?');
    expect(claimsOf(text).map((c) => c.name)).toEqual(['Ngozi Achebe', 'Ngozi Achebe']);
  });
  it('a refusal by "neither" is no claim; "neither" inside what was said is', () => {
    expect(claimsOf('Neither government would say whether talks had resumed.')).toEqual([]);
    expect(claimsOf('The mediator said neither government wanted talks to resume.')).toHaveLength(1);
  });
  it('a list of counties is the speaker as a whole, not its last two names', () => {
    const c = claimsOf('The counties of Bihor, Mureș and Iași reported new cases on Monday.');
    expect(c).toHaveLength(1);
    expect(c[0].speaker).toBe('The counties of Bihor, Mureș and Iași');
  });
  it('"the mayor" is not the council member who spoke of the mayor, in either order', () => {
    const critic = 'Council member Ray Oduya criticised the mayor on Tuesday.';
    const mayor = 'The mayor said the budget was balanced.';
    // Reversed order: the critic spoke first; the mayor's words are the mayor's.
    expect(claimsOf(`${critic} ${mayor}`).at(-1)?.name).toBe('mayor');
    // Same order: the mayor first, the critic after.
    expect(claimsOf(`${mayor} ${critic}`)[0]?.name).toBe('mayor');
    // A relative clause on the critic's name (claims45's test left this order to this stop).
    const relative = 'Later, council member Ray Oduya, who criticised the mayor, said the lanes had cost shops dearly.';
    expect(claimsOf(`${relative} ${mayor}`).at(-1)?.name).toBe('mayor');
  });
});
