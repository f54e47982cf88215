/**
 * The rows of lexicon/news-leftovers-6.ts (helper ents30d): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

/** Two more sentences that make a document a sports report. */
const MATCH =
  ' The visitors scored twice in the second half, and the coach said his side deserved the win in the league.';

describe('organisation.place-tech-state', () => {
  it.each([
    [
      '[[P Virginia Tech]] beat [[P Georgia Tech]] 31-20 in [[L Blacksburg]].',
      ['organization:Virginia Tech', 'organization:Georgia Tech', 'place:Blacksburg'],
    ],
    // A city, two words of a place, and "Tech" read as a place.
    [
      'Fans of [[P Boise State]] and [[P San Diego State]] met at [[L Texas Tech]].',
      ['organization:Boise State', 'organization:San Diego State', 'organization:Texas Tech'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A person named after a place, "Tech" opening a sentence, a state the map knows as "… State",
    // "State" read as a place, and a longer name after the pair.
    [
      '[[P Virginia Woolf]] and [[P Carolina Herrera]] met. Tech stocks fell.',
      ['person:Virginia Woolf', 'person:Carolina Herrera'],
    ],
    // place.region-not-person (ents63c) reads the state a place, as it is here.
    ['[[P Washington State]] lawmakers met in [[L Ohio State]].', ['place:Washington State', 'place:Ohio State']],
    ['[[P Ohio State]] University hired him.', ['person:Ohio State']],
    // The first words are no place.
    ['[[P Penn State]] and [[P Ana Tech]] won.', ['person:Penn State', 'person:Ana Tech']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

// The other side is one word: with a club of a word and a city read as an organisation,
// blind-18's sport.club-city-anywhere takes a town-first club already.
describe('sport.club-town-first-town', () => {
  it.each([
    [
      '[[P Werder Bremen]] beat [[O Freiburg]] 2-1 on Sunday.' + MATCH,
      ['organization:Werder Bremen', 'organization:Freiburg'],
    ],
    [
      'Fans cheered as [[P Sparta Prague]] drew 1-1 with [[O Freiburg]].' + MATCH,
      ['organization:Sparta Prague', 'organization:Freiburg'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No sports report; where no side stands; a region first (Saxony); a given name first; a person's
    // first word elsewhere; a place the map knows whole.
    ['[[P Werder Bremen]] beat [[O Freiburg]] 2-1 on Sunday.', ['person:Werder Bremen', 'organization:Freiburg']],
    ['Ships from [[L Sparta Prague]] came on Sunday.' + MATCH, ['place:Sparta Prague']],
    ['[[P Saxony Dresden]] beat [[O Freiburg]] 2-1.' + MATCH, ['person:Saxony Dresden', 'organization:Freiburg']],
    ['[[P Tyler Bremen]] beat [[O Freiburg]] 2-1.' + MATCH, ['person:Tyler Bremen', 'organization:Freiburg']],
    [
      '[[P Werder Smith]] spoke. [[P Werder Bremen]] beat [[O Freiburg]] 2-1.' + MATCH,
      ['person:Werder Smith', 'person:Werder Bremen', 'organization:Freiburg'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
