import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, snapToWords, stepSelection, wordBoundary, type SelectionStep } from './keyboard-selection';

const text = 'First one here. Second, “quoted” part. Third.';
const sentences = [
  { start: 0, end: 15 },
  { start: 16, end: 38 },
  { start: 39, end: 45 },
];
const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('keyboard selection', () => {
  it.each([
    [0, 0],
    [15, 1],
    [20, 1],
    [44, 2],
    [99, 2],
  ])('sentence at %i is %i', (offset, index) => {
    expect(sentenceIndexAt(sentences, offset)).toBe(index);
  });

  it.each([
    [0, 1, 5],
    [5, 1, 9],
    [16, 1, 23],
    [23, 1, 32],
    [9, -1, 5],
    [15, -1, 9],
  ])('word boundary from %i in direction %i is %i', (from, dir, expected) => {
    expect(wordBoundary(text, from, dir as 1 | -1)).toBe(expected);
  });

  it.each<[SelectionStep, { start: number; end: number }, string]>([
    ['next-sentence', sentences[0], 'Second, “quoted” part.'],
    ['next-sentence', sentences[2], 'Third.'],
    ['prev-sentence', sentences[1], 'First one here.'],
    ['prev-sentence', sentences[0], 'First one here.'],
    ['extend-word', { start: 16, end: 23 }, 'Second, “quoted”'],
    ['shrink-word', { start: 16, end: 32 }, 'Second,'],
    ['shrink-word', { start: 16, end: 23 }, 'Second,'],
    ['extend-sentence', sentences[0], 'First one here. Second, “quoted” part.'],
    ['shrink-sentence', { start: 0, end: 38 }, 'First one here.'],
  ])('%s from %j gives %j', (step, sel, expected) => {
    expect(slice(stepSelection(text, sentences, sel, step))).toBe(expected);
  });
});

describe('snapToWords', () => {
  it.each([
    ['irst one her', 'First one here'],
    ['First one', 'First one'],
    [' one ', 'one'],
    ['uoted', 'quoted'],
    ['Second, “quo', 'Second, “quoted'],
  ])('%j snaps to %j', (fragment, expected) => {
    const start = text.indexOf(fragment);
    expect(slice(snapToWords(text, { start, end: start + fragment.length }))).toBe(expected);
  });
});
