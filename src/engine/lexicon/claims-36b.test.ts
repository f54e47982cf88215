/**
 * The examples of claims36b's rows (claims-36b.ts) through the whole engine: for a cue row, the
 * cue of one of the sentence's claims ("" for none), and beside them the speaker a claim takes.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, expectCue, rowExamples } from '../test-helpers';
import { ADD_QUANTITY, CAN_CONFIRM, NEWS_REPORTS_NOUN, STANCE_INFINITIVE } from './claims-36b';

describe('cue.infinitive.stance: the cue of the claim', () => {
  it.each(rowExamples([STANCE_INFINITIVE]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it.each([
    ['The company is pleased to announce that its chief executive will retire in June.', 'company'],
    ['Investigators were able to confirm that the fire started in the kitchen.', 'Investigators'],
    ['Investigators have been able to confirm that the fire started in the kitchen.', 'Investigators'],
    ['Mayor Ana Ruiz said she was very proud to report that crime had fallen.', 'Ana Ruiz'],
    ["I'm pleased to announce that the school has reopened.", 'I'],
    ['Einstein preferred to think that it is space and time that are curved.', 'Einstein'],
  ])('%s → the speaker is %s', (text, want) => {
    const last = claimsOf(text).at(-1);
    expect([last?.name, last?.speaker]).toContain(want);
  });
});

describe('cue.modal.can-confirm: the speaker of the claim', () => {
  it.each(rowExamples([CAN_CONFIRM]))('%s: %s', (_id, text, want) => {
    const claims = claimsOf(text);
    if (want === '') expect(claims).toEqual([]);
    else expect([claims.at(-1)?.name, claims.at(-1)?.speaker]).toContain(want);
  });
});

describe('guard.noun-or-verb.news-reports: the cue of the claim', () => {
  it.each(rowExamples([NEWS_REPORTS_NOUN]))('%s: %s', (_id, text, want) => expectCue(text, want));
  it.each([
    ['Media reports said the minister would resign on Friday.', 'Media reports'],
    ['Unconfirmed reports said the plane had landed safely.', 'Unconfirmed reports'],
  ])('%s → the speaker is %s', (text, want) => {
    const [c] = claimsOf(text);
    expect([c?.name, c?.speaker]).toContain(want);
    expect(c?.content).not.toMatch(/^said/);
  });
});

describe('guard.counted-object.quantifier: the cue of the claim', () => {
  it.each(rowExamples([ADD_QUANTITY]))('%s: %s', (_id, text, want) => expectCue(text, want));
});
