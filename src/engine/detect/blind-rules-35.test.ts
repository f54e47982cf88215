/**
 * The rows of lexicon/blind-news-35.ts (from batches 104 and 105), and the rows they extended:
 * each rule on tagger output written by hand, with the readings it must decide and ordinary news
 * sentences it must not fire on. The sentences are our own, not the batches'. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.nhs-trust', () => {
  it.each([
    [
      'Patients at [[O Cambridge University Hospitals]] [[O NHS Foundation Trust]] waited.',
      ['organization:Cambridge University Hospitals NHS Foundation Trust'],
    ],
    ['Barts Health [[O NHS Trust]] said beds were full.', ['organization:Barts Health NHS Trust']],
    // An opening "The" is no part of the name.
    [
      'The [[L:0.5 Leeds]] Teaching Hospitals [[O NHS Trust]] said so.',
      ['organization:Leeds Teaching Hospitals NHS Trust'],
    ],
    // Nothing before "NHS", a name going on past "Trust", no "Trust", a sure place, lowercase.
    ['The [[O NHS Trust]] said so.', ['organization:NHS Trust']],
    ['Leeds [[O NHS Trust Board]] met.', ['organization:NHS Trust Board']],
    ['Leeds [[O NHS]] staff said so.', ['organization:NHS']],
    ['[[L:0.95 Leeds]] [[O NHS Trust]] said so.', ['place:Leeds', 'organization:NHS Trust']],
    ['Leeds nhs trust said so.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.its-unread-site', () => {
  it.each([
    ['It will burn more coal at its Huntly power station.', ['place:Huntly']],
    ['Output fell at their Kapuni gas plant.', ['place:Kapuni']],
    ['It shut its Escondida mine in May.', ['place:Escondida']],
    ['The miner said its Los Bronces copper mine was flooded.', ['place:Los Bronces']],
    // A name already read, a common word, no site noun, a capital, a weekday, a sure firm after "its".
    ['It shut its [[O Toyota]] car plant.', ['organization:Toyota']],
    ['It said its New power station would open.', []],
    ['It said its Huntly workers were paid.', []],
    ['It said its Monday plant visit went well.', []],
    ['The board said it was its plant.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.court-chamber', () => {
  it.each([
    ["The court's [[L:0.39 Grand Chamber]] ruled 15-2.", ['organization:Grand Chamber']],
    ['The First Petty Bench ruled unanimously.', ['organization:First Petty Bench']],
    ['Trial Chamber II sentenced him.', ['organization:Trial Chamber II']],
    ['The Appeals Chamber upheld it.', ['organization:Appeals Chamber']],
    // A name going on with "of", a word of no formation, a sure place, lowercase.
    ['The Second Chamber of Commerce met.', []],
    ['He spoke at the Upper Chamber on Monday.', []],
    ['They met in the [[L:0.95 Grand Chamber]].', ['place:Grand Chamber']],
    ['The upper chamber voted.', []],
    ['He sat on the Bench for years.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.common-opening-role, extended by ents46a', () => {
  it.each([
    [
      'The [[O Taranaki Regional Council]] agreed. [[O:0.68 Council]] chair [[P Ngaire Whitmore]] said so.',
      ['organization:Taranaki Regional Council', 'person:Ngaire Whitmore'],
    ],
    ['Talks broke down. [[O:0.68 Union]] leader [[P Ana Ruiz]] said workers would stay out.', ['person:Ana Ruiz']],
    ['The [[O:0.6 Committee]] chairman [[P Ray Vo]] said so.', ['organization:Committee', 'person:Ray Vo']],
    // A sure reading, no role noun after it, the article capitalising the word alone.
    ['Talks broke down. [[O:0.8 Union]] leader [[P Ana Ruiz]] said so.', ['organization:Union', 'person:Ana Ruiz']],
    ['[[O:0.6 Union]] won the vote.', ['organization:Union']],
    [
      'Fans of [[O Union]] cheered. [[O:0.6 Union]] leader [[P Ana Ruiz]] said so.',
      ['organization:Union', 'organization:Union', 'person:Ana Ruiz'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('apposition.staff-at, extended by ents46a', () => {
  it.each([
    // No longer the firm the workers work for: the place the other rows read.
    ['Workers at the Quebrada Verde copper mine walked out.', ['place:Quebrada Verde']],
    ['Workers at the Kestrel plant went on strike.', []],
    // The firm itself is still read.
    ['Economists at Dana Kessel said rates would fall.', ['organization:Dana Kessel']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
