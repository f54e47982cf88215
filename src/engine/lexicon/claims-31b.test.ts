/**
 * The examples of claims31b's rows (claims-31b.ts) through the whole engine: `expect` is the cue
 * of one of the text's claims ("" when the text has no claim), or for the interview row the name
 * its answers are given ("" when they are given to no one).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { CUE_FORECAST_THAT, QA_INTERVIEW_TURNS, QUESTION_ASKS_FOR_SPEECH } from './claims-31b';

describe('claims31b rows: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([CUE_FORECAST_THAT, QUESTION_ASKS_FOR_SPEECH]))('%s: %s', (_id, text, want) =>
    expectCue(text, want),
  );
});

/** The names given to the claims of the answer paragraphs ("A: …") of `text`. */
function answerNames(text: string): (string | null)[] {
  const answers = text
    .split('\n')
    .filter((line) => line.startsWith('A: '))
    .map((line) => line.slice(3));
  return claimsOf(text)
    .filter((c) => answers.some((x) => x.includes(c.content)))
    .map((c) => c.name);
}

describe('speaker.interview.q-and-a: the answers are the person the introduction names', () => {
  it.each(rowExamples([QA_INTERVIEW_TURNS]))('%s: %s', (_id, text, want) => {
    const names = answerNames(text);
    if (want === '') expect(names.filter((n) => n !== null && n !== 'A')).toEqual([]);
    else {
      expect(names.length).toBeGreaterThanOrEqual(2);
      expect(new Set(names)).toEqual(new Set([want]));
    }
  });
  it('marks each answer a direct claim and leaves the questions to their own cues', () => {
    const text =
      'Marit Solheim, a glaciologist, spent four months on the ice sheet.\n\nQ: What did you find?\n\nA: The water is faster than the models assume.\n\nQ: Some politicians say scientists exaggerate these risks. What do you say to them?\n\nA: I would invite them to come and stand on the ice with us.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.name, c.kind])).toEqual([
      ['Marit Solheim', 'direct'],
      ['Some politicians', 'indirect'],
      ['Marit Solheim', 'direct'],
    ]);
  });
});

describe('cue.verb.forecast-that', () => {
  it('gives the forecast to the body that made it, and a later "It" to the same body', () => {
    const claims = claimsOf(
      'The analysis projected that the plan could be paid for. It also warned that a recession would open a gap.',
    );
    expect(claims.map((c) => c.name)).toEqual(['analysis', 'analysis']);
  });
});

describe('claim.question.asks-for-speech', () => {
  it('keeps the claim reported inside the question paragraph', () => {
    const cues = claimsOf('Some politicians say scientists exaggerate these risks. What do you say to them?').map(
      (c) => c.cue,
    );
    expect(cues).toEqual(['say']);
  });
});
