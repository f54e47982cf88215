/**
 * The rows of lexicon/fold-patterns-3.ts (helper ents12b) on tagger output written by hand, with
 * news sentences each must not fire on; and each row's own examples through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf, rowExamples } from '../test-helpers';
import { loadGazetteerSync } from '../gazetteer/load-sync';
import { FOLD_PATTERN_ROWS_3 } from '../lexicon/fold-patterns-3';
import { rulesOn } from './rules-on';

describe('citation.numbered-pair', () => {
  it.each([
    [
      'The study was inspired by [[L:0.4 Carrano]] & [[P Biewener]] [7] but differs. It used the mass of [[L:0.4 Carrano]] and [[P Biewener]].',
      ['person:Carrano', 'person:Biewener', 'person:Carrano', 'person:Biewener'],
    ],
    [
      'As [[P Carrano]] and Biewener [7, 8] showed, in [[O Carrano & Biewener]]\u2019s study the birds ran.',
      ['person:Carrano', 'person:Biewener', 'person:Carrano', 'person:Biewener'],
    ],
    // Adversarial: a firm with no reference number, a longer run of capitals, common words, a
    // bracket that holds no number, capitals.
    ['Shares of [[O Marks & Spencer]] rose 7% [on Monday].', ['organization:Marks & Spencer']],
    ['[[O Procter & Gamble]] [2] said so.', ['organization:Procter & Gamble']],
    ['The firm [[O John Lewis & Partners]] [3] grew.', ['organization:John Lewis & Partners']],
    ['Sales of Arts and Crafts [4] rose.', []],
    ['Both [[L Tempe]] and [[L Mesa]] [sic] grew.', ['place:Tempe', 'place:Mesa']],
    ['[[O IBM]] and [[O HP]] [5] merged.', ['organization:IBM', 'organization:HP']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.street-abbreviation', () => {
  it.each([
    ['The shop is at 1214 [[P Anderson Ave]], open daily.', ['place:Anderson Ave']],
    ['The bus runs along N 44th [[L St]] to the resort.', ['place:N 44th St']],
    ['Also on Main St. is a flower shop.', ['place:Main St.']],
    ['It is at 317 S [[P Detroit]] Ave. (downtown).', ['place:S Detroit Ave.']],
    ['Go east along [[L Washington]] St to Tempe.', ['place:Washington St']],
    // Adversarial: "St" as Saint before a name, a longer name holding it, a sentence-opening word,
    // lowercase, and a run that goes on with a capitalised word.
    ['They held the [[O Christmas St Nicholas]] Fair in December.', ['organization:Christmas St Nicholas']],
    ['He flew to [[L St. Louis]] on Monday.', ['place:St. Louis']],
    ['Take the train to the [[L Washington St Station]] downtown.', ['place:Washington St Station']],
    ['The st was closed.', []],
    ['The Ave is wide.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.numbered-terminal', () => {
  it.each([
    ['There is no Terminal 1. [[O Terminal 2]]: gates 10 and 11.', ['place:Terminal 1', 'place:Terminal 2']],
    ['Buses leave from Terminal 4 and Concourse B at noon.', ['place:Terminal 4', 'place:Concourse B']],
    // Adversarial: lowercase, after another capitalised word, a number that is no terminal's, capitals.
    ['The terminal 2 hours away was closed.', []],
    ['He landed at [[L Heathrow Terminal 5]] at noon.', ['place:Heathrow Terminal 5']],
    ['The Terminal 2024 report was late.', []],
    ['TERMINAL 3 IS CLOSED.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.airline, organisation.airline-shared', () => {
  it.each([
    [
      'Terminal 4: [[P Aeroméxico]], [[L Air Canada]], [[O British Airways]], [[P Volaris]], [[L WestJet]]',
      [
        'place:Terminal 4',
        'organization:Aeroméxico',
        'organization:Air Canada',
        'organization:British Airways',
        'organization:Volaris',
        'organization:WestJet',
      ],
    ],
    [
      'Terminal 3: [[L Delta]], [[P Frontier]], [[P Hawaiian]], JetBlue',
      [
        'place:Terminal 3',
        'organization:Delta',
        'organization:Frontier',
        'organization:Hawaiian',
        'organization:JetBlue',
      ],
    ],
    ['Both United and Southwest cancelled flights.', ['organization:United', 'organization:Southwest']],
    // Adversarial: the shared names outside a sentence about flying, or inside a longer name; the
    // unambiguous ones inside a longer name.
    ['He moved from [[L Alaska]] to the [[L Great Lakes]] in 1990.', ['place:Alaska', 'place:Great Lakes']],
    ['The [[O United Nations]] chartered flights.', ['organization:United Nations']],
    [
      '[[O Delta Air Lines]] and [[O Ryanair Holdings]] reported.',
      ['organization:Delta Air Lines', 'organization:Ryanair Holdings'],
    ],
    ['An American pilot flew to [[L Delta]] county.', ['place:Delta']],
    ['The Flight of the Phoenix is a film about [[P Frontier]] life.', ['person:Frontier']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('rows of fold-patterns-3 through the whole engine', () => {
  const gazetteer = loadGazetteerSync();
  it('rows have an id, a reason and examples', () => {
    for (const r of FOLD_PATTERN_ROWS_3) {
      expect(r.id).toMatch(/^[a-z-]+\.[a-z-]+$/);
      expect(r.reason.length, r.id).toBeGreaterThan(20);
      expect(r.examples.length, r.id).toBeGreaterThan(0);
    }
  });
  it.each(rowExamples(FOLD_PATTERN_ROWS_3))('%s: %s', (_id, text, expected) =>
    expect(mentionsOf(text, { gazetteer }).join(' | ')).toBe(expected),
  );
});
