/**
 * The rows of lexicon/blind-news-29.ts and the older rows ents40a widened or guarded instead of
 * adding rows of their shape: each rule on tagger output written by hand, with the readings it must
 * decide and ordinary news sentences it must not fire on. The sentences are our own, not the
 * batches'. (The rows' examples run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.cut-after-joiner', () => {
  it.each([
    [
      'A researcher at the [[O Halden School of]] [[O Mining & Earth Sciences]] said so.',
      ['organization:Halden School of Mining & Earth Sciences'],
    ],
    ['Staff at the [[O Museum of]] [[L Tarvik]] left.', ['organization:Museum of Tarvik']],
    ['Staff at the [[O Museum of]] Fine Arts left.', ['organization:Museum of Fine Arts']],
    // A person after the joiner, a name that does not end in one, a joiner before a lowercase word.
    ['The [[O Institute of]] [[P Anna Berg]] said.', ['organization:Institute of', 'person:Anna Berg']],
    ['The [[O Bank of Tarvik]] [[L Oslo]] office shut.', ['organization:Bank of Tarvik', 'place:Oslo']],
    ['The [[O Friends of]] the earth met.', ['organization:Friends of']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.paren-short-form', () => {
  it.each([
    [
      'The [[O Harwick University of Science]] ([[P HU Harwick]]) said on Monday.',
      ['organization:Harwick University of Science', 'organization:HU Harwick'],
    ],
    [
      'The [[O Harwick University of Science]] ([[L Harwick Science]]) said.',
      ['organization:Harwick University of Science', 'organization:Harwick Science'],
    ],
    // No word of the body's name, one word only, a word neither an acronym nor the body's, no body before.
    [
      'The [[O Harwick University of Science]] ([[P Anna Berg]]) said.',
      ['organization:Harwick University of Science', 'person:Anna Berg'],
    ],
    [
      'The [[O Harwick University of Science]] ([[L Harwick]]) said.',
      ['organization:Harwick University of Science', 'place:Harwick'],
    ],
    [
      'The [[O Harwick Development Bank]] ([[L Harwick]] [[O CDC]]) said.',
      ['organization:Harwick Development Bank', 'place:Harwick', 'organization:CDC'],
    ],
    [
      'The [[O Harwick University]] ([[P Anna Harwick]]) said.',
      ['organization:Harwick University', 'person:Anna Harwick'],
    ],
    ['The mayor of [[L Harwick]] ([[P HU Harwick]]) said.', ['place:Harwick', 'person:HU Harwick']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.full-name-tail', () => {
  it.each([
    [
      '[[P Ana Lucía Ferrer Batlle]] won. A prize for [[P Ana Lucía Ferrer]] Batlle was set up.',
      ['person:Ana Lucía Ferrer Batlle', 'person:Ana Lucía Ferrer Batlle'],
    ],
    // No full name read, a word after that is not the name's, one word read only.
    ['A prize for [[P Ana Lucía Ferrer]] Batlle was set up.', ['person:Ana Lucía Ferrer']],
    [
      '[[P Ana Lucía Ferrer Batlle]] won. [[P Ana Lucía Ferrer]] Bosch lost.',
      ['person:Ana Lucía Ferrer Batlle', 'person:Ana Lucía Ferrer'],
    ],
    ['[[P Ana Ferrer Batlle]] won. [[P Ana]] Ferrer Batlle lost.', ['person:Ana Ferrer Batlle', 'person:Ana']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.counsel-as', () => {
  it.each([
    ['Banks advised the buyer, with [[P Ostrava Klement]] as legal counsel.', ['organization:Ostrava Klement']],
    [
      '[[O Tarn]] advised it, and [[P Fenwick Varga]] acted as its lawyers.',
      ['organization:Tarn', 'organization:Fenwick Varga'],
    ],
    ['Banks advised the buyer, with Halden Brandt Lyle as counsel.', ['organization:Halden Brandt Lyle']],
    ['Banks advised it, with Orme & Tarrant as legal advisers.', ['organization:Orme & Tarrant']],
    // A given name first, one word the model read as a person, a place, no frame word before.
    ['The company hired [[P John Hart]] as legal counsel.', ['person:John Hart']],
    ['She joined with [[P Smith]] as counsel for the defence.', ['person:Smith']],
    ['It worked with [[L Tarvik Fjord]] as lawyers.', ['place:Tarvik Fjord']],
    ['It named [[P Ostrava Klement]] as legal counsel.', ['person:Ostrava Klement']],
    ['[[P Sarah Jones]] acted as its lawyer.', ['person:Sarah Jones']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.venue-unread', () => {
  it.each([
    ['Vesterby won 2–0 at the Halmark Stadion on Sunday.', ['place:Halmark Stadion']],
    ['The fire began at the Arden County Courthouse.', ['place:Arden County Courthouse']],
    // One word, no "the" before, a capitalised word after, a name already over it.
    ['Fans at the Stadium cheered.', []],
    // No "the" before: this row leaves it; place.venue-of-crowd reads it (a crowd at a venue, stop 58).
    ['Fans at Halmark Stadion cheered.', ['place:Halmark Stadion']],
    ['The Halmark Stadion Tour opened.', []],
    ['Fans of the [[O Halmark Stadion]] cheered.', ['organization:Halmark Stadion']],
    // "Ground" only in a sentence about sport (review, stop 50).
    ['Rovers won 2-1 at the Eastfield Ground on Saturday.', ['place:Eastfield Ground']],
    ['The council seeks the Middle Ground on housing.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('legal-form.before (widened by ents40a): LLP, and an ampersand before the name', () => {
  it.each([
    ['Her lawyer at [[P Morvay Stein LLP]] declined to comment.', ['organization:Morvay Stein']],
    ['Lawyers at [[L Latham]] & Watkins LLP said so.', ['organization:Latham & Watkins']],
    [
      '[[O Procter & Gamble Co.]] and [[O Johnson & Johnson Inc.]] rose.',
      ['organization:Procter & Gamble', 'organization:Johnson & Johnson'],
    ],
    // No capitalised word before the ampersand: the words after it alone, as before.
    ['Sales rose & Finch Ltd fell.', ['organization:Finch']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('ampersand.firm (guarded by ents40a): a legal form left alone is no name', () => {
  it.each([
    [
      '[[O Procter & Gamble Co. and Johnson & Johnson]] rose.',
      ['organization:Procter & Gamble', 'organization:Johnson & Johnson'],
    ],
    ['[[O Procter & Gamble Co]] rose.', ['organization:Procter & Gamble']],
    // A piece that is more than a form keeps its reading.
    ['[[O Procter & Gamble and Pfizer]] rose.', ['organization:Procter & Gamble', 'organization:Pfizer']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.head-complement (widened by ents40a): ministry, court, department, office', () => {
  it.each([
    [
      'The [[O:0.6 Ministry]] for the Ecological Transition welcomed it.',
      ['organization:Ministry for the Ecological Transition'],
    ],
    [
      'The case is before the [[O U.S. District Court]] for the [[O:0.8 Northern District of Illinois]].',
      ['organization:U.S. District Court for the Northern District of Illinois'],
    ],
    ['The [[O:0.7 Office]] for Budget Responsibility said.', ['organization:Office for Budget Responsibility']],
    // A demonym after the joiner, a date, a lowercase word.
    ['He thanked the [[O:0.6 Ministry]] for the Dutch support.', ['organization:Ministry']],
    ['The [[O:0.9 Supreme Court]] on Monday refused.', ['organization:Supreme Court']],
    ['The [[O:0.9 Court]] for the first time allowed it.', ['organization:Court']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.venue-head (widened by ents40a): a courthouse', () => {
  it.each([
    ['Crowds gathered at the [[O:0.7 Arden County Courthouse]].', ['place:Arden County Courthouse']],
    ['The [[O:0.95 Arden Courthouse Trust]] met.', ['organization:Arden Courthouse Trust']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
