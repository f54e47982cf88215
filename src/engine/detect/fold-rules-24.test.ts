/**
 * The rows of lexicon/fold-patterns-24.ts (helper ents42c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) Each first case of a row fails with the row off; the
 * leave cases are ordinary news sentences the row must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.player-action', () => {
  it.each([
    // A one-word player before a strike, before "doubled the lead", in a pass, after "call up".
    [
      'In the league, Marcão headed the opener from a Tiquinho cross, and Wesley doubled the lead before half-time.',
      ['person:Marcão', 'person:Tiquinho', 'person:Wesley'],
    ],
    ['The coach will call up [[L:0.4 Marcão]] for the qualifiers in the cup.', ['person:Marcão']],
    // Leave: a move, not a strike; no sport; a club heading the table; a place the map knows; a known body.
    [
      'The striker scored twice. [[O:0.9 Santos]] won the cup, and Marcão headed to Madrid on Monday.',
      ['organization:Santos'],
    ],
    ['Okafor headed the inquiry into the bank, the ministry said.', []],
    ['Botafogo headed the table after the win in the league.', []],
    ['The club won 2-1 after a [[L:0.5 Liverpool]] cross in the final minute.', ['place:Liverpool']],
    // Leave: a word of the language, two capitalised words (the model's to read).
    ['The club won 2-1. Defence headed clear, and Lucas Halter headed in the winner.', []],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('lead (stop 54): person.player-action, a full name after "from"', () => {
  it.each([
    [
      'The striker scored twice in the final. Bangladesh were bowled out for 166 despite 64 from [[L:0.55 Litton Das]]. Two goals from Erling Haaland sank them.',
      ['organization:Bangladesh', 'person:Litton Das', 'person:Erling Haaland'],
    ],
    // Leave: a place the map knows, a club's possessive, a one-word name, no sport, a sure body.
    [
      "The striker scored twice in the final. A goal from New Zealand striker [[P Chris Wood]] was ruled out. A penalty from Manchester United's [[P Bruno Fernandes]] earned a draw. A goal from Pedro won it. Aid came from [[O:0.9 Doctors Without Borders]].",
      [
        'person:Chris Wood',
        'organization:Manchester United',
        'person:Bruno Fernandes',
        'organization:Doctors Without Borders',
      ],
    ],
    ['Prices fell 3 from Ana Ruiz Foods. Sales rose 200 from Bright Star.', []],
    // Leave: a side the model read as a body, a side before its people (review, stop 54).
    [
      'The striker scored twice in the final. Two goals from [[O:0.36 Inter Miami]] sealed it. England fell for 210 despite 88 runs from West Indies all-rounders, and a century from West Indies opener [[P Shai Hope]].',
      ['organization:Inter Miami', 'person:Shai Hope'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.kin-name', () => {
  it.each([
    ['Sam and his brother Dean drive the car across the country.', ['person:Dean']],
    ['Pachomius died, naming the brother [[L:0.45 Petronios]] as his successor.', ['person:Petronios']],
    // Leave: a title after the word of kin, a place the map knows, a body the model is sure of, a
    // name the model reads as a person already, a longer run of capitals.
    // (The title's own rows read "Judge Ruiz".)
    ['Her father Judge Ruiz sat on the bench.', ['person:Judge Ruiz']],
    ['Their son Paris was born in 2019.', []],
    ['The parent company [[O:0.9 Alphabet]] reported higher profit.', ['organization:Alphabet']],
    ['Her husband [[P Mark Ruiz]] said the family would appeal.', ['person:Mark Ruiz']],
    ['His brother Dean Foods Group Holdings sold milk.', []],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('person.kin-name leaves a people (review, stop 52)', () => {
  it.each([['The coach praised the twin Brazilians for their work.', []]])('%s', (text, expected) =>
    expect(rulesOn(text)).toEqual(expected),
  );
});
