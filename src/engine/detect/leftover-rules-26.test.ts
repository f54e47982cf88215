/**
 * The rows of lexicon/news-leftovers-26.ts (helper ents60b) and the older rows this round widened
 * (organisation.same-head-pair, organisation.see-of-place, place.county-office-before-name,
 * none.airline-word-as-adjective): each rule on tagger output written by hand, with the sentences
 * it must decide and ordinary news sentences it must leave alone. The sentences are our own. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts; the probe texts in
 * lexicon-gaps-50b.test.ts.) none.airline-word-as-adjective is read by the document's rescan
 * (coref/entities.ts), so its cases run through the whole engine.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { rulesOn } from './rules-on';

describe('organisation.body-noun-apposition', () => {
  it.each([
    ['The chamber of commerce, [[P:0.35 Canaco]], said 200 shops had closed.', ['organization:Canaco']],
    ["The farmers' union, Agrolink, called for a pause.", ['organization:Agrolink']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A noun for a person; a sure person; a given name; a noun too far from the comma.
    ["The union's leader, [[P:0.97 Mick Lynch]], said talks had failed.", ['person:Mick Lynch']],
    ['The union, [[P:0.95 Kowalczyk]], said so.', ['person:Kowalczyk']],
    ['The union, [[P:0.6 Maria]], said so.', ['person:Maria']],
    ['A union that had long stood apart from the others, [[P:0.6 Kowalczyk]], said so.', ['person:Kowalczyk']],
    ['A spokesman for the union, [[P:0.34 Okafor]], said talks had failed.', ['person:Okafor']],
    // An honorific; a list of names (review, stop 60).
    ['He told the committee, Ms [[P:0.6 Reeves]], that no deal had been struck.', ['person:Reeves']],
    [
      'The committee, [[P:0.5 Smith]], [[P:0.5 Jones]] and [[P:0.5 Patel]], voted against it.',
      ['person:Smith', 'person:Jones', 'person:Patel'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.bishops-conference', () => {
  it.each([
    [
      "The [[L:0.4 Irish]] Catholic Bishops' Conference said it would publish the report.",
      ["organization:Irish Catholic Bishops' Conference"],
    ],
    ['The Catholic Bishops Conference met in Rome.', ['organization:Catholic Bishops Conference']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No leading denomination or people; lowercase conference.
    ["The Bishops' Conference met.", []],
    ['The Catholic bishops met at a conference.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.same-head-pair, widened: the head leading a half', () => {
  it.each([
    [
      '[[O Bank of Montreal and Bank of Nova Scotia]] raised their dividends.',
      ['organization:Bank of Montreal', 'organization:Bank of Nova Scotia'],
    ],
    [
      'The [[O University of the West of Scotland and Glasgow Caledonian University]] will share the lab.',
      ['organization:University of the West of Scotland', 'organization:Glasgow Caledonian University'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // One word on a side stays whole.
    [
      'The [[O University of the Highlands and Islands]] closed courses.',
      ['organization:University of the Highlands and Islands'],
    ],
    ['The [[O Food and Drug Administration]] said so.', ['organization:Food and Drug Administration']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.see-of-place, widened: a denomination before the see', () => {
  it.each([
    ['The Catholic Diocese of [[L Clogher]] apologised.', ['organization:Catholic Diocese of Clogher']],
    ['The Anglican Diocese of [[L Sydney]] will comply.', ['organization:Anglican Diocese of Sydney']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([['A Catholic priest in the Diocese of [[L Clogher]] spoke.', ['organization:Diocese of Clogher']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
});

describe('place.county-office-before-name, widened: a town service, a holder run into the body', () => {
  it.each([
    [
      '[[O:0.73 Springfield Fire]] Chief [[P Dana Ortiz]] said the blaze started in the kitchen.',
      ['place:Springfield', 'person:Dana Ortiz'],
    ],
    [
      '[[O:0.99 Harris County Sheriff Ed Gonzalez]] said two deputies were hurt.',
      ['place:Harris County', 'person:Ed Gonzalez'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A service after no place the map knows; a service of a body.
    [
      '[[O Metropolitan Police]] Commissioner [[P Mark Rowley]] said so.',
      ['organization:Metropolitan Police', 'person:Mark Rowley'],
    ],
    ['The [[O Springfield Fire Department]] said so.', ['organization:Springfield Fire Department']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.airline-word-as-adjective, widened: the document does not repeat the airline', () => {
  const names = (text: string) => analyze(text).mentions.map((m) => `${m.type}:${m.text}@${m.start}`);
  it('reads the repeated nationality word before a noun it qualifies as no airline', () => {
    const text = 'Norwegian cancelled 40 flights on Monday. Norwegian passengers on other carriers were not affected.';
    expect(names(text)).toEqual(['organization:Norwegian@0']);
  });
  it('still repeats the airline before a noun it does not qualify', () => {
    const text = 'Norwegian cancelled 40 flights on Monday. Norwegian shares fell 3%.';
    expect(names(text)).toEqual(['organization:Norwegian@0', 'organization:Norwegian@42']);
  });
});
