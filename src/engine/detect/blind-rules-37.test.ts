/**
 * The rows of lexicon/blind-news-37.ts (from batches 110 and 111), and the row they widened: each
 * rule on tagger output written by hand, with the readings it must decide and ordinary news
 * sentences it must not fire on. The sentences are our own, not the batches'. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.bracket-initials-run', () => {
  it.each([
    [
      'The Samagi [[P:0.88 Jana Balawegaya]] (SJB) came second.',
      ['organization:Samagi Jana Balawegaya', 'organization:SJB'],
    ],
    [
      'In the north the Ilankai Tamil Arasu Kachchi (ITAK) won.',
      ['organization:Ilankai Tamil Arasu Kachchi', 'organization:ITAK'],
    ],
    [
      'The [[P:0.6 Sri Lanka Podujana Peramuna]] ([[O SLPP]]) lost.',
      ['organization:Sri Lanka Podujana Peramuna', 'organization:SLPP'],
    ],
    // A given name first, a sure person, a place filling them, initials that differ, two capitals.
    ['President Carlos [[P:0.8 Manuel López Obrador]] (CMLO) spoke.', ['person:Carlos Manuel López Obrador']],
    ['Judge [[P:0.97 Ruiz Talavera Ochoa]] (RTO) spoke.', ['person:Ruiz Talavera Ochoa']],
    ['The Samagi [[P:0.7 Jana Balawegaya]] (SLB) came second.', ['person:Jana Balawegaya']],
    ['The [[P:0.7 Jana Balawegaya]] (JB) came second.', ['person:Jana Balawegaya']],
    ['Voters in [[L:0.6 Papua New Guinea]] (PNG) went out.', ['place:Papua New Guinea', 'place:PNG']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.of-place-whole', () => {
  it.each([
    [
      'The [[O Election Commission of Sri]] [[P:0.84 Lanka]] said it.',
      ['organization:Election Commission of Sri Lanka'],
    ],
    ['The [[O Central Bank of Costa]] [[P:0.6 Rica]] said it.', ['organization:Central Bank of Costa Rica']],
    // A sure reading after the cut, no place, a whole place already.
    [
      'The [[O Election Commission of Sri]] [[P:0.95 Lanka]] said it.',
      ['organization:Election Commission of Sri', 'person:Lanka'],
    ],
    ['The [[O Central Bank of Costa]] [[P:0.6 Ruiz]] said it.', ['organization:Central Bank of Costa', 'person:Ruiz']],
    ['The [[O Central Bank of Sri Lanka]] Governor said it.', ['organization:Central Bank of Sri Lanka']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.portfolio-and-tail', () => {
  it.each([
    ['Minister of Water and [[P:0.99 Irrigation Raed Haddadin]] said it.', ['person:Raed Haddadin']],
    ['Minister of Health and Family [[P Welfare Jagat Nadda]] spoke.', ['person:Jagat Nadda']],
    // No portfolio, a given name first, two words only.
    ['Minister Ana and [[P Industry Raed Haddadin]] spoke.', ['person:Industry Raed Haddadin']],
    ['Minister of Water and [[P John Raed Haddadin]] spoke.', ['person:John Raed Haddadin']],
    ['Minister of Water and [[P Raed Haddadin]] spoke.', ['person:Raed Haddadin']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.kind-such-as (bare list)', () => {
  it.each([
    [
      'A warning was issued for counties [[L Galway]], [[P:0.46 Mayo]] and [[P:0.33 Clare]] on Thursday.',
      ['place:Galway', 'place:Mayo', 'place:Clare'],
    ],
    ['Rain hit the provinces Punjab and [[O:0.4 Sindh]].', ['place:Punjab', 'place:Sindh']],
    // The first name is no place, the list has one name, a sure reading.
    ['The counties [[P:0.5 Ana Ruiz]] and [[P:0.5 Tom Lee]] named.', ['person:Ana Ruiz', 'person:Tom Lee']],
    ['Two counties Galway said they would close.', []],
    ['It hit counties [[L Galway]] and [[P:0.95 Ana Ruiz]].', ['place:Galway', 'person:Ana Ruiz']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
