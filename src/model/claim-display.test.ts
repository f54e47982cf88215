import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotation';
import {
  annotationDisplayText,
  annotationSpeaker,
  claimDisplayText,
  isDirectClaim,
  UNKNOWN_SPEAKER,
} from './claim-display';

const claim = (text: string, kind: 'direct' | 'indirect' | 'mixed', direct?: boolean) => ({
  content: { start: 0, end: text.length, text },
  kind,
  ...(direct === undefined ? {} : { direct }),
});

describe('claimDisplayText', () => {
  it.each([
    // A direct quotation, in quotation marks, its own marks and trailing comma dropped.
    [claim('We will rebuild,', 'direct', true), Infinity, '“We will rebuild”'],
    [claim('“We will rebuild.”', 'direct', true), Infinity, '“We will rebuild.”'],
    [claim("''We will rebuild,''", 'direct', true), Infinity, '“We will rebuild”'],
    // A paraphrase never gets quotation marks.
    [claim('the plan would fail', 'indirect', false), Infinity, 'the plan would fail'],
    // A partly quoted claim keeps the article's own marks around the quoted words only.
    [claim('the pact was “a betrayal of voters”', 'mixed', false), Infinity, 'the pact was “a betrayal of voters”'],
    // Cut inside the marks.
    [claim('We will rebuild the whole pier', 'direct', true), 15, '“We will rebuild…”'],
    [claim('the plan would fail badly', 'indirect', false), 13, 'the plan woul…'],
    // Line breaks inside a quotation become spaces.
    [claim('We lost.\nWe will be back.', 'direct', true), Infinity, '“We lost. We will be back.”'],
  ])('%o (max %s) → %s', (c, max, want) => expect(claimDisplayText(c, max)).toBe(want));

  it('reads older analyses without `direct` from their kind', () => {
    expect(isDirectClaim(claim('x', 'direct'))).toBe(true);
    expect(isDirectClaim(claim('x', 'mixed'))).toBe(false);
    expect(claimDisplayText(claim('We will rebuild', 'direct'))).toBe('“We will rebuild”');
  });
});

describe('annotationDisplayText', () => {
  const selectors: Annotation['selectors'] = [
    { type: 'TextQuoteSelector', exact: 'Lina Novak said the plan would fail.', prefix: '', suffix: '' },
  ];
  const claims = [{ id: 'c1', start: 40, end: 76, ...claim('the plan would fail', 'indirect', false) }];
  it('quotes a highlight’s passage', () => {
    expect(annotationDisplayText({ kind: 'highlight', selectors }, claims)).toBe(
      '“Lina Novak said the plan would fail.”',
    );
  });
  it('shows a claim annotation as its claim, unquoted when reported', () => {
    // The reader stores the claim's span key; older records its id.
    expect(annotationDisplayText({ kind: 'claim', claimId: '40-76', selectors }, claims)).toBe('the plan would fail');
    expect(annotationDisplayText({ kind: 'claim', claimId: 'c1', selectors }, claims)).toBe('the plan would fail');
  });
  it('shows the passage without quotation marks when the claim is unknown', () => {
    expect(annotationDisplayText({ kind: 'claim', claimId: 'c9', selectors }, claims)).toBe(
      'Lina Novak said the plan would fail.',
    );
    expect(annotationDisplayText({ kind: 'claim', claimId: 'c1', selectors }, undefined, 10)).toBe('Lina Novak…');
  });
  it('never doubles the quotation marks of a passage that opens with its own', () => {
    const quoted = [{ type: 'TextQuoteSelector' as const, exact: '“There is no chance,” Putin said.' }];
    expect(annotationDisplayText({ kind: 'highlight', selectors: quoted }, claims)).toBe(
      '“There is no chance,” Putin said.',
    );
    expect(annotationDisplayText({ kind: 'highlight', selectors: quoted }, claims)).not.toMatch(/^““/);
  });
});

describe('annotationSpeaker', () => {
  const speaker = (name: string) => ({ name, start: 0, end: name.length });
  const claims = [
    { id: 'c1', start: 40, end: 76, speaker: speaker('Lina Novak') },
    { id: 'c2', start: 80, end: 99 },
  ];
  it('names whose claim a verdict judges as the Claims panel does', () => {
    expect(annotationSpeaker({ kind: 'claim', claimId: '40-76' }, claims, { start: 40, end: 76 })).toBe('Lina Novak');
    expect(annotationSpeaker({ kind: 'claim', claimId: 'c2' }, claims, { start: 82, end: 90 })).toBe(UNKNOWN_SPEAKER);
  });
  it('names no one for a highlight, or a claim the analysis does not hold', () => {
    expect(annotationSpeaker({ kind: 'highlight', claimId: '40-76' }, claims, { start: 40, end: 76 })).toBeUndefined();
    expect(annotationSpeaker({ kind: 'claim', claimId: '1-2' }, claims, { start: 1, end: 2 })).toBeUndefined();
    expect(annotationSpeaker({ kind: 'claim', claimId: '40-76' }, undefined, { start: 40, end: 76 })).toBeUndefined();
  });
  it('names no one when the claim its id finds lies elsewhere than the placed passage', () => {
    // An older record's "c1" may name another claim of this analysis: no verdict pinned on its speaker.
    expect(annotationSpeaker({ kind: 'claim', claimId: 'c1' }, claims, { start: 80, end: 99 })).toBeUndefined();
  });
});
