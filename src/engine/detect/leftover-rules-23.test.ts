/**
 * The rows of lexicon/news-leftovers-23.ts (helper ents57b) and the older rows this round widened
 * (name.time-zone-not-place, organisation.firm-pair-not-joined, sport.town-nickname-bare,
 * organisation.body-of-body-possessive): each rule on tagger output written by hand, with the
 * sentences it must decide and ordinary news sentences it must leave alone. The sentences are our
 * own. (The rows' examples run through the whole engine in lexicon/rows.test.ts' late tables; the
 * probe texts in lexicon-gaps-47b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.european-region', () => {
  it.each([
    ['Floods hit [[L France]]. Aisne was hit hardest.', ['place:France', 'place:Aisne']],
    ['[[P:0.6 Castilla-La Mancha]] declared a drought emergency.', ['place:Castilla-La Mancha']],
    ['Emilia-Romagna has asked [[L Rome]] for money.', ['place:Emilia-Romagna', 'place:Rome']],
    ['The Somme was worst affected.', ['place:Somme']],
    ['Officials in [[O:0.5 Hauts-de-France]] said so.', ['place:Hauts-de-France']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Inside a longer name; a rule's name; a sure body; a name the list leaves out; lowercase.
    ['[[O Somme Battlefield Tours]] cut jobs.', ['organization:Somme Battlefield Tours']],
    ['[[O:0.9 Galicia]] won the cup.', ['organization:Galicia']],
    ['Cher said she would tour again.', []],
    // A surname: a person the article names with it, or a sure person (the stop-57 review).
    ['[[P David Landes]] wrote a book. [[P:0.5 Landes]] said so.', ['person:David Landes', 'person:Landes']],
    ['[[P:0.8 Landes]] said so in 1998.', ['person:Landes']],
    ['The somme of all fears.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.next-game-line', () => {
  it.each([
    [
      'UP NEXT\n\nPacers: Host [[L:0.4 Milwaukee]] on Monday.\n\nHawks: At [[L Chicago]] on Tuesday.',
      ['organization:Pacers', 'organization:Milwaukee', 'organization:Hawks', 'organization:Chicago'],
    ],
    ['Celtics: Host the [[L New York]] on Wednesday.', ['organization:Celtics', 'organization:New York']],
    ['Red Wings: vs. Boston tonight.', ['organization:Red Wings', 'organization:Boston']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No label line; no day word after; a label inside a sentence; a town that hosts.
    ['[[L Milwaukee]] will host the convention on Monday.', ['place:Milwaukee']],
    ['Pacers: Host [[L Milwaukee]] again.', ['place:Milwaukee']],
    ['The plan: Host [[L Milwaukee]] on Monday.', ['place:Milwaukee']],
    ['Notes: At [[L Chicago]] the rain fell on Monday.', ['place:Chicago']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.score-line-sides', () => {
  it.each([
    ['[[L Boston 4]], [[L Toronto 2]]\n\nPlay resumed.', ['organization:Boston', 'organization:Toronto']],
    ['It was [[L Dallas]] 3, Phoenix 1, and fans left.', ['organization:Dallas', 'organization:Phoenix']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No second score; a word after the score; a decimal; a big number; a rule's name.
    ['He visited [[L Boston]] 4 times, [[L Toronto]] twice.', ['place:Boston', 'place:Toronto']],
    ['[[L Boston]] 4, [[L Toronto]] 2 times a week.', ['place:Boston', 'place:Toronto']],
    ['[[L Boston]] 4, [[L Toronto]] 2.5 inches of rain.', ['place:Boston', 'place:Toronto']],
    ['[[L Paris]] 75008, [[L Lyon]] 69002', ['place:Paris', 'place:Lyon']],
    // A vote count in a sentence, outside sport (the stop-57 review).
    ['With all precincts counted: [[P:0.5 Smith]] 52, [[P:0.5 Jones]] 48.', ['person:Smith', 'person:Jones']],
    // Parts of a book: words of the language nothing reads.
    ['History of England (Volume 1, Chapter 1)', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('name.cabinet-title-not-body', () => {
  it.each([
    ['[[O:0.5 Treasury Cabinet]] Secretary [[P Joseph Kamau]] spoke.', ['person:Joseph Kamau']],
    ['Interior [[O:0.6 Cabinet]] Secretary [[P Grace Wanjiru]] spoke.', ['person:Grace Wanjiru']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No title after; a longer name; a different word after.
    ['The [[O Cabinet]] met on Monday.', ['organization:Cabinet']],
    ['The [[O Cabinet Office]] said so.', ['organization:Cabinet Office']],
    ['The [[O Treasury Cabinet]] Committee met.', ['organization:Treasury Cabinet']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('name.time-zone-not-place without "time"', () => {
  it.each([
    ['The launch is at 8 p.m. [[L Pacific]] on Thursday.', []],
    ['She will speak at 7 p.m. [[L:0.5 Mountain]], her campaign said.', []],
    ['Kickoff is at noon [[L Central]] in [[L Kansas City]].', ['place:Kansas City']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A bare number before it; a capitalised word after it; no clock.
    ['Unit 9 [[L Pacific]] opened.', ['place:Pacific']],
    ['They met at noon in [[L Central Park]].', ['place:Central Park']],
    ['The ship sank in the [[L Pacific]] on Monday.', ['place:Pacific']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-pair-not-joined: the first firm', () => {
  it.each([
    ['Kia and [[O Hyundai Motors]] will build a plant.', ['organization:Kia', 'organization:Hyundai Motors']],
    ['Shares in Subaru and [[O Toyota Motor]] rose.', ['organization:Subaru', 'organization:Toyota Motor']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A word of the language (organisation.and-join's joined name kept); a tail no firm has; a name read already.
    ['Marks and [[O Spencer Group]] rose.', ['organization:Marks and Spencer Group']],
    ['Kia and [[O Hyundai Foundation]] gave money.', ['organization:Kia and Hyundai Foundation']],
    ['[[P Ann Kia]] and [[O Hyundai Motors]] met.', ['person:Ann Kia', 'organization:Hyundai Motors']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.town-nickname-bare: a one-sentence signing story', () => {
  it.each([
    [
      '[[L Sale Sharks]] have signed the prop from [[L Leicester Tigers]] on a two-year deal.',
      ['organization:Sale Sharks', 'organization:Leicester Tigers'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No transfer word; a plural no nickname of the list; a first word the map does not know.
    ['[[L Leicester Tigers]] is a new pub on the high street.', ['place:Leicester Tigers']],
    ['Leeds Councillors signed the letter.', []],
    ['Smalltown Sharks signed a prop.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.body-of-body-possessive: a tier of a product is no body', () => {
  it.each([
    ["[[O Spotify]]'s Premium Service will cost more.", ['organization:Spotify']],
    ["[[O Netflix]]'s Standard Service rose in price.", ['organization:Netflix']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([["The [[O BBC]]'s World Service will close.", ['organization:BBC', 'organization:World Service']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
});
