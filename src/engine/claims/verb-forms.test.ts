/**
 * The word tests behind coordinated-clause.ts (hasFinite), speaker.ts (verbAfterHead),
 * subject-org.ts (passiveAt) and claim-context.ts (pastInEd): each caller's parameters keep the
 * answers it gave with its own check before tidy45 moved them here.
 */
import { describe, expect, it } from 'vitest';
import { finiteForm, isAuxiliary, isIrregularPast, pastInEdForm, pastParticiple } from './verb-forms';

describe('pastInEdForm', () => {
  it.each([
    ['agreed', 5, false, true],
    ['fined', 5, false, true],
    ['used', 5, false, false],
    ['bed', 5, false, false],
    ['bed', 2, false, true],
    ['ed', 2, false, true],
    ['agree', 5, false, false],
    ['long-awaited', 5, false, true],
    ['long-awaited', 5, true, false],
    ["o'ed", 3, true, false],
  ] as const)('%s (min %d, letters only %s) → %s', (w, min, letters, want) => {
    expect(pastInEdForm(w, min, letters)).toBe(want);
  });

  it('matches the old letters-only test of pastInEd, /^[a-z]{3,}ed$/', () => {
    for (const w of ['agreed', 'sued', 'mohammed', 'well-used', 'accused', 'red', 'shed', 'voted2ed', 'caféed'])
      expect(pastInEdForm(w, 5, true)).toBe(/^[a-z]{3,}ed$/.test(w));
  });
});

describe('finiteForm', () => {
  it('reads auxiliaries and irregular pasts whatever the -ed length', () => {
    expect(isAuxiliary('has')).toBe(true);
    expect(isIrregularPast('took')).toBe(true);
    for (const w of ['has', 'will', 'took', 'won']) expect(finiteForm(w, 5)).toBe(true);
  });

  it('mid-clause (hasFinite): -ed of five characters or more, no present', () => {
    expect(finiteForm('voted', 5)).toBe(true);
    expect(finiteForm('shed', 5)).toBe(false);
    expect(finiteForm('rules', 5)).toBe(false);
    expect(finiteForm('council', 5)).toBe(false);
  });

  it('after a subject head (verbAfterHead): any -ed and a present in -s', () => {
    expect(finiteForm('fed', 2, true)).toBe(true);
    expect(finiteForm('rules', 2, true)).toBe(true);
    expect(finiteForm('bus', 2, true)).toBe(false);
    expect(finiteForm('focus', 2, true)).toBe(false);
    expect(finiteForm('room', 2, true)).toBe(false);
  });
});

describe('pastParticiple', () => {
  it.each([
    ['sued', true],
    ['took', true],
    ['taken', true],
    ['fined', true],
    ['full', false],
    ['expected', true],
    ['en', false],
  ] as const)('%s → %s', (w, want) => {
    expect(pastParticiple(w)).toBe(want);
  });
});
