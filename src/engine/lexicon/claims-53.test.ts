/**
 * The examples of claims63's rows (claims-53.ts) through the whole engine: the cue of the sentence
 * ("" for no claim), and for the plural-aside guard the speaker too.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { BASE_FORM_PLURAL_ASIDE, DIRECT_THAT } from './claims-53';

describe('claims63 rows: the sentence has this cue', () => {
  it.each(rowExamples([DIRECT_THAT, BASE_FORM_PLURAL_ASIDE]))('%s: %s', (_id, text, w) => {
    expectCue(text, w);
  });
});

describe('claims63 rows: the plural before the aside speaks', () => {
  it('"The findings, published in Nature, suggest that …": the findings, not the aside', () => {
    const [c] = claimsOf('The findings, published in Nature, suggest that the virus jumped to humans twice.');
    expect([c?.name, c?.content]).toEqual(['findings', 'the virus jumped to humans twice']);
  });
  it('"Officials, speaking on condition of anonymity, say …": the officials', () => {
    const [c] = claimsOf('Officials, speaking on condition of anonymity, say the talks have stalled.');
    expect([c?.name, c?.content]).toEqual(['Officials', 'the talks have stalled']);
  });
});

describe("claims63 rows: a judge's directions to the jury", () => {
  it('"directed the jurors that …": the judge, with the clause after "that"', () => {
    const [c] = claimsOf('Judge Caroline Webb directed the jurors that they must decide on the evidence alone.');
    expect([c?.name, c?.content]).toEqual(['Caroline Webb', 'they must decide on the evidence alone']);
  });
});
