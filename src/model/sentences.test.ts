import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, stepSelection, type SelectionStep } from './keyboard-selection';
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

  it('handles empty text', () => {
    expect(sentenceSpans('')).toEqual([]);
  });
});

/** A small seeded generator, so a failing text can be made again. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

/** Lines of zero to four sentences, blank lines and lines of spaces among them. */
function textOf(seed: number): string {
  const r = random(seed);
  const words = ['ports', 'budget', 'Mr. Lee', 'said', '“we will see.”', 'rose', 'fell?', '3.5%', 'yes!'];
  const lines: string[] = [];
  for (let l = r(12); l >= 0; l--) {
    const kind = r(6);
    if (kind === 0) lines.push('');
    else if (kind === 1) lines.push('   ');
    else {
      const sentences: string[] = [];
      for (let k = 1 + r(4); k > 0; k--) {
        const n = 1 + r(5);
        sentences.push(Array.from({ length: n }, () => words[r(words.length)]).join(' ') + '.');
      }
      lines.push((r(3) ? '' : '  ') + sentences.join(' ') + (r(3) ? '' : ' '));
    }
  }
  return lines.join('\n') + (r(2) ? '\n' : '');
}

const STEPS: SelectionStep[] = [
  'next-sentence',
  'prev-sentence',
  'extend-word',
  'shrink-word',
  'extend-sentence',
  'shrink-sentence',
];

describe('SentenceIndex', () => {
  it('gives the sentences of a line and of the lines next to it, segmenting only those', () => {
    const far = 'Filler line one. Filler two.\n'.repeat(200);
    const text = `${far}Before it. Just before.\nThe one here. And its second.\n\nNext line. Then more.\n${far}`;
    const index = new SentenceIndex(text);
    const at = text.indexOf('And its second');
    const near = index.around(at);
    expect(near.map((s) => text.slice(s.start, s.end))).toEqual([
      'Before it.',
      'Just before.',
      'The one here.',
      'And its second.',
      'Next line.',
      'Then more.',
    ]);
    expect(near[sentenceIndexAt(near, at)]).toEqual({ start: at, end: at + 'And its second.'.length });
    expect(index.segmentedChars).toBeLessThan(200);
    expect(index.segmentedChars).toBeGreaterThan(0);
  });

  it('keeps a line it has segmented, and segments no more when asked again', () => {
    const text = 'One. Two.\nThree. Four.\nFive. Six.\nSeven. Eight.';
    const index = new SentenceIndex(text);
    const first = index.around(text.indexOf('Three'));
    const used = index.segmentedChars;
    expect(index.around(text.indexOf('Three'))).toEqual(first);
    expect(index.segmentedChars).toBe(used);
  });

  it('steps and starts exactly as over the whole sentence list, anywhere in any text', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const text = textOf(seed);
      const whole = sentenceSpans(text);
      const index = new SentenceIndex(text);
      const r = random(seed * 7 + 3);
      for (let k = 0; k < 12; k++) {
        const offset = r(text.length + 1);
        const near = index.around(offset);
        if (whole.length)
          expect(near[sentenceIndexAt(near, offset)], `seed ${seed} at ${offset}`).toEqual(
            whole[sentenceIndexAt(whole, offset)],
          );
        else expect(near).toEqual([]);
        const a = r(text.length + 1);
        const b = r(text.length + 1);
        const sel = { start: Math.min(a, b), end: Math.max(a, b) + 1 };
        const step = STEPS[r(STEPS.length)];
        expect(
          stepSelection(text, index.around(sel.start, sel.end), sel, step),
          `seed ${seed} ${step} ${a}-${b}`,
        ).toEqual(stepSelection(text, whole, sel, step));
      }
      expect(index.all()).toEqual(whole);
    }
  });

  it('walks a whole text sentence by sentence and back as over the whole list', () => {
    const text = textOf(42) + '\n\n' + textOf(43);
    const whole = sentenceSpans(text);
    const index = new SentenceIndex(text);
    let sel = { ...whole[0] };
    const seen = [sel];
    for (let i = 1; i < whole.length + 2; i++) {
      sel = stepSelection(text, index.around(sel.start, sel.end), sel, 'next-sentence');
      seen.push(sel);
    }
    expect(seen.slice(0, whole.length)).toEqual(whole);
    expect(seen[seen.length - 1]).toEqual(whole[whole.length - 1]);
    for (let i = 0; i < whole.length + 2; i++)
      sel = stepSelection(text, index.around(sel.start, sel.end), sel, 'prev-sentence');
    expect(sel).toEqual(whole[0]);
  });

  it('handles empty text', () => {
    expect(new SentenceIndex('').around(0)).toEqual([]);
    expect(new SentenceIndex('').all()).toEqual([]);
  });
});
