import { describe, expect, it } from 'vitest';
import { boundarySimilarity, consecutiveRepeats, ownSentence, sideEvidence } from './quote-evidence';

describe('boundarySimilarity', () => {
  it('is 1 for an unchanged side and falls with each edit', () => {
    expect(boundarySimilarity('abcdefgh', 'abcdefgh and more')).toBe(1);
    expect(boundarySimilarity('abcdefgh', 'abXdefgh')).toBeCloseTo(7 / 8);
    expect(boundarySimilarity('abcdefgh', 'zzzzzzzz')).toBe(0);
  });
});

describe('sideEvidence', () => {
  const text = 'First words here. The quote sits here, then the rest of the sentence follows on.';
  const at = text.indexOf('The quote');
  const end = at + 'The quote'.length;

  it('recognises a side in place, and grades a side an edit pushed away', () => {
    expect(sideEvidence(text, at, end, 'First words here. ', 'prefix')).toMatchObject({ aligned: true, weight: 1 });
    const pushed = sideEvidence(text, at, end, ' sits here, then the rest', 'suffix');
    expect(pushed).toMatchObject({ aligned: true });
    const displaced = sideEvidence(text, at, end, ' here, then the rest of the', 'suffix');
    expect(displaced).toMatchObject({ aligned: false, displaced: true, weight: 0.5 });
  });

  it('says nothing for a side too short to weigh, unless the place is still at that edge of the text', () => {
    expect(sideEvidence(text, at, end, 'here. ', 'prefix')).toBeNull();
    const start = 'A headline long enough to be told by its place';
    const page = start + '\n\nBody.';
    expect(sideEvidence(page, 0, start.length, '', 'prefix')).toMatchObject({ aligned: true });
    expect(sideEvidence('Text before. ' + page, 13, 13 + start.length, '', 'prefix')).toBeNull();
  });

  it('gives a rewritten side no weight', () => {
    expect(sideEvidence(text, at, end, 'Nothing like what was there. ', 'prefix')).toMatchObject({ weight: 0 });
  });
});

describe('consecutiveRepeats', () => {
  const sentence = 'The river rose overnight and the road was closed.';

  it('finds a sentence pasted twice in a row, with or without a separator between', () => {
    const text = `Before. ${sentence} ${sentence} After.`;
    const first = text.indexOf('rose');
    expect(consecutiveRepeats(text, first, text.indexOf('rose', first + 1), 4)).toBe(true);
    const para = `Before.\n\n${sentence}\n\n${sentence}\n\nAfter.`;
    const p = para.indexOf('rose');
    expect(consecutiveRepeats(para, p, para.indexOf('rose', p + 1), 4)).toBe(true);
  });

  it('does not take copies with other text between them for a repeat', () => {
    const text = `Before. ${sentence} Then something else happened. ${sentence} After.`;
    const first = text.indexOf('rose');
    expect(consecutiveRepeats(text, first, text.indexOf('rose', first + 1), 4)).toBe(false);
  });
});

describe('ownSentence', () => {
  it('measures how much of each side lies in the quote’s own sentence', () => {
    expect(ownSentence({ exact: 'said.', prefix: 'families to wait, she ', suffix: '\n\nNext paragraph' })).toEqual({
      prefix: 'families to wait, she '.length,
      suffix: 0,
    });
    expect(ownSentence({ exact: 'In', prefix: 'was over.\n\n', suffix: ' Sydney, the premier said' })).toEqual({
      prefix: 0,
      suffix: ' Sydney, the premier said'.length,
    });
    expect(ownSentence({ exact: 'wall', prefix: 'the end. The sea ', suffix: ' cost more. Later' })).toEqual({
      prefix: 'The sea '.length,
      suffix: ' cost more'.length,
    });
  });
});
