/**
 * The rows of lexicon/fold-patterns-2.ts (helper ents11c) on tagger output written by hand, with
 * news sentences each must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.historical-state', () => {
  it.each([
    [
      'When the [[O Soviet Union]] collapsed, [[P:0.4 Czechoslovakia]] split.',
      ['place:Soviet Union', 'place:Czechoslovakia'],
    ],
    ['When [[O The Soviet Union]] collapsed, prices rose.', ['place:Soviet Union']],
    ['He went home to Bohemia and [[P:0.35 Moravia]] in 1895.', ['place:Bohemia', 'place:Moravia']],
    ['He crossed Thrace and [[L Asia]] Minor.', ['place:Thrace', 'place:Asia Minor']],
    // Adversarial: a longer name holding the word, a word after it, a person the article names,
    // lowercase, and a state already read as a place.
    ['[[O Bohemia Interactive]] released a game.', ['organization:Bohemia Interactive']],
    ['The [[L Kingdom of Bohemia]] fell.', ['place:Kingdom of Bohemia']],
    ['Shares of [[O Prussia Holdings]] fell.', ['organization:Prussia Holdings']],
    [
      'The novelist [[P Alberto Moravia]] died in [[L Rome]]. [[P:0.6 Moravia]] wrote in Italian.',
      ['person:Alberto Moravia', 'place:Rome', 'person:Moravia'],
    ],
    ['Her bohemia of artists met in a flat.', []],
    ['The [[L Soviet Union]] fell.', ['place:Soviet Union']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.team-nickname', () => {
  it.each([
    [
      'He was traded to the [[O Boston Red]] Sox and played for the Red Sox.',
      ['organization:Boston Red Sox', 'organization:Red Sox'],
    ],
    ['You are a Mets fan in September.', ['organization:Mets']],
    ['They beat the [[P St. Louis]] Cardinals in six games.', ['organization:St. Louis Cardinals']],
    ['The St. [[P:0.99 Louis Cardinals]] lost.', ['organization:St. Louis Cardinals']],
    ['The [[P:0.99 Louis Cardinals]] lost.', ['person:Louis Cardinals']],
    ['The [[L New York]] Mets won.', ['organization:New York Mets']],
    // Adversarial: another capitalised word after it, a longer name holding it, a confident name
    // already a club.
    ['The Mets Poet read his work.', []],
    [
      'The [[O Yankees Entertainment and Sports Network]] aired it.',
      ['organization:Yankees Entertainment and Sports Network'],
    ],
    ['The [[O New York Yankees]] won.', ['organization:New York Yankees']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.team-nickname-shared', () => {
  const report = 'The Giants beat the Eagles 24-17 in the game on Sunday. The coach praised the defence. ';
  it.each([
    [report, ['organization:Giants', 'organization:Eagles']],
    [
      'The Red Sox beat the [[P St. Louis]] Cardinals in the World Series.',
      ['organization:Red Sox', 'organization:St. Louis Cardinals'],
    ],
    ['The Pittsburgh Pirates signed him.', ['organization:Pittsburgh Pirates']],
    // Adversarial: outside a sports report and not after a town, these are ordinary plurals.
    ['The Cardinals gathered in [[L Rome]] to elect a pope.', ['place:Rome']],
    ['Senators voted 52-48 to confirm the nominee.', []],
    ['Two Texans and three Browns were among the guests.', []],
    ['[[P Heat]] rose over the city.', ['person:Heat']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('acronym.unnamed-expansion', () => {
  it.each([
    ['Errors go into a System Under Test ([[O:0.5 SUT]]). A copy of the [[O:0.6 SUT]] runs.', []],
    ['The Cognitive Attention Rating Index ([[O:0.4 CARI]]) rose.', []],
    // Adversarial: an expansion the model named, or with an organisation head, a demonym or a
    // place in it; a short form the model is sure of; a short form also defined after a name.
    [
      'The [[O Intergovernmental Panel on Climate Change]] ([[O IPCC]]) met. [[O IPCC]] agreed.',
      ['organization:Intergovernmental Panel on Climate Change', 'organization:IPCC', 'organization:IPCC'],
    ],
    ['The Economic Community of West African States ([[O:0.5 ECOWAS]]) met.', ['organization:ECOWAS']],
    // organisation.acronym-definition (blind-rules-6) then names the council itself: its initials spell RSC.
    ['The Refugee Support Council ([[O:0.5 RSC]]) met.', ['organization:Refugee Support Council', 'organization:RSC']],
    ['The Nordic Energy Research ([[O:0.5 NER]]) met.', ['organization:NER']],
    ['The Market Data Review ([[O:0.9 MDR]]) said so.', ['organization:MDR']],
    [
      // none.defined-term-acronym (fold-rules-28) then drops the term's own short form.
      'Scores use the Risk Index ([[O:0.5 RI]]). The [[O Regional Institute]] ([[O:0.5 RI]]) agreed.',
      ['organization:Regional Institute', 'organization:RI'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.court-party', () => {
  it.each([
    [
      'In 1975 the [[O:0.4 Petitioner]] was arrested. Had Petitioner pled, he would be free. [[O:0.4 Petitioner]] contends so.',
      ['person:Petitioner', 'person:Petitioner', 'person:Petitioner'],
    ],
    // Adversarial: lowercase, once only, before or after another capitalised word, in capitals.
    ['The petitioner was arrested. The defendant said nothing.', []],
    ['Respondent race. Respondents were asked to choose.', []],
    [
      'Defendant [[P John Hale]] appeared. Defendant [[P John Hale]] left. Defendant [[P John Hale]] wept.',
      ['person:John Hale', 'person:John Hale', 'person:John Hale'],
    ],
    [
      'ON BEHALF OF THE PETITIONER the Petitioner asked and the Petitioner left.',
      ['person:Petitioner', 'person:Petitioner'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.compass-region', () => {
  it.each([
    ['Energy supplies for the West were cut.', ['place:West']],
    ['From the [[P:0.4 Southwest]] take the turnpike.', ['place:Southwest']],
    // Adversarial: lowercase, at a sentence start, before another capitalised word, a direction with
    // no "the", a number after it; the region's word elsewhere is not repeated as a place.
    ['The town lies to the west of the river.', []],
    ['The South lost the war.', []],
    ['They crossed the [[L North Sea]] and the [[L West Bank]].', ['place:North Sea', 'place:West Bank']],
    ['Streets run East to West.', []],
    ['She won the West 10 final.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.quoted-nickname', () => {
  it.each([
    ['The architect Julia "Butterfly" Hill spoke.', ['person:Julia "Butterfly" Hill']],
    ['Lawyer [[P:0.35 Jungwook]] “Wookie” [[P Kim]] argued.', ['person:Jungwook “Wookie” Kim']],
    [
      '[[P Jared Padalecki]] had a son, [[O:0.45 Austin Shepherd]] "Shep" Padalecki.',
      ['person:Jared Padalecki', 'person:Austin Shepherd "Shep" Padalecki'],
    ],
    // Adversarial: a title of a work in quotation marks, a project, a lowercase word after the marks,
    // a longer quotation, and capitals with no person on either side.
    ['She sang "Blue Moon" at the gala.', []],
    ['The Boston "Big Dig" project ran late.', []],
    ['[[P Anna Berg]] said "No Way Back" was her best song.', ['person:Anna Berg']],
    ['[[O Pink Floyd]] "The Wall" Tour sold out.', ['organization:Pink Floyd']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
