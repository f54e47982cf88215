import { describe, expect, it } from 'vitest';
import { SentenceIndex, sentenceSpans } from './sentences';

describe('sentenceSpans', () => {
  it('splits sentences and lines, trimming spaces, with exact offsets', () => {
    const text = 'Heading line\nFirst one. Second “quoted.” Third?\n\nLast.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Heading line',
      'First one.',
      'Second “quoted.”',
      'Third?',
      'Last.',
    ]);
  });
});

describe('SentenceIndex', () => {
  const text = 'A title\nOne here. Two there.\n\nThree “in quotes.” Four?\nFive.\n';

  it('gives the same sentences advanced a little at a time as all at once', () => {
    const index = new SentenceIndex(text);
    let steps = 0;
    while (!index.advance(5)) steps++;
    expect(steps).toBeGreaterThan(2);
    expect(index.all()).toEqual(sentenceSpans(text));
    expect(index.all().map((s) => text.slice(s.start, s.end))).toEqual([
      'A title',
      'One here.',
      'Two there.',
      'Three “in quotes.”',
      'Four?',
      'Five.',
    ]);
  });

  it('finishes what is left when every sentence is needed early', () => {
    const index = new SentenceIndex(text);
    index.advance(10);
    expect(index.done).toBe(false);
    expect(index.all()).toHaveLength(6);
    expect(index.done).toBe(true);
  });

  it('handles empty text', () => {
    expect(new SentenceIndex('').all()).toEqual([]);
  });
});
