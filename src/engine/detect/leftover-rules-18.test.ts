/**
 * The rows of lexicon/news-leftovers-18.ts (helper ents42b), and the two older rows this round
 * widened (place.street-word-bare, organisation.firm-head-and-split): each rule on tagger output
 * written by hand, with the sentences it must decide and ordinary news sentences it must leave
 * alone. The sentences are our own. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts' late tables; the probe texts in lexicon-gaps-42b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.plus-sign', () => {
  it.each([
    ['[[O:0.5 OPEC]]+ agreed to cut output.', ['organization:OPEC+']],
    ['Oil rose after members of [[O OPEC]]+ met.', ['organization:OPEC+']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A credit rating; a sum; a sign with a space; a place.
    ['The agency rated the bond [[O:0.4 BBB]]+ on Monday.', ['organization:BBB']],
    ['[[O:0.4 OPEC]] +2 barrels was the quota.', ['organization:OPEC']],
    ['[[L Paris]]+ fares rose.', ['place:Paris']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.channel-number', () => {
  it.each([
    ['Channel 4 said it would cut jobs.', ['organization:Channel 4']],
    ['She told [[P:0.5 Channel]] 4 that she would stay.', ['organization:Channel 4']],
    ['The minister told TV 2 on Monday.', ['organization:TV 2']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Inside a longer name; a lowercase channel; a unit and a second number after it.
    ['[[O Apple]] TV 4 sales rose.', ['organization:Apple']],
    ['The channel 4 tuner was cut.', []],
    ['The TV 2 million viewers watched.', []],
    ['Channel 4 5 was the code.', []],
    ['She watched TV 3 times a week.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.country-before-place', () => {
  it.each([
    ['Output in the [[O:0.6 U.S. Gulf of Mexico]] fell.', ['place:U.S.', 'place:Gulf of Mexico']],
    ['Platforms in the [[L:0.7 U.S. Gulf of Mexico]] shut.', ['place:U.S.', 'place:Gulf of Mexico']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A territory, a firm, an army: no water.
    ['Storms hit the [[L:0.8 U.S. Virgin Islands]].', ['place:U.S. Virgin Islands']],
    ['[[O U.S. Steel]] shares fell.', ['organization:U.S. Steel']],
    ['The [[O U.S. Army]] and [[L Canada]] signed a deal.', ['organization:U.S. Army', 'place:Canada']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.the-town-opening', () => {
  it.each([['[[L:0.5 The Dallas]] and [[L Houston]] offices will close.', ['place:Dallas', 'place:Houston']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    // A place named with its article; "The" inside a sentence; a body.
    ['[[L:0.6 The Hague]] court ruled on Monday.', ['place:The Hague']],
    ['[[L:0.6 The Bronx]] saw more rain.', ['place:The Bronx']],
    ['[[O The Boston Globe]] said so.', ['organization:The Boston Globe']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.place-pair-before-noun', () => {
  it.each([['The [[L Atlanta]] and [[P:0.41 Savannah]] markets grew fastest.', ['place:Atlanta', 'place:Savannah']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    // A sure person; a person of the text named in full; no "the" before; a name the map does not know.
    ['The [[L Atlanta]] and [[P:0.9 Savannah]] families met.', ['place:Atlanta', 'person:Savannah']],
    [
      '[[P Savannah Guthrie]] spoke. The [[L Atlanta]] and [[P:0.41 Savannah]] teams met.',
      ['person:Savannah Guthrie', 'place:Atlanta', 'person:Savannah'],
    ],
    ['In [[L Atlanta]] and [[P:0.41 Savannah]] markets grew.', ['place:Atlanta', 'person:Savannah']],
    ['The [[L Atlanta]] and [[P:0.41 Kowalczyk]] offices met.', ['place:Atlanta', 'person:Kowalczyk']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.party-state-title', () => {
  it.each([
    ['[[L:0.5 Democrat State]] Sen. [[P Ana Ruiz]] voted no.', ['person:Ana Ruiz']],
    ['[[O:0.5 Republican State]] Rep. [[P Tom Hale]] filed it.', ['person:Tom Hale']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A party's state body; a state before a title.
    ['The [[O Democratic State Committee]] met.', ['organization:Democratic State Committee']],
    ['[[O Republican State]] chairman [[P Tom Lee]] quit.', ['organization:Republican State', 'person:Tom Lee']],
    ['[[L Ohio]] State Sen. [[P Jane Doe]] spoke.', ['place:Ohio', 'person:Jane Doe']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.second-for-body', () => {
  it.each([
    [
      'The [[O Committee for Medicinal Products]] for Human Use backed the drug.',
      ['organization:Committee for Medicinal Products for Human Use'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A name after "for"; a lowercase word after "for".
    ['The [[O Council for Aid]] voted for Brexit.', ['organization:Council for Aid']],
    ['The [[O Committee for Trade]] for years said no.', ['organization:Committee for Trade']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.league-word', () => {
  it.each([
    [
      '[[O Molde]] drew 1-1 and stayed second in [[L:0.36 Eliteserien]].',
      ['organization:Molde', 'organization:Eliteserien'],
    ],
    ['[[O Hammarby]] lost 0-2, a third defeat in Allsvenskan.', ['organization:Hammarby', 'organization:Allsvenskan']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No sport; not after a league's word; short.
    ['Prices rose in [[L:0.36 Eliteserien]] last year.', ['place:Eliteserien']],
    ['[[L Ravenna]] held its Camiliga festival after a 2-0 win.', ['place:Ravenna']],
    ['[[O Molde]] won 2-0 in Ettan.', ['organization:Molde']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.police-force-name', () => {
  it.each([
    ['The [[O:0.38 Carabinieri]] arrested 12 people.', ['organization:Carabinieri']],
    ['Guardia Civil officers found the boat.', ['organization:Guardia Civil']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Inside a longer name; lowercase.
    ['[[L Guardia Civil Street]] was closed.', ['place:Guardia Civil Street']],
    ['A guardia civil officer was hurt.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.land-word-institution', () => {
  it.each([
    ['She was treated at [[L Mount Sinai]] hospital.', ['organization:Mount Sinai']],
    ['The shop sold Mont Blanc pens and watches.', ['organization:Mont Blanc']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No noun of a body after it; a body's name inside a longer run.
    ['Pilgrims climbed [[L Mount Sinai]] before dawn.', ['place:Mount Sinai']],
    ['Two climbers died on [[L Mont Blanc]] on Sunday.', ['place:Mont Blanc']],
    ['The [[L Mount Everest Base]] camp was closed.', ['place:Mount Everest Base']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.street-word-bare after a title', () => {
  it.each([
    ['Coach [[P Calle Ruiz]] said his team played well.', ['person:Calle Ruiz']],
    ['The bar on [[P:0.5 Calle Mayoral]] closed.', ['place:Calle Mayoral']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-head-and-split with a firm named after a town', () => {
  it.each([
    [
      'Shares of [[O Wynn Resorts and Las Vegas Sands]] rose.',
      ['organization:Wynn Resorts', 'organization:Las Vegas Sands'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A body of fields ("of" before the head); a place alone after the "and".
    ['The [[O Office of Management and Boston Harbor]] met.', ['organization:Office of Management and Boston Harbor']],
    ['[[O Carlyle Group and Washington]] officials met.', ['organization:Carlyle Group and Washington']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.channel-number before a count (review, stop 52)', () => {
  it.each([
    ['Most families watch TV 2 nights a week.', []],
    ['He was on TV 3 or 4 times since.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
