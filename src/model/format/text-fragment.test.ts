import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textDirective, textFragmentUrl } from './text-fragment';

describe('text fragments', () => {
  it.each([
    ['plain short quote', { exact: 'the missile' }, 'text=the%20missile'],
    ['syntax characters encoded', { exact: 'air-defence, Q&A' }, 'text=air%2Ddefence%2C%20Q%26A'],
    ['whitespace collapsed', { exact: ' two\n lines ' }, 'text=two%20lines'],
    [
      'context on word boundaries',
      { exact: 'duel', prefix: ' a high-tech ', suffix: ' of the 21st ' },
      'text=a%20high%2Dtech-,duel,-of%20the%2021st',
    ],
    [
      'cut-off context words dropped',
      { exact: 'duel', prefix: 'gh-tech new ', suffix: ' of the 21st cen' },
      'text=new-,duel,-of%20the%2021st',
    ],
    ['half-word context dropped', { exact: 'uel', prefix: 'high-tech d', suffix: 's' }, 'text=uel'],
    [
      'long quote as start,end',
      {
        exact:
          'If the West had any doubts about the missile’s capabilities, it could name a target in Kiev protected by all available air-defence weapons',
      },
      'text=If%20the%20West%20had,all%20available%20air%2Ddefence%20weapons',
    ],
    ['no words', { exact: '  ' }, null],
  ])('%s', (_, quote, expected) => {
    expect(textDirective(quote)).toBe(expected);
  });

  it('decodes back to the original terms', () => {
    const term = 'a-b,c&d %e “f”';
    expect(decodeURIComponent(encodeFragmentTerm(term))).toBe(term);
    expect(encodeFragmentTerm(term)).not.toMatch(/[-,&]/);
  });

  it('replaces an existing fragment', () => {
    expect(textFragmentUrl('https://x.example/a?b=1#top', { exact: 'hi' })).toBe('https://x.example/a?b=1#:~:text=hi');
  });
});
