import { describe, expect, it } from 'vitest';
import { tokenize, tokenText, Kind } from './tokenize';
import { splitSentences } from './sentences';

const words = (s: string) => {
  const t = tokenize(s);
  return Array.from({ length: t.count }, (_, i) => tokenText(t, i));
};

describe('tokenize', () => {
  it.each([
    ["Jean-Luc met O'Brien.", ['Jean-Luc', 'met', "O'Brien", '.']],
    ['the U.S. and D.C. rules', ['the', 'U.S.', 'and', 'D.C.', 'rules']],
    ['Norway’s king', ['Norway', '’s', 'king']],
    ["the farmers' union", ['the', 'farmers', "'", 'union']],
    ['Bashar al-Assad', ['Bashar', 'al-Assad']],
    ['L. Ron Hubbard wrote', ['L.', 'Ron', 'Hubbard', 'wrote']],
    ['“I haven’t,” he said', ['“', 'I', 'haven’t', ',', '”', 'he', 'said']],
    ['10,000 troops in 2024', ['10,000', 'troops', 'in', '2024']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  it('keeps UTF-16 offsets exact', () => {
    const text = 'Émile Zola 👋 visited Łódź.';
    const t = tokenize(text);
    for (let i = 0; i < t.count; i++) expect(text.slice(t.start[i], t.end[i])).toBe(tokenText(t, i));
    expect(words(text)).toContain('Łódź');
  });

  it('classifies straight quotes as opening and closing', () => {
    const t = tokenize('He said "we will win," and left.');
    const kinds = Array.from(t.kind);
    expect(kinds.filter((k) => k === Kind.QOpen)).toHaveLength(1);
    expect(kinds.filter((k) => k === Kind.QClose)).toHaveLength(1);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith arrived. He sat down.', ['Mr. Smith arrived.', 'He sat down.']],
    ['It rained in the U.S. The match was off.', ['It rained in the U.S.', 'The match was off.']],
    ['The U.S. President spoke.', ['The U.S. President spoke.']],
    ['“Why?” she asked. Nobody knew.', ['“Why?” she asked.', 'Nobody knew.']],
    [
      'Storm hits coast\nThe storm hit the coast on Monday.',
      ['Storm hits coast', 'The storm hit the coast on Monday.'],
    ],
    ['Gen. Ana Diaz led. Troops followed.', ['Gen. Ana Diaz led.', 'Troops followed.']],
    // A decimal point after a letter-led figure (lead, stop 52); a full stop glued to a digit after a space stays one.
    ['He took N3.1bn in fees. It was found.', ['He took N3.1bn in fees.', 'It was found.']],
    ['Prices rose 3.5% in May. Wages fell.', ['Prices rose 3.5% in May.', 'Wages fell.']],
    ['The score was 2. 1 goal came late.', ['The score was 2.', '1 goal came late.']],
  ])('%s', (text, expected) => expect(splitSentences(text).map((s) => s.text)).toEqual(expected));
});
