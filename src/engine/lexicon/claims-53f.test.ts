/**
 * The examples of claims63f's rows (claims-53f.ts) through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, rowExamples } from '../test-helpers';
import {
  CARRIED_DOCUMENT,
  IT_OWN_SUBJECT,
  OBJECT_RELATIVE_PRESENT,
  PLURAL_OPENS,
  RELATIVE_SECOND_INFINITIVE,
  SECOND_AFTER_FIGURES,
} from './claims-53f';

describe('claims63f rows: the first claim has this content ("" = no claim)', () => {
  it.each(rowExamples([PLURAL_OPENS]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.content ?? '').toBe(want);
  });
});

describe('claims63f rows: the first claim has this speaker as written', () => {
  it.each(rowExamples([CARRIED_DOCUMENT]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.speaker).toBe(want);
  });
});

describe('claims63f rows: the second claim has this content ("" = no second claim)', () => {
  it.each(rowExamples([SECOND_AFTER_FIGURES, RELATIVE_SECOND_INFINITIVE]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[1]?.content ?? '').toBe(want);
  });
});

describe('claims63f rows: the first claim has this speaker as written ("" = no claim)', () => {
  it.each(rowExamples([OBJECT_RELATIVE_PRESENT]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text)[0]?.speaker ?? '').toBe(want);
  });
});

describe('claims63f rows: the last claim has this speaker name', () => {
  it.each(rowExamples([IT_OWN_SUBJECT]))('%s: %s', (_id, text, want) => {
    expect(claimsOf(text).at(-1)?.name).toBe(want);
  });
});
