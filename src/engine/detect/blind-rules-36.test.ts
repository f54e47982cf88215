/**
 * The rows of lexicon/blind-news-36.ts (from batches 107 and 108), and the rows they widened: each
 * rule on tagger output written by hand, with the readings it must decide and ordinary news
 * sentences it must not fire on. The sentences are our own, not the batches'. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.kind-such-as', () => {
  it.each([
    [
      'The cuts would hurt small towns such as [[O:0.32 Barnoldswick]] and [[O:0.31 Ilfracombe]], it said.',
      ['place:Barnoldswick', 'place:Ilfracombe'],
    ],
    ['Port cities like Quelimane, [[P:0.4 Nacala]] or Pemba grew.', ['place:Quelimane', 'place:Nacala', 'place:Pemba']],
    ['It sells in provinces including [[O:0.5 Santa Lucia]].', ['place:Santa Lucia']],
    // Another noun, a sure reading, a common word, a capital running on, lowercase.
    ['Firms such as [[O:0.4 Halvorsen]] cut jobs.', ['organization:Halvorsen']],
    ['Towns such as [[O:0.95 Kestrel Bay]] voted.', ['organization:Kestrel Bay']],
    ['Towns such as Central and West voted.', []],
    ['The towns, such as they are, voted.', []],
    ['Small towns such as [[P Ana Ruiz]] said.', ['person:Ana Ruiz']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.made-by', () => {
  it.each([
    ['It took AW149 helicopters made by [[P:0.36 Leonardo]] last month.', ['organization:Leonardo']],
    ['The ships would be built by Damen Naval at its yard.', ['organization:Damen Naval']],
    ['It bought drones supplied by [[L:0.5 Baykar]].', ['organization:Baykar']],
    // Not a made thing, a sure person, a place the map knows, punctuation between, lowercase.
    ['They saw a portrait made by [[P:0.6 Tom Ruiz]].', ['person:Tom Ruiz']],
    ['It bought jets made by [[P:0.95 Ana Ruiz]].', ['person:Ana Ruiz']],
    ['It bought tanks made by [[L:0.6 Poland]].', ['place:Poland']],
    ['It bought tanks, which were made by Halvorsen.', []],
    ['It bought tanks made by hand.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.and-firm-name', () => {
  it.each([
    [
      'It hired [[L:0.8 China Road]] and [[O Bridge Corporation]] to build it.',
      ['organization:China Road and Bridge Corporation'],
    ],
    ['Dock and [[O Harbour Holdings]] bid.', ['organization:Dock and Harbour Holdings']],
    // Two firms, a place the map knows, a sure place, a longer name, a firm before "and".
    [
      'It hired [[O Carlyle Group]] and [[O Apollo Holdings]].',
      ['organization:Carlyle Group', 'organization:Apollo Holdings'],
    ],
    ['It hired [[L Kenya]] and [[O Bridge Corporation]].', ['place:Kenya', 'organization:Bridge Corporation']],
    [
      'It hired [[L:0.95 China Road]] and [[O Bridge Corporation]].',
      ['place:China Road', 'organization:Bridge Corporation'],
    ],
    ['It hired [[O Apple]] and [[O Orange Group]].', ['organization:Apple', 'organization:Orange Group']],
    // Another row reads "Office of Road"; this one does not join it to the firm.
    [
      'The Office of Road and [[O Bridge Corporation]] met.',
      ['organization:Office of Road', 'organization:Bridge Corporation'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('dateline.caps, widened by ents57a', () => {
  it.each([
    [
      'BUENOS AIRES/SAO PAULO, March 26 ([[O Reuters]]) - Prices fell.',
      ['place:BUENOS AIRES', 'place:SAO PAULO', 'organization:Reuters'],
    ],
    ['[[O:0.5 WARSAW]] ([[O Reuters]]) - Prices fell.', ['place:WARSAW', 'organization:Reuters']],
    // A slash inside a line that is no dateline.
    ['THE END/NOTES\nPrices fell.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('business.stock-move, widened by ents57a', () => {
  it.each([
    [
      'Passenger numbers at [[L:0.99 Jomo Kenyatta International Airport]] rose 14% last year.',
      ['place:Jomo Kenyatta International Airport'],
    ],
    // A firm still moves.
    ['[[P:0.5 Halvorsen]] rose 4% on Monday.', ['organization:Halvorsen']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
