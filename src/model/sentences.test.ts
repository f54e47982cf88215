import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences';

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
