/**
 * The rows of lexicon/news-leftovers-25.ts (helper ents59b) and the older rows this round widened
 * (organisation.infinitive-name, person.portfolio-off, organisation.and-join, place.residents-of,
 * organisation.trade-and-tail): each rule on tagger output written by hand, with the sentences it
 * must decide and ordinary news sentences it must leave alone. The sentences are our own. (The rows'
 * examples run through the whole engine in lexicon/rows.test.ts' late tables; the probe texts in
 * lexicon-gaps-49b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.foreign-body', () => {
  it.each([
    [
      'Researchers at the [[O Institut]] de Recherche en [[P:0.6 Sciences de la Santé]] ran the trial.',
      ['organization:Institut de Recherche en Sciences de la Santé'],
    ],
    [
      'The [[O Deutsche Gesellschaft]] für Internationale Zusammenarbeit will fund the wells.',
      ['organization:Deutsche Gesellschaft für Internationale Zusammenarbeit'],
    ],
    [
      'Data from the Istituto Nazionale di Statistica showed a fall.',
      ['organization:Istituto Nazionale di Statistica'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No joining word; an English word after the head; a head in lowercase.
    ['The [[O Instituto Cervantes]] opened a branch.', ['organization:Instituto Cervantes']],
    ['The [[O Instituto Cervantes]] in [[L Madrid]] opened.', ['organization:Instituto Cervantes', 'place:Madrid']],
    ['The centre de Paris is closed.', []],
    // Nothing read in a short run: a description written in capitals (stop 60: the check folds'
    // false bodies, read by their totals only).
    ['The Centro de Salud opens at eight.', []],
    ['She trained at the Escuela de Música before the war.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.publisher-pair', () => {
  it.each([
    ['It was published by [[P:0.43 Faber]] and [[P:0.4 Faber]] in 2019.', ['organization:Faber and Faber']],
    [
      'The memoir, published by [[O:0.32 Hodder]] and [[L:0.54 Stoughton]], sold well.',
      ['organization:Hodder and Stoughton'],
    ],
    ['The publisher Chatto and Windus said so.', ['organization:Chatto and Windus']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Two given names; a country; a longer run; not a publishing word.
    ['The zine was published by [[P Anna]] and [[P Maria]].', ['person:Anna', 'person:Maria']],
    ['A report published by [[L Kenya]] and [[L Uganda]] said so.', ['place:Kenya', 'place:Uganda']],
    ['The song was written by [[P Lennon]] and [[P McCartney]].', ['person:Lennon', 'person:McCartney']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.same-head-pair', () => {
  it.each([
    [
      'Researchers from [[O Leeds University and Durham University]] led the study.',
      ['organization:Leeds University', 'organization:Durham University'],
    ],
    [
      'Flights between [[L Shannon Airport and Dublin Airport]] were cancelled.',
      ['place:Shannon Airport', 'place:Dublin Airport'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // One body of two fields; a half of one word; a person.
    ['The [[O Food and Drug Administration]] said so.', ['organization:Food and Drug Administration']],
    ['The [[O Bank and Trust Bank]] said so.', ['organization:Bank and Trust Bank']],
    ['[[P Marks and Marks]] spoke.', ['person:Marks and Marks']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.celtic-area', () => {
  it.each([
    ['[[P:0.7 Rhondda Cynon Taf]] had the highest rate.', ['place:Rhondda Cynon Taf']],
    ['The MP for [[P:0.6 Na h-Eileanan Siar]] said so.', ['place:Na h-Eileanan Siar']],
    ['Schools in Blaenau Gwent were shut.', ['place:Blaenau Gwent']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A longer name that holds the area.
    ['[[O Rhondda Cynon Taf Council]] said so.', ['organization:Rhondda Cynon Taf Council']],
    ['[[O Blaenau Gwent Council]] said so.', ['organization:Blaenau Gwent Council']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.infinitive-name, widened (ents59b)', () => {
  it.each([
    [
      'The [[O Committee]] to [[L:0.39 Protect Journalists]] and [[O Human Rights Watch]] condemned it.',
      ['organization:Committee to Protect Journalists', 'organization:Human Rights Watch'],
    ],
    [
      'The [[O Fund]] to [[L:0.4 Support Small Farms]] in [[L Kenya]] gave loans.',
      ['organization:Fund to Support Small Farms', 'place:Kenya'],
    ],
    ['[[L:0.4 Alliance]] to End Plastic Waste loses two members', ['organization:Alliance to End Plastic Waste']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // An aim that is a place the map knows; a title-case headline.
    ['The [[O Fund]] to [[L Kenya]] was cut.', ['organization:Fund', 'place:Kenya']],
    ['Council to Review Plans', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.portfolio-off, widened (ents59b)', () => {
  it.each([
    ['Minister of Water and [[O:0.44 Irrigation Raed Haddadin]] said so.', ['person:Raed Haddadin']],
    ['Minister of Agriculture and Rural [[P Development Ngozi Adeyemi]] said so.', ['person:Ngozi Adeyemi']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A body: its rest holds a common word (organisation.and-join then reads the fields with it).
    [
      'The Minister of Water and [[O:0.44 Irrigation Planning Board]] met.',
      ['organization:Water and Irrigation Planning Board'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.and-join, widened (ents59b)', () => {
  it.each([
    [
      'The [[O Department for Environment]], Food and [[P:0.78 Rural Affairs]] said so.',
      ['organization:Department for Environment, Food and Rural Affairs'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A given name: a person after the list.
    [
      'The [[O Department for Education]], Skills and [[P:0.8 Gillian Keegan]] met.',
      ['organization:Department for Education', 'person:Gillian Keegan'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.residents-of, widened (ents59b)', () => {
  it.each([
    ['Residents of Flat 4 said so.', []],
    ['Residents of Block C were moved.', []],
    ['Residents of Grammatiko were told to leave.', ['place:Grammatiko']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.trade-and-tail, widened (ents59b)', () => {
  it.each([['[[O Sinai Oil]] and Gas shares rose 4%.', ['organization:Sinai Oil and Gas']]])('%s', (text, expected) =>
    expect(rulesOn(text)).toEqual(expected),
  );
});

describe("the stop-59 review's mends", () => {
  it.each([
    // An English head ("Office", "Tribunal") or a title inside leaves a name with "de" to the model.
    [
      'Cabinet [[O Office]] Minister [[P:0.8 Marsha de Cordova]] said so.',
      ['organization:Office', 'person:Marsha de Cordova'],
    ],
    ['The [[O Comisión]] Judge [[P:0.8 Ana de Souza]] spoke.', ['organization:Comisión', 'person:Ana de Souza']],
    // Two publishers the model read each as a body.
    [
      'The report, published by [[O Oxfam]] and [[O Greenpeace]], said so.',
      ['organization:Oxfam', 'organization:Greenpeace'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
