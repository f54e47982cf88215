/**
 * The examples of claims32b's rows (claims-32b.ts) through the whole engine. For the recall row
 * `expect` is the cue of one of the text's claims ("" when the text has no claim); for the
 * inverted row the name of its one claim's speaker ("" when there is no claim); for the interview
 * row the names the answer paragraphs are given, joined by "|" ("" when they are given to no one).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { INVERTED_OF_LOWERCASE_BODY, RECALL_QUANTITY_OBJECT, TRANSCRIPT_MIXED_CASE_LABEL } from './claims-32b';

describe('claim.recall.quantity-object: a claim has this cue ("" = no claim)', () => {
  it.each(rowExamples([RECALL_QUANTITY_OBJECT]))('%s: %s', (_id, text, want) => expectCue(text, want));
});

describe('speaker.inverted.of-lowercase-body: the speaker of the quotation', () => {
  it.each(rowExamples([INVERTED_OF_LOWERCASE_BODY]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.name, c.kind])).toEqual(want ? [[want, 'direct']] : []);
  });
});

/** The claims of the paragraphs after the first, which hold the questions and answers, but for the questions. */
function answerClaims(text: string) {
  const paragraphs = text.split('\n\n').slice(1);
  const answers = paragraphs.filter((p) => !p.trim().endsWith('?'));
  return claimsOf(text).filter((c) => answers.some((x) => x.includes(c.content)));
}

describe('interview rows: the answer paragraphs are the guest\'s direct claims ("" = no one\'s)', () => {
  it.each(rowExamples([TRANSCRIPT_MIXED_CASE_LABEL]))('%s: %s', (_id, text, want) => {
    const direct = answerClaims(text).filter((c) => c.kind === 'direct');
    if (want === '') expect(direct).toEqual([]);
    else {
      expect(direct.length).toBeGreaterThanOrEqual(2);
      expect([...new Set(direct.map((c) => c.name))].sort()).toEqual(want.split('|').sort());
    }
  });
  it('gives each mixed-case label its own person', () => {
    const text = TRANSCRIPT_MIXED_CASE_LABEL.examples[0].text;
    const claims = claimsOf(text).filter((c) => c.kind === 'direct');
    expect(claims.map((c) => c.name)).toEqual([
      'Alison Renwick',
      'Alison Renwick',
      'Emeka Okonjo',
      'Alison Renwick',
      'Emeka Okonjo',
    ]);
  });
});
