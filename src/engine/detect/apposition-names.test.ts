/**
 * The rows of lexicon/apposition-names.ts: the sentences each rule must decide on tagger output
 * written by hand, and ordinary news sentences it must leave alone. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.role-before-apposition', () => {
  it.each([
    ['Her lawyer, [[L:0.39 Martín Salas]], told reporters the vote was a coup.', ['person:Martín Salas']],
    ['Its chairman, [[O:0.71 Christian Van Thillo]], said publishers lost money.', ['person:Christian Van Thillo']],
    ["The firm's founder, [[O:0.6 Ilse Brandvold]], declined to comment.", ['person:Ilse Brandvold']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A sure reading; a body's tail; a known place; no possessive; the role capitalised as a title.
    ['Its owner, [[O:0.95 Vela Capital]], said the deal closed.', ['organization:Vela Capital']],
    // Nouns a firm may fill (claims batch 41).
    ["The plant's owner, [[O:0.7 Keystone Metals]], moved out.", ['organization:Keystone Metals']],
    ['Its financial adviser, [[O:0.6 Lazard Freres]], declined.', ['organization:Lazard Freres']],
    ['Its owner, [[O:0.7 Vela Capital Partners]], said the deal closed.', ['organization:Vela Capital Partners']],
    ['His son, [[L:0.6 New York]], grew.', ['place:New York']],
    ['A lawyer, [[L:0.5 Martín Salas]], spoke.', ['place:Martín Salas']],
    ['Her Majesty, [[L:0.5 Queen Anne]], spoke.', ['place:Queen Anne']],
  ])('leaves %s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.body-before-apposition', () => {
  it.each([
    [
      "[[L Brazil]]'s foreign ministry, [[P:0.34 Itamaraty]], said it respected the decision.",
      ['place:Brazil', 'organization:Itamaraty'],
    ],
    ['Its farm lobby, [[P:0.4 Coldiretti]], warned of losses.', ['organization:Coldiretti']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A sure person; a given name the lists know; no possessive; a capitalised noun.
    ["The party's leader, [[P:0.97 Kwame Boateng]], said the vote was fair.", ['person:Kwame Boateng']],
    ["The union's president, [[P:0.5 Maria Lopez]], said no.", ['person:Maria Lopez']],
    ['In a letter to the ministry, [[P:0.4 Okafor]], a farmer, wrote.', ['person:Okafor']],
    ["[[L Kenya]]'s Ministry, [[P:0.4 Okafor]], said.", ['place:Kenya', 'person:Okafor']],
  ])('leaves %s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.body-before-apposition leaves a list of people (review, stop 52)', () => {
  it.each([
    [
      "[[L Germany]]'s ruling coalition, [[P:0.36 Scholz]], [[P:0.36 Lindner]] and Habeck, met.",
      ['place:Germany', 'person:Scholz', 'person:Lindner'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
