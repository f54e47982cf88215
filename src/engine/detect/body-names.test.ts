/**
 * The rows of lexicon/body-names.ts: the sentences each rule must decide on tagger output written
 * by hand, and ordinary news sentences it must leave alone. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.firm-head-and-split', () => {
  it.each([
    [
      'The firm held talks with [[O:0.99 Carlyle Group and EnCap Investments]] last month.',
      ['organization:Carlyle Group', 'organization:EnCap Investments'],
    ],
    [
      '[[O:0.99 Blackstone Group and Ardian Capital]] led the round.',
      ['organization:Blackstone Group', 'organization:Ardian Capital'],
    ],
    ['Lenders included [[O Lloyds Banking Group and KKR]].', ['organization:Lloyds Banking Group', 'organization:KKR']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Two fields joined by "and"; a head inside a name with "of"; a head alone before "and"; a head
    // word before "and" in lowercase; a person.
    ['The [[O Agriculture and Food Authority]] published rules.', ['organization:Agriculture and Food Authority']],
    ['The [[O Office of Management and Budget]] said no.', ['organization:Office of Management and Budget']],
    ['Shares of [[O Capital and Counties]] rose.', ['organization:Capital and Counties']],
    ['The [[O Marks and Spencer Group]] cut prices.', ['organization:Marks and Spencer Group']],
    ['[[P Ann Partners and Bo Lee]] spoke.', ['person:Ann Partners and Bo Lee']],
    // A department of common words before the head (review, stop 51).
    [
      "The bank's [[O Wealth Management and Private Banking Group]] reported higher fees.",
      ['organization:Wealth Management and Private Banking Group'],
    ],
    [
      'The [[O Disaster Management and Mitigation Unit]] sent tents.',
      ['organization:Disaster Management and Mitigation Unit'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('legal-form.before-as-written', () => {
  it.each([
    ["[[L Italy]]'s Eni SpA raised its dividend.", ['place:Italy', 'organization:Eni']],
    ['Swedish lender [[P:0.9 Svenska Handelsbanken AB]] cut its forecast.', ['organization:Svenska Handelsbanken']],
    ['Shares of Atlas Copco AB fell.', ['organization:Atlas Copco']],
    ['[[O Boliden Oyj and Eni SpA]] signed.', ['organization:Boliden', 'organization:Eni']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Written in another case; a capitalised word after the form; a place the map knows before it;
    // after a comma; a longer name over it.
    ['She relaxed at the Lakeside Spa on Sunday.', []],
    ['Brewer AB InBev raised prices.', []],
    ['The office is in Calgary AB near the river.', []],
    ['He moved to Calgary, AB last year.', []],
    ['Shares of [[O Banca Monte dei Paschi di Siena]] SpA fell.', ['organization:Banca Monte dei Paschi di Siena']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.institution-head-person', () => {
  it.each([
    [
      'A poll by [[P:0.71 Emerson College]] and [[O The Hill]] showed a tie.',
      ['organization:Emerson College', 'organization:The Hill'],
    ],
    ['She taught at [[P:0.6 Wesleyan University]].', ['organization:Wesleyan University']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A place; a one-word name; the head in lowercase after the name; a person before "College Park".
    ['They moved to [[L University Park]] in May.', ['place:University Park']],
    ['[[P:0.6 College]] opened.', ['person:College']],
    ['[[P Ann Lee]] college friends came.', ['person:Ann Lee']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
