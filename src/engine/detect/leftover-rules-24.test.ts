/**
 * The rows of lexicon/news-leftovers-24.ts (helper ents58b) and the older rows this round widened
 * (sport.team-nickname-shared, sport.result-over): each rule on tagger output written by hand, with
 * the sentences it must decide and ordinary news sentences it must leave alone. The sentences are
 * our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts' late tables;
 * the probe texts in lexicon-gaps-48b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.the-country-unread', () => {
  it.each([
    ['The Philippines has lodged a protest with [[L China]].', ['place:Philippines', 'place:China']],
    ['"The Maldives will not sign," she said.', ['place:Maldives']],
    ['Flights to the Solomon Islands resumed.', ['place:Solomon Islands']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A longer name; a name read already; no article; lowercase.
    ['The Philippines Coast Guard said so.', []],
    ['The [[O Netherlands Football Association]] said so.', ['organization:Netherlands Football Association']],
    ['Philippines officials said so.', []],
    ['The philippines of the song.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.venue-of-crowd', () => {
  it.each([
    ['Fans at [[O:0.37 Anfield]] said so.', ['place:Anfield']],
    ['Protesters outside Ibrox chanted.', ['place:Ibrox']],
    ['Supporters inside the [[O:0.4 Bernabéu]] whistled.', ['place:Bernabéu']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A club the model is sure of; staff, not a crowd; a common word; a rule's name.
    ['Fans at [[O:0.8 Liverpool]] are angry.', ['organization:Liverpool']],
    ['Workers at [[O:0.4 Amazon]] said so.', ['organization:Amazon']],
    ['Fans at Home said so.', []],
    ['Fans at the [[L Old Trafford]] ground sang.', ['place:Old Trafford']],
    // A firm's buildings (review, stop 58).
    ['Crowds outside Tesla showrooms grew.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.list-beside-body', () => {
  it.each([
    [
      'Labour, the Greens and the [[O Liberal Democrats]] backed it.',
      ['organization:Greens', 'organization:Liberal Democrats'],
    ],
    [
      'Boeing, [[L:0.43 Lockheed Martin]] and [[O:0.31 Raytheon]] bid.',
      ['organization:Boeing', 'organization:Lockheed Martin', 'organization:Raytheon'],
    ],
    [
      'The [[O Maple Leafs]], [[O Canadiens]] and Senators lost.',
      ['organization:Maple Leafs', 'organization:Canadiens', 'organization:Senators'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Only two members; a sure place; a place the map knows; a sure person; no body at all.
    ['Procter and [[O Gamble]] rose.', ['organization:Gamble']],
    ['[[L Paris]], Acme and [[O Airbus]] signed.', ['place:Paris', 'organization:Airbus']],
    ['Berlin, Acme and [[O Airbus]] signed.', ['organization:Airbus']],
    ['[[P Ann Cole]], Acme and [[O Airbus]] signed.', ['person:Ann Cole', 'organization:Airbus']],
    ['Accenture, Infosys and Wipro bid.', []],
    // A surname of a person the text names (review, stop 58).
    [
      'The suit names [[P Mark Zuckerberg]]. [[O Meta]], Zuckerberg and Sandberg deny it.',
      ['person:Mark Zuckerberg', 'organization:Meta', 'organization:Sandberg'],
    ],
    // A word of the language opening the sentence, a month: left, the rest read.
    ['Today, Acme, Zenco and [[O Airbus]] signed.', ['organization:Acme', 'organization:Zenco', 'organization:Airbus']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.after-place-possessive', () => {
  it.each([
    ["Barges on [[L Germany]]'s Rhine ran aground.", ['place:Germany', 'place:Rhine']],
    ["Residents along [[L Spain]]'s [[P:0.35 Costa del Sol]] protested.", ['place:Spain', 'place:Costa del Sol']],
    ["Crowds on [[L Paris]]'s Champs-Élysées cheered.", ['place:Paris', 'place:Champs-Élysées']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A sure person; a body; shares in a firm; no preposition of where; a body owner.
    [
      "A visit by [[L France]]'s [[P Emmanuel Macron]] was cancelled; [[L France]]'s [[P:0.9 Macron]] spoke.",
      ['place:France', 'person:Emmanuel Macron', 'place:France', 'person:Macron'],
    ],
    ["Pilots at [[L Germany]]'s [[O Lufthansa]] struck.", ['place:Germany', 'organization:Lufthansa']],
    ["Shares in [[L Germany]]'s Zenco fell.", ['place:Germany']],
    ["[[L Germany]]'s Rhine fell.", ['place:Germany']],
    ["Workers at [[O Apple]]'s Cupertino site.", ['organization:Apple']],
    // One word after "at" or "in" is as often a firm or a person (review, stop 58).
    ["Staff at [[L Norway]]'s Equinor were evacuated.", ['place:Norway']],
    ["Protests grew in [[L Italy]]'s Meloni era.", ['place:Italy']],
    ["In [[L Vermont]]'s Flood Towns, a Buyout Divides the Neighbors\n\nIt rained.", ['place:Vermont']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.trade-and-tail', () => {
  it.each([
    ['Bravus Mining and [[O:0.43 Resources]] said so.', ['organization:Bravus Mining and Resources']],
    ['[[O Sinai Oil]] and Gas cut output.', ['organization:Sinai Oil and Gas']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // The second firm has words of its own; no firm before; a rule's name after.
    ['Jiangxi Copper and Sohar Aluminium signed.', ['organization:Jiangxi Copper', 'organization:Sohar Aluminium']],
    ['Mining and Resources stocks fell.', []],
    ['Gold and Energy prices rose.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.team-nickname-shared (widened: a people after a region)', () => {
  it.each([
    ["[[P:0.79 Pacific Islanders]] make up a tenth of the city's population.", []],
    // Kept: a club after its town; in a sports report.
    ['[[P:0.6 New York Islanders]] fans were angry.', ['organization:New York Islanders']],
    [
      'The [[P:0.6 Pacific Islanders]] beat Fiji 24-17 in the match on Sunday. The coach praised the defence. The fans sang after the win.',
      ['organization:Pacific Islanders', 'organization:Fiji'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.result-over (widened: a score before the noun)', () => {
  it.each([['He made 31 saves in a 3-1 win over [[L:0.38 Boston]].', ['organization:Boston']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    ['It was a diplomatic win over [[L China]].', ['place:China']],
    ['The 52-48 vote was a win over [[L Texas]] lawyers.', ['place:Texas']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
