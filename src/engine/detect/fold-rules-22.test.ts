/**
 * The rows of lexicon/fold-patterns-22.ts (helper ents40c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) Each first case of a row fails with the row off; the
 * leave cases are ordinary news sentences the row must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.team-for-town', () => {
  it.each([
    [
      '[[P Okafor]] hit .310 in 40 games for [[L:0.5 Indianapolis]]. He debuted for [[L:0.5 Boston]] after the break.',
      ['person:Okafor', 'organization:Indianapolis', 'organization:Boston'],
    ],
    ['She made 40 appearances for [[L:0.6 Brazil]] and retired.', ['organization:Brazil']],
    // Unread, and known to the map as a place.
    ['[[P Ruiz]] pitched for Houston in 2017.', ['person:Ruiz', 'organization:Houston']],
    // Leave: a town before a noun, after a word that is no player's record, before a number, a person.
    ['The quartet played for [[L:0.5 Paris]] crowds in June.', ['place:Paris']],
    ['The airline added two daily flights for [[L:0.6 Boston]].', ['place:Boston']],
    ['Analysts expect strong sales for [[L:0.6 Texas]], the company said.', ['place:Texas']],
    ['The stadium will host matches for [[L:0.6 Paris]] 2024.', ['place:Paris']],
    ['The band played for [[P:0.9 Obama]] in 2009.', ['person:Obama']],
    ['He debuted for the [[O Boston Red Sox]] in May.', ['organization:Boston Red Sox']],
    // Review of stop 50: a record noun with no number, a verb of playing outside sport.
    ['The governor set new emission goals for [[L:0.7 California]] on Tuesday.', ['place:California']],
    ['The orchestra played for [[L:0.6 Houston]] last spring.', ['place:Houston']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.islands-list', () => {
  it.each([
    [
      'From the point you see the islands [[P:0.7 La Désirade]], Petite Terre, [[P:0.9 Marie Galante]] and Les Saintes but also the coast.',
      ['place:La Désirade', 'place:Petite Terre', 'place:Marie Galante', 'place:Les Saintes'],
    ],
    [
      'The cyclone hit the islands of [[P:0.4 Vanua Levu]] and [[O:0.3 Taveuni]].',
      ['place:Vanua Levu', 'place:Taveuni'],
    ],
    // Leave: one name, no list after the noun.
    ['The islands [[L Britain]] seized in 1982 are disputed.', ['place:Britain']],
    ['Officials on the islands, including Governor [[P Ana Ruiz]], asked for help.', ['person:Ana Ruiz']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.land-word-lead', () => {
  it.each([
    [
      'The boat calls at [[P:0.7 Terre de Kembara]] and [[P:0.6 Praia do Velamo]].',
      ['place:Terre de Kembara', 'place:Praia do Velamo'],
    ],
    // Leave: a person with the word later, a given name first, a body, a one-word name.
    ['Coach [[P Jean Lac]] said the team would travel.', ['person:Jean Lac']],
    ['[[P Isla Fisher]] starred in the film.', ['person:Isla Fisher']],
    ['[[O Cap Gemini]] reported results.', ['organization:Cap Gemini']],
    ['[[P:0.5 Terre]] said on Monday he would run.', ['person:Terre']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.title-feature', () => {
  it.each([
    ['Homes went up in Queen [[P:0.6 Creek]] last year.', ['place:Queen Creek']],
    ['The bus runs along Prince [[P:0.9 Albert Road]] daily.', ['place:Prince Albert Road']],
    ['The fair was held in King Square.', ['place:King Square']],
    // Leave: a rank before a person, a longer name, a place read whole.
    ['Queen [[P Elizabeth]] opened the bridge.', ['person:Elizabeth']],
    ['[[O Duke Street Capital]] bought the firm.', ['organization:Duke Street Capital']],
    ['The shop is in [[L King Street]].', ['place:King Street']],
    ['King [[P Charles]] visited the bay.', ['person:Charles']],
    // Review of stop 50: a peer a rule reads as a person.
    ['Lord Hill, the former commissioner, said the rules were too strict.', ['person:Hill']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.street-word-bare', () => {
  it.each([
    ['The café on [[P:0.6 Campo Santa Velamo]] opens at eight.', ['place:Campo Santa Velamo']],
    ['The bar is at bd [[P:0.9 Henri Tarisi]], near the port.', ['place:bd Henri Tarisi']],
    ['The shop is on avda. [[P:0.7 Luis Oskuna]] in the old town.', ['place:avda. Luis Oskuna']],
    // Leave: the word later in a person's name, a body, a one-word name, a body after the abbreviation.
    ['Coach [[P Maria Campo]] said the team would travel.', ['person:Maria Campo']],
    ['[[O Calle Capital]] raised $20 million.', ['organization:Calle Capital']],
    ['[[P:0.5 Largo]] said on Monday he would run.', ['person:Largo']],
    ['The office is on bd [[O Tarisi Group]] land.', ['organization:Tarisi Group']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
