import { describe, expect, it } from 'vitest';
import { findAll, foldText, matchFrom, MAX_MATCHES } from './find-text';

const texts = (text: string, query: string) => findAll(text, query).map((m) => text.slice(m.start, m.end));

describe('find in the article text', () => {
  it.each<[string, string, string, string[]]>([
    ['case', 'Putin said. PUTIN agreed.', 'putin', ['Putin', 'PUTIN']],
    ['accents', 'Türkiye and Turkiye', 'turkiye', ['Türkiye', 'Turkiye']],
    ['curly quotes typed straight', 'Russia’s leader', "russia's", ['Russia’s']],
    ['straight quotes typed curly', "Russia's leader", 'Russia’s', ["Russia's"]],
    ['dashes', 'Moscow — the capital', 'moscow - the', ['Moscow — the']],
    ['a line break between words', 'end of\nline', 'of line', ['of\nline']],
    ['several spaces in the text', 'two   spaces', 'two spaces', ['two   spaces']],
    ['regex characters taken literally', 'costs $5 (or more)', '$5 (or', ['$5 (or']],
    ['no match', 'nothing here', 'absent', []],
    ['blank query', 'anything', '   ', []],
  ])('matches regardless of %s', (_name, text, query, expected) => {
    expect(texts(text, query)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['Hangul syllables by their first consonant', '서울 항구와 한국', '하구'],
    ['kana without their voicing mark', 'がっこう', 'か'],
  ])('does not match %s', (_name, text, query) => {
    expect(texts(text, query)).toEqual([]);
  });
  it('matches Hangul and voiced kana as written', () => {
    expect(texts('서울 항구와 한국', '한국')).toEqual(['한국']);
    expect(texts('がっこう', 'が')).toEqual(['が']);
  });

  it('keeps offsets: the folded text is as long as the text', () => {
    const text = 'Ünïcödé “quotes” — İstanbul ﬁ';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('finds matches without overlap, in order, and stops at the limit', () => {
    expect(findAll('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findAll('x '.repeat(MAX_MATCHES + 50), 'x')).toHaveLength(MAX_MATCHES);
  });

  it('starts from the first match at or after an offset, wrapping round', () => {
    const m = findAll('a b a b a', 'a');
    expect(matchFrom(m, 0)).toBe(0);
    expect(matchFrom(m, 3)).toBe(1);
    expect(matchFrom(m, 9)).toBe(0);
    expect(matchFrom([], 5)).toBe(-1);
  });
});
