import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation, anchorAnnotations, CONTEXT_LENGTH, describeRange } from './anchor';
import { anchorCases } from './anchor.cases';

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  return at;
}

describe('anchorAnnotation', () => {
  for (const [name, { text, selectors, expected }] of Object.entries(anchorCases)) {
    it(name, () => {
      const result = anchorAnnotation(text, selectors);
      if (expected === 'orphan') {
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
        expect(result).toMatchObject({
          status: 'orphan',
          quote: quote?.type === 'TextQuoteSelector' ? quote.exact : '',
        });
        return;
      }
      const start = nthIndexOf(text, expected.landsOn, expected.at ?? 0);
      expect(start, 'case setup: landsOn must occur in text').toBeGreaterThanOrEqual(0);
      expect(result).toMatchObject({ status: 'anchored', start, end: start + expected.landsOn.length });
      if (expected.exact !== undefined) expect(result).toMatchObject({ exact: expected.exact });
    });
  }

  it('trusts a position selector alone when there is no quote', () => {
    expect(anchorAnnotation('abcdef', [{ type: 'TextPositionSelector', start: 1, end: 3 }])).toMatchObject({
      status: 'anchored',
      start: 1,
      end: 3,
    });
  });

  it('treats an annotation with no selectors (a page note) as unplaceable', () => {
    expect(anchorAnnotation('abcdef', [])).toEqual({ status: 'orphan', quote: '', reason: 'not-found' });
  });

  it.each<[string, { prefix?: string; suffix?: string }]>([
    ['suffix', { suffix: ' there, said the reporter' }],
    ['prefix', { prefix: 'then she wrote: ' }],
  ])('does not trust a position holding the quote with a different %s (a twin lined up by a shift)', (_n, context) => {
    const text = 'first she wrote: hello world, said nobody. then she wrote: hello there, said the reporter.';
    const result = anchorAnnotation(text, [
      { type: 'TextPositionSelector', start: 17, end: 22 },
      { type: 'TextQuoteSelector', exact: 'hello', ...context },
    ]);
    // The right copy, or an orphan where the context is too alike to tell: never the twin.
    if (result.status === 'anchored') expect(result.start).toBe(text.lastIndexOf('hello'));
  });

  it('does not trust a position that now holds a different text', () => {
    const result = anchorAnnotation('xxxx hello world', [
      { type: 'TextPositionSelector', start: 0, end: 5 },
      { type: 'TextQuoteSelector', exact: 'hello' },
    ]);
    expect(result).toMatchObject({ status: 'anchored', start: 5, end: 10 });
  });
});

describe('the default article (issue 14)', () => {
  const article = readFileSync('public/articles/putin-high-tech-duel.txt', 'utf8');
  const paragraph = article.split('\n').find((p) => p.startsWith('If the West had any doubts'))!;

  it('orphans "Putin said." when its sentence is deleted, instead of moving it to a twin', () => {
    const end = article.indexOf(paragraph) + paragraph.length;
    const marked = describeRange(article, end - 'Putin said.'.length, end);
    const edited = article.replace(paragraph + '\n', '');
    expect(article.split('Putin said.').length - 1).toBeGreaterThan(1);
    expect(anchorAnnotation(edited, marked)).toMatchObject({ status: 'orphan', quote: 'Putin said.' });
    expect(anchorAnnotations(edited, [marked])[0]).toMatchObject({ status: 'orphan' });
  });

  it('still finds it when only a word next to it changed', () => {
    const end = article.indexOf(paragraph) + paragraph.length;
    const marked = describeRange(article, end - 'Putin said.'.length, end);
    const edited = article.replace(
      'targeted by the Oreshnik, Putin said.',
      'targeted by the new Oreshnik, Putin said.',
    );
    expect(anchorAnnotation(edited, marked)).toMatchObject({
      status: 'anchored',
      start: edited.indexOf('Oreshnik, Putin said.') + 'Oreshnik, '.length,
    });
  });
});

describe('describeRange', () => {
  const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);

  it('records the quote, 32 characters of context each side and the offsets', () => {
    expect(describeRange(text, 40, 45)).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: 'QUOTE',
        prefix: 'a'.repeat(CONTEXT_LENGTH),
        suffix: 'b'.repeat(CONTEXT_LENGTH),
      },
      { type: 'TextPositionSelector', start: 40, end: 45 },
    ]);
  });

  it('clips the context at the ends of the text', () => {
    expect(describeRange('hello', 0, 5)[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'hello',
      prefix: '',
      suffix: '',
    });
  });

  it.each([
    [-1, 3],
    [3, 3],
    [4, 2],
    [0, 999],
  ])('rejects the invalid range %i..%i', (start, end) => {
    expect(() => describeRange('hello', start, end)).toThrow(RangeError);
  });

  it('round-trips: a described range anchors back to itself', () => {
    expect(anchorAnnotation(text, describeRange(text, 30, 50))).toMatchObject({
      status: 'anchored',
      start: 30,
      end: 50,
    });
  });
});

describe('anchorAnnotations', () => {
  const original = Array.from(
    { length: 40 },
    (_, i) => `Sentence number ${i} says something about topic ${i % 7}.`,
  ).join(' ');
  const marks = [3, 17, 29, 8].map((i) => {
    const quote = `Sentence number ${i} says`;
    const start = original.indexOf(quote);
    return describeRange(original, start, start + quote.length);
  });

  it('gives the same answers as anchoring one by one, in input order', () => {
    const edited = 'A new first paragraph. ' + original.replace('number 20 says', 'number 20 claims');
    expect(anchorAnnotations(edited, marks)).toEqual(marks.map((m) => anchorAnnotation(edited, m)));
  });

  it('uses the learned shift only when quote and context still match there', () => {
    const edited = 'Shifted. ' + original.replace('Sentence number 29 says something', 'Totally different words here');
    const results = anchorAnnotations(edited, marks);
    expect(results[2]).toMatchObject({ status: 'orphan', quote: 'Sentence number 29 says' });
    expect(results[1]).toMatchObject({ status: 'anchored', start: edited.indexOf('Sentence number 17 says') });
  });
});
