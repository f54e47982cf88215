/**
 * sport.of-team reads the whole article: it fires only when at least two sentences, and one in
 * SPORT_REPORT, are about sport. speed15 moved that count from a memoised closure to a count made
 * the first time a candidate ("Full Name of Capitalised") is met; these rows pin the threshold and
 * the lazy count (a candidate rejected before the count, two candidates sharing one count, side
 * words the place-team row reads in the same pass) so a later change cannot shift either.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

// Sentences with no sport word and no score.
const CALM = [
  'The library opened a new wing.',
  'Rain fell in the afternoon.',
  'The bakery sold bread to neighbours.',
  'A bridge was painted blue.',
  'The museum closed early.',
  'Teachers met the parents.',
  'The ferry left at noon.',
  'A new bus route starts next month.',
];
const calm = (n: number) => ' ' + CALM.slice(0, n).join(' ');
const OCON = '[[P Esteban Ocon]] of Alpine pitted on lap 43.';

describe('sport.of-team: the article must be a sports report', () => {
  it.each([
    // Two sport sentences of eight: exactly one in four.
    ['Norris won 2-1. ' + OCON + calm(6), ['person:Esteban Ocon', 'organization:Alpine']],
    // Two of nine: too few.
    ['Norris won 2-1. ' + OCON + calm(7), ['person:Esteban Ocon']],
    // One sport sentence, however short the article.
    [OCON + calm(1), ['person:Esteban Ocon']],
    [OCON, ['person:Esteban Ocon']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.of-team: one count for the article, made when first needed', () => {
  it.each([
    // The first candidate fails before the count ("of" then a lowercase word); the second still fires.
    [
      '[[P Ana Ruiz]] of note watched. Norris won 2-1. ' + OCON + calm(5),
      ['person:Ana Ruiz', 'person:Esteban Ocon', 'organization:Alpine'],
    ],
    // Two candidates read the same count. (The opening "Norris" is Lando Norris's surname:
    // person.surname-unread, BLIND_NEWS_ROWS_17.)
    [
      'Norris won 2-1. ' + OCON + ' [[P Lando Norris]] of McLaren was second.' + calm(5),
      ['person:Norris', 'person:Esteban Ocon', 'organization:Alpine', 'person:Lando Norris', 'organization:McLaren'],
    ],
    // The same two in an article too long for them: neither fires.
    [
      'Norris won 2-1. ' + OCON + ' [[P Lando Norris]] of McLaren was second.' + calm(8) + calm(4),
      ['person:Norris', 'person:Esteban Ocon', 'person:Lando Norris'],
    ],
    // A town the place-team row made a club earlier in the pass does not change the count.
    [
      'The home side beat [[L Geelong]] 3-1. ' + OCON + calm(6),
      ['organization:Geelong', 'person:Esteban Ocon', 'organization:Alpine'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
