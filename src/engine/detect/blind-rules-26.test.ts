/**
 * The rows of lexicon/blind-news-26.ts (helper ents37a), and the older rows this round widened
 * (organisation.campaign-group's lone "PAC" after a sentence-opening "A", place.venue-head's
 * airports, title.pacific-chiefly's Datu and Hadji, organisation.firm-partners-comma's hyphened
 * partners and Spanish "y"): each rule on tagger output written by hand, with the readings it must
 * decide and ordinary news sentences it must not fire on. The sentences are our own, not the
 * batches'. (The rows' examples run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.military-unit', () => {
  it.each([
    ['Troops of the 6th Infantry Division moved north.', ['organization:6th Infantry Division']],
    ['Men of the 101st [[O:0.5 Airborne Division]] landed.', ['organization:101st Airborne Division']],
    ['The 3rd Battalion was sent to the border.', ['organization:3rd Battalion']],
    ['Ships of the Seventh Fleet sailed.', ['organization:Seventh Fleet']],
    // A division with no arm is a football league; a name running on; a lowercase unit.
    ['Leeds were promoted from the Second Division.', []],
    ['The [[O:0.5 Airborne Division]] of the 101st landed.', ['organization:Airborne Division']],
    ['He served in the 3rd Battalion Royal Irish for years.', []],
    ['The 2nd division of the tournament starts today.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.compass-tail', () => {
  it.each([
    ['[[P:0.5 Maguindanao del Norte]] voted on Monday.', ['place:Maguindanao del Norte']],
    ['Floods hit [[P:0.6 Ilocos Norte]] again.', ['place:Ilocos Norte']],
    ['[[P:0.5 Zamboanga del Sur]] declared a state of calamity.', ['place:Zamboanga del Sur']],
    ['The mayor of [[P:0.5 Negros Occidental]] spoke.', ['place:Negros Occidental']],
    // A body, a half alone, a person whose surname is no half.
    ['[[O:0.7 Banco del Sur]] lent the money.', ['organization:Banco del Sur']],
    ['[[P:0.5 Norte]] said nothing.', ['person:Norte']],
    ['[[P Ana Sureda]] spoke.', ['person:Ana Sureda']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.bank-compound', () => {
  it.each([
    ['In Stockholm the Riksbank cut its rate.', ['organization:Riksbank']],
    ['[[P:0.7 Danmarks Nationalbank]] followed.', ['organization:Danmarks Nationalbank']],
    ['[[P:0.5 Sydbank]] said profit rose.', ['organization:Sydbank']],
    ['Handelsbanken said profit rose.', ['organization:Handelsbanken']],
    // A place the map knows, a person with a given name, a surname with no bank lead, a name running on.
    ['[[L Burbank]] voted.', ['place:Burbank']],
    ['[[P John Nationalbank]] spoke.', ['person:John Nationalbank']],
    ['[[P Shannon Fairbank]] spoke.', ['person:Shannon Fairbank']],
    ['The Riksbank Governor spoke.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.list-of-places', () => {
  it.each([
    [
      'Ferries ran to [[L Lombok]], [[P:0.4 Sumbawa]] and Flores on Monday.',
      ['place:Lombok', 'place:Sumbawa', 'place:Flores'],
    ],
    [
      'Voting stopped in the provinces of [[L Lanao del Sur]], [[P:0.3 Basilan]] and Tawi-Tawi.',
      ['place:Lanao del Sur', 'place:Basilan', 'place:Tawi-Tawi'],
    ],
    ['Camps opened on [[L Efate]], [[O:0.4 Tanna]], and Erromango.', ['place:Efate', 'place:Tanna', 'place:Erromango']],
    // A sure person, a given name, no place at all, two names only, "of" after no plural of places.
    ['In [[L Paris]], [[P Macron]] and [[P Scholz]] met.', ['place:Paris', 'person:Macron', 'person:Scholz']],
    // Peoples' words after a place: modifiers of "members", no list of places (lead, at the merge).
    ['In [[L Sarajevo]], Bosniak, Serb and Croat members met.', ['place:Sarajevo']],
    // Months (the map knows a March), and a list of seven (lead, at the merge).
    ['Sales rose in [[L:0.4 January]], [[P:0.3 February]] and March.', ['place:January', 'person:February']],
    [
      'Tourists flew to [[L Bali]], [[L Lombok]], [[P:0.3 Sumbawa]], Flores, [[L Timor]], Sumba and Komodo.',
      ['place:Bali', 'place:Lombok', 'person:Sumbawa', 'place:Timor'],
    ],
    ['In [[L Paris]], Anna and [[P:0.5 Tomas]] met.', ['place:Paris', 'person:Tomas']],
    [
      'Talks between [[O:0.5 Hamas]], [[L Israel]] and [[O:0.5 Fatah]] stalled.',
      ['organization:Hamas', 'place:Israel', 'organization:Fatah'],
    ],
    ['It was sold in [[L Singapore]] and [[P:0.5 Siyi Liu]] in Beijing.', ['place:Singapore', 'person:Siyi Liu']],
    ['The leaders of [[L France]], [[P:0.5 Tusk]] and Orban met.', ['place:France', 'person:Tusk']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.campaign-group: a lone PAC after a sentence-opening article', () => {
  it.each([
    ['A super [[O:0.4 PAC]], [[O Great Lakes Forward]], has spent $11 million.', ['organization:Great Lakes Forward']],
    ['An [[O:0.4 PAC]] ad ran on Monday.', []],
    // "The PAC" may be a party's short name.
    ['The [[O:0.4 PAC]] won two seats.', ['organization:PAC']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.venue-head: airports', () => {
  it.each([
    [
      'The [[O:0.64 Ramón Villeda Morales International Airport]] was closed.',
      ['place:Ramón Villeda Morales International Airport'],
    ],
    ['Planes left [[O:0.5 Bauer Airfield]] at noon.', ['place:Bauer Airfield']],
    // The body that runs airports, a name the model is sure of.
    ['The [[O:0.6 Airports Authority]] said so.', ['organization:Airports Authority']],
    ['[[O:0.9 Heathrow Airport]] said it would appeal.', ['organization:Heathrow Airport']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('title.pacific-chiefly: Datu and Hadji', () => {
  it.each([
    ['Chief Minister [[P Datu Abdulraof Macacua]] voted.', ['person:Abdulraof Macacua']],
    ['[[P Hadji Norhaida Sinsuat]], who led a slate, spoke.', ['person:Norhaida Sinsuat']],
    // A town named after a datu, a title with one name.
    ['Polls shut in [[P:0.6 Datu Odin Sinsuat]] town.', ['person:Datu Odin Sinsuat']],
    ['[[P Datu Piang]] spoke.', ['person:Datu Piang']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-partners-comma: hyphened partners and Spanish "y"', () => {
  it.each([
    [
      'The buyer hired Creel, García-Cuéllar, Aiza y Enríquez as counsel.',
      ['organization:Creel, García-Cuéllar, Aiza y Enríquez'],
    ],
    [
      'The buyer hired Creel, Ritch, [[P:0.5 Aiza y Enríquez]] as counsel.',
      ['organization:Creel, Ritch, Aiza y Enríquez'],
    ],
    // The ampersand firms of blind-rules-24 as before.
    ['The bank hired Reed, Kowal-Finch & Lyle.', ['organization:Reed, Kowal-Finch & Lyle']],
    // One partner before "y" is a double surname; a sure name before the comma; a list going on.
    ['He quoted Ruiz, [[P:0.7 Ortega y Gasset]] said.', ['person:Ortega y Gasset']],
    ['Lawyers [[P:0.9 Pérez]], Ritch, Aiza y Enríquez met.', ['person:Pérez']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
