/**
 * The examples of claims34's rows (claims-34.ts) through the whole engine: for the cue row, the cue
 * of one of the sentence's claims ("" for none); for the speaker row, the name or the text as
 * written of the speaker of the text's last claim. Beside them, two checks the brief asked for
 * with cases to take and to leave: a firm named alone as the speaker, and an interview without
 * "Q:" labels.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { COORDINATED_SUBORDINATE, FIRM_NAMED_ALONE, PROJECTION_TAG } from './claims-34';

describe('cue.verb.forecast-that.tag: the cue of the claim', () => {
  it.each(rowExamples([PROJECTION_TAG]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it('gives the projection to the agency, its content the result before the comma', () => {
    const [c] = claimsOf(
      'Ellen Harmon won the seat on Tuesday, the Associated Press projected, defeating Curtis Pryce.',
    );
    expect([c?.name, c?.kind]).toEqual(['Associated Press', 'indirect']);
    expect(c?.content).toContain('Ellen Harmon won the seat');
  });
});

describe('claims34 speaker rows: the last claim has this speaker (its name, or its text as written)', () => {
  it.each(rowExamples([COORDINATED_SUBORDINATE, FIRM_NAMED_ALONE]))('%s: %s', (_id, text, want) => {
    const last = claimsOf(text).at(-1);
    expect([last?.name, last?.speaker]).toContain(want);
  });
});

/** Speakers (name) of each claim of `text`. */
const names = (text: string) => claimsOf(text).map((c) => c.name);

describe('a firm named alone as the speaker (no kind word before it)', () => {
  it.each([
    ['Nokia said its first-quarter operating profit rose 12%.', 'Nokia'],
    ['Goldman Sachs said it had raised its year-end target for the index.', 'Goldman Sachs'],
    ['Shell said in a statement that it would buy back more shares.', 'Shell'],
    ['Barclays said it would cut about 450 jobs in its investment bank.', 'Barclays'],
    ['Morgan Stanley said its trading revenue rose 9%. The bank said it expected fees to recover.', 'Morgan Stanley'],
    [
      'Shell said in a statement that it would buy back more shares. "We continue to deliver," the company said.',
      'Shell',
    ],
  ])('%s → %s', (text, want) => {
    const got = names(text);
    expect(got.length).toBeGreaterThan(0);
    expect(new Set(got)).toEqual(new Set([want]));
  });
  it('leaves a person who is named alone a person: "the company" is the firm named before', () => {
    const got = names(
      'Talbot Telecom cut prices on Monday. Anna Holm said the cuts were overdue. The company said it would hire.',
    );
    expect(got).toEqual(['Anna Holm', 'Talbot Telecom']);
  });
});

describe('an interview without "Q:" labels (convention: the training interviews, README claims34)', () => {
  const interview = `Moira Gunn retires this month as coxswain of the Kilbrannan lifeboat. We spoke to her at the station.

What made you join?

My father was on the crew, and his father before him. I never really thought about doing anything else.

Is there a rescue you still think about?

A fishing boat in the winter of 1998. I think we could have saved the fourth man.`;
  it('takes a cue inside an answer and leaves the plain answer sentences and the questions', () => {
    const claims = claimsOf(interview);
    expect(claims.map((c) => c.cue)).toEqual(['think']);
    expect(claims[0].content).toContain('we could have saved the fourth man');
  });
});
