import { describe, expect, it } from 'vitest';
import { buildContext, tokensOf } from '../context';
import { patternFormMarks } from './named-spans';

describe('patternFormMarks', () => {
  const ctx = buildContext(
    'Anna Smith-Jones met NATO and the UN in Lima; smith-jones, NATO-led and Smith-Jones again.',
  );
  const marked = (pattern: RegExp) =>
    [...tokensOf(ctx, patternFormMarks(ctx, pattern))].map((i) => ctx.forms[ctx.form[i]]);

  it('marks the forms whose exact text matches, so tokensOf visits each of their tokens in text order', () => {
    expect(marked(/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u)).toEqual(['Smith-Jones', 'Smith-Jones']);
  });

  it('tests the text as written: no lowercase form, no longer word that only contains the shape', () => {
    // "NATO-led" is one word: its text does not match, though it starts with the shape.
    expect(marked(/^[A-Z]{2,5}$/)).toEqual(['NATO', 'UN']);
    expect(marked(/^smith-jones$/)).toEqual(['smith-jones']);
  });

  it('marks nothing when no word has the shape', () => {
    expect([...patternFormMarks(ctx, /^\d{4}$/)].every((m) => m === 0)).toBe(true);
  });
});
