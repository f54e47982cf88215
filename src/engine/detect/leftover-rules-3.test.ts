/**
 * The rows of lexicon/news-leftovers-3.ts (helper ents29b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.compass-site', () => {
  it.each([
    ['Output at [[O:0.94 Kamoa North]] rose 12%.', ['place:Kamoa North']],
    [
      'Its two mines, [[P:0.44 Chambishi West]] and [[L Mimbula]], rose 6%. The [[O Kamoa North]] project was late.',
      ['place:Chambishi West', 'place:Mimbula', 'place:Kamoa North'],
    ],
    // A person reading where the article names no site so.
    ['The top scorer at [[L Leeds]], [[P:0.42 Kanye West]], said so.', ['place:Leeds', 'person:Kanye West']],
    // A given name, a sure person, an acronym, a word of the language, a place the map knows.
    ['[[P:0.45 Oliver North]] testified.', ['person:Oliver North']],
    ['[[P:0.9 Cornel West]] spoke.', ['person:Cornel West']],
    ['[[O BBC North]] said so.', ['organization:BBC North']],
    ['[[O Air North]] cut flights.', ['organization:Air North']],
    ['[[O Sydney West]] won.', ['organization:Sydney West']],
    // Three words, and a first word that opens a person of the article.
    ['[[O Kamoa North Holdings]] rose.', ['organization:Kamoa North Holdings']],
    ['[[P Douglass Smith]] met [[P:0.4 Douglass North]].', ['person:Douglass Smith', 'person:Douglass North']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

const SPORT =
  'The match ended 2–1 after a goal in the second half. The league table tightened. The coach praised the striker.';

describe('person.given-names-lost (the club rows ask it)', () => {
  it.each([
    // sport.club-town-pair: a driver whose surname is a city, in a sports report.
    [
      `[[P:0.91 Lewis Hamilton]] won the race 2–1 ahead of [[P Max Verstappen]]. ${SPORT}`,
      ['person:Lewis Hamilton', 'person:Max Verstappen'],
    ],
    // sport.club-city-anywhere: a report that names a club of a word and a city.
    [
      `[[O Union Berlin]] won 2–1. In Formula One, [[P:0.7 Lewis Hamilton]] was fourth. ${SPORT}`,
      ['organization:Union Berlin', 'person:Lewis Hamilton'],
    ],
    // Still a club: a first word that is no given name.
    [
      `[[P:0.74 Górnik Zabrze]] beat [[P:0.73 Lech Poznań]] 3–1. ${SPORT}`,
      ['organization:Górnik Zabrze', 'organization:Lech Poznań'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.travel-to-side', () => {
  it.each([
    [
      `[[L:0.53 Leeds]] travel to [[L:0.55 Brentford]] on Tuesday. ${SPORT}`,
      ['organization:Leeds', 'organization:Brentford'],
    ],
    [
      `[[O Leicester]] travel to [[L:0.6 Nottingham Forest]] on Saturday. ${SPORT}`,
      ['organization:Leicester', 'organization:Nottingham Forest'],
    ],
    // "to face" after it, a country, the city of a club named in full, a sure place, a person travelling.
    [
      `[[O Freiburg]] travel to [[L:0.5 Leipzig]] to face [[O RB Leipzig]]. ${SPORT}`,
      ['organization:Freiburg', 'place:Leipzig', 'organization:RB Leipzig'],
    ],
    [`[[O Celtic]] travel to [[L:0.7 Spain]] next week. ${SPORT}`, ['organization:Celtic', 'place:Spain']],
    [
      `[[O Celtic]] travel to [[L:0.5 Munich]] next week. [[O Bayern Munich]] are top. ${SPORT}`,
      ['organization:Celtic', 'place:Munich', 'organization:Bayern Munich'],
    ],
    [`[[O Celtic]] travel to [[L:0.9 Dundee]] next week. ${SPORT}`, ['organization:Celtic', 'place:Dundee']],
    [`[[P Ana Ruiz]] will travel to [[L:0.5 Leeds]] on Monday. ${SPORT}`, ['person:Ana Ruiz', 'place:Leeds']],
    // Not outside a sports report.
    ['[[O Acme]] staff travel to [[L:0.5 Leeds]] on Monday.', ['organization:Acme', 'place:Leeds']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
