/**
 * The rows of lexicon/blind-news-38.ts (from batches 113 and 114), and the rows they widened: each
 * rule on tagger output written by hand, with the readings it must decide and ordinary news
 * sentences it must not fire on. The sentences are our own, not the batches'. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.which-body', () => {
  it.each([
    ['[[P:0.37 Muhammadiyah]], which sets its calendar, said so.', ['organization:Muhammadiyah']],
    [
      '[[P:0.4 Nahdlatul Ulama]], which has 90 million followers, agreed. The chairman of [[P:0.5 Nahdlatul Ulama]] spoke.',
      ['organization:Nahdlatul Ulama', 'organization:Nahdlatul Ulama'],
    ],
    ['[[P:0.45 Ugacof]], which runs three mills, shipped more.', ['organization:Ugacof']],
    // A sure person, a given name, no verb of a body, "who", three words, a sure mention elsewhere.
    ['[[P:0.9 Ruiz Talavera]], which has angered many, spoke.', ['person:Ruiz Talavera']],
    ['[[P:0.4 Maria Lopez]], which has been reported, spoke.', ['person:Maria Lopez']],
    ['[[P:0.4 Okonjo]], which angered many, spoke.', ['person:Okonjo']],
    ['[[P:0.4 Okonjo]], who has two farms, spoke.', ['person:Okonjo']],
    ['[[P:0.4 Abu Bakar Okonjo]], which has two farms, spoke.', ['person:Abu Bakar Okonjo']],
    [
      '[[P:0.4 Okonjo]], which has two farms, spoke. [[P:0.95 Okonjo]] said so.',
      ['organization:Okonjo', 'person:Okonjo'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.saint-building', () => {
  it.each([
    ["Mass is said at [[O:0.79 St Brendan's Church]] in [[L Birr]].", ["place:St Brendan's Church", 'place:Birr']],
    [
      "Mass is said at [[L:0.4 SS]] [[P:0.5 Peter]] and [[P:0.5 Paul]]'s [[L:0.5 Cathedral]] in Ennis.",
      ["place:SS Peter and Paul's Cathedral"],
    ],
    ["The choir sang at Saint Aidan's Chapel on Sunday.", ["place:Saint Aidan's Chapel"]],
    // No saint, no possessive, a body's head, a name crossing the edge.
    ['Members of [[O Grace Baptist Church]] prayed.', ['organization:Grace Baptist Church']],
    ['The [[O Church of England]] said so.', ['organization:Church of England']],
    ["[[O St Mary's Hospital]] said so.", ["organization:St Mary's Hospital"]],
    ['It is at St Brendan Church in Birr.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.saint-town', () => {
  it.each([
    [
      'The mayor of [[P:0.82 Santa María Huatulco]] left. He will visit [[P:0.37 Huatulco]] on Thursday.',
      ['place:Santa María Huatulco', 'place:Huatulco'],
    ],
    ['Residents of [[P:0.73 San Miguel del Puerto]] said no.', ['place:San Miguel del Puerto']],
    // A sure person, one word, a given name opening, a given name as the town's last word.
    ['The singer [[P:0.95 Santa Ramírez]] sang.', ['person:Santa Ramírez']],
    ['The saint [[P:0.5 Santa]] sang.', ['person:Santa']],
    ['[[P:0.5 Santa Anna]] dismissed the congress.', ['person:Santa Anna']],
    ['Mayor [[P:0.6 Jose San Miguel]] spoke.', ['person:Jose San Miguel']],
    ['He left [[P:0.7 Santa Cruz Miguel]]. [[P:0.5 Miguel]] said so.', ['place:Santa Cruz Miguel', 'person:Miguel']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ministry-fields-and (fields listed with commas)', () => {
  it.each([
    [
      'The [[O Ministry of Agriculture]], [[P:0.38 Animal Industry]] and [[O:0.37 Fisheries]] said it.',
      ['organization:Ministry of Agriculture, Animal Industry and Fisheries'],
    ],
    [
      'The [[O Ministry of Health]], Labour and Welfare said it.',
      ['organization:Ministry of Health, Labour and Welfare'],
    ],
    // A body in the list, a sure name in the list, a firm after "and".
    [
      'The [[O Ministry of Health]], [[O World Bank]] and Welfare said it.',
      ['organization:Ministry of Health', 'organization:World Bank'],
    ],
    [
      'The [[O Ministry of Health]], [[P:0.9 Ana Ruiz]] and Welfare said it.',
      ['organization:Ministry of Health', 'person:Ana Ruiz'],
    ],
    [
      'The [[O Ministry of Health]], Labour and [[O Lockheed Martin]] said it.',
      ['organization:Ministry of Health', 'organization:Lockheed Martin'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.and-split (the same head, airlines)', () => {
  it.each([
    [
      '[[O Kenya High School and Alliance Girls High School]] led.',
      ['organization:Kenya High School', 'organization:Alliance Girls High School'],
    ],
    [
      'Rivals [[O Arik Air and United Nigeria Airlines]] cut flights.',
      ['organization:Arik Air', 'organization:United Nigeria Airlines'],
    ],
    // Different heads, one-word sides.
    ['[[O Hartley College and Ryde Academy]] led.', ['organization:Hartley College and Ryde Academy']],
    ['[[O Fish and Game Council]] met.', ['organization:Fish and Game Council']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe("the stop-59 review's mends", () => {
  it.each([
    // "which" after a preposition may stand for the noun before it.
    ['The tribute to [[P:0.45 Wanjiru Kamau]], which ran on Sunday, was moving.', ['person:Wanjiru Kamau']],
    // A person's apposition after a saint's word and a surname.
    ['[[P:0.6 Santa Ono]], the university president, resigned.', ['person:Santa Ono']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
