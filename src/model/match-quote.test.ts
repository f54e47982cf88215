import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange } from './anchor';
import { matchQuote } from './match-quote';
import type { TextQuoteSelector } from './selectors';

const TEXT = 'Alpha beta gamma. The river rose overnight. Delta epsilon zeta. The river rose overnight. Eta theta.';

describe('matchQuote', () => {
  it.each<
    [string, Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>, number | undefined, [number, number] | null]
  >([
    ['unique exact quote', { exact: 'Delta epsilon' }, undefined, [44, 57]],
    ['repeat told apart by prefix', { exact: 'The river rose', prefix: 'epsilon zeta. ' }, undefined, [64, 78]],
    [
      'repeat told apart by suffix',
      { exact: 'The river rose overnight.', suffix: ' Delta epsilon zeta.' },
      undefined,
      [18, 43],
    ],
    [
      'a side too short to weigh tells nothing',
      { exact: 'The river rose overnight.', suffix: ' Delta' },
      undefined,
      null,
    ],
    ['repeat with no context and no hint', { exact: 'The river rose overnight.' }, undefined, null],
    [
      'repeat with no context, hint on a copy but its twin is close too',
      { exact: 'The river rose overnight.' },
      62,
      null,
    ],
    ['repeat with no context, hint between copies', { exact: 'The river rose overnight.' }, 40, null],
    ['empty quote', { exact: '' }, undefined, null],
    ['absent quote', { exact: 'Nothing like this sentence exists here' }, undefined, null],
  ])('%s', (_name, selector, hint, expected) => {
    const match = matchQuote(TEXT, selector, hint);
    if (expected === null) expect(match).toBeNull();
    else expect(match && [match.start, match.end]).toEqual(expected);
  });

  it('lets the position hint pick between identical copies only when they are far apart', () => {
    const filler = ' Unrelated words fill the gap between the two copies of the sentence. ';
    const text = 'The river rose overnight.' + filler + 'The river rose overnight.' + filler;
    const second = text.lastIndexOf('The river');
    expect(matchQuote(text, { exact: 'The river rose overnight.' }, second + 3)).toMatchObject({ start: second });
    expect(matchQuote(text, { exact: 'The river rose overnight.' }, second - 40)).toBeNull();
  });

  it('reports exact matches with a full score', () => {
    expect(
      matchQuote(TEXT, { exact: 'Delta epsilon', prefix: 'river rose overnight. ', suffix: ' zeta. The river' }),
    ).toEqual({
      start: 44,
      end: 57,
      score: 1,
      exact: true,
    });
  });

  it('finds an edited quote fuzzily and says it is not exact', () => {
    const match = matchQuote(TEXT, {
      exact: 'Delta epsilom zeta',
      prefix: 'rose overnight. ',
      suffix: '. The river rose',
    });
    expect(match).toMatchObject({ start: 44, exact: false });
    expect(match!.score).toBeGreaterThan(0.9);
    expect(match!.score).toBeLessThan(1);
  });

  it('prefers the lightly edited original over an untouched lookalike with the wrong context', () => {
    const text =
      'Markets were calm. Shares in Acme rose by five percent on Monday. Analysts were surprised. ' +
      'Later that week, in another story entirely, Shares in Acme rose by four percent on Monday. Nobody cared.';
    const selector = {
      exact: 'Shares in Acme rose by four percent on Monday.',
      prefix: 'Markets were calm. ',
      suffix: ' Analysts were surprised.',
    };
    expect(matchQuote(text, selector)).toMatchObject({ start: 19, exact: false });
  });

  it('honours minScore', () => {
    const selector = { exact: 'Delta epsilom zeta', prefix: 'xxxxxxxxxx', suffix: 'yyyyyyyyyy' };
    expect(matchQuote(TEXT, selector, undefined, { minScore: 0.99 })).toBeNull();
  });

  it('on unchanged text never lands on a place with a different quote or context', () => {
    const word = fc.constantFrom('the', 'river', 'rose', 'a', 'budget', 'vote', '.', ' ');
    fc.assert(
      fc.property(fc.array(word, { minLength: 5, maxLength: 80 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = words.join(' ');
        const start = a % (text.length - 1);
        const end = start + 1 + (b % Math.min(20, text.length - start));
        const [quote] = describeRange(text, start, end) as [TextQuoteSelector];
        const match = matchQuote(text, quote, start);
        if (!match) return;
        const [found] = describeRange(text, match.start, match.end) as [TextQuoteSelector];
        expect(found).toEqual(quote);
      }),
    );
  });
});
