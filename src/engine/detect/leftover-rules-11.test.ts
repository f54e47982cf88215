/**
 * The rows of lexicon/news-leftovers-11.ts (helper ents34b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts'
 * late tables; the probe texts in lexicon-gaps-34b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.hyphened-acronym', () => {
  it.each([
    ['The VMRO-DPMNE won 58 seats.', ['organization:VMRO-DPMNE']],
    ['Leaders of KDU-ČSL said the vote was fair.', ['organization:KDU-ČSL']],
    ['VMRO-DPMNE won the vote.', ['organization:VMRO-DPMNE']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A one-letter part; letters and digits; a part that is a place; a part that is a word; not after
    // a frame word; the model's own reading.
    ['The USB-C ports were faulty.', []],
    ['The COVID-19 cases rose.', []],
    ['The UK-EU talks ended.', []],
    ['The HIV-AIDS ward was full.', []],
    ['He said VMRO-DPMNE won.', []],
    ['The [[O:0.6 VMRO-DPMNE]] won.', ['organization:VMRO-DPMNE']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.mountain-frame', () => {
  it.each([
    ['Snow fell on the slopes of Chimborazo.', ['place:Chimborazo']],
    ['Climbers on Denali were stranded.', ['place:Denali']],
    ['Two climbers died on Illimani on Saturday.', ['place:Illimani']],
    ['The team reached the summit of [[P:0.45 Aconcagua]].', ['place:Aconcagua']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A meeting called a summit; a road after the words (read by the street rows, not this one); a word of the language; a given name; a sure
    // person; climbers too far from "on".
    ['The summit of European leaders ended.', []],
    ['Climbers on Mount Pleasant Road were fined.', ['place:Mount Pleasant Road']],
    ['Climbers on Sunday were stranded.', []],
    ['Climbers on Maria were stranded.', []],
    ['The summit of [[P:0.92 Obama]] and Putin ended.', ['person:Obama']],
    ['Climbers said the pressure was on Denali.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.law-firm-frame', () => {
  it.each([
    ['The law firm [[P:0.93 Clifford Chance]] advised the lenders.', ['organization:Clifford Chance']],
    ['Lawyers from [[P:0.7 Herbert Smith Freehills]] acted for the miner.', ['organization:Herbert Smith Freehills']],
    ['The council was represented by [[P:0.71 Harper Macleod]] at the tribunal.', ['organization:Harper Macleod']],
    ['Counsel, instructed by Burness Paull, spoke.', ['organization:Burness Paull']],
    ['The company was advised by [[P:0.93 Burness Paull]] on the sale.', ['organization:Burness Paull']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A given name after "represented by"; a sure person with no deal or case in the sentence, or after
    // "represented by" (a person's counsel), or with a given name first; one word there; a title after the
    // run; a place the model reads; a body the model reads (its legal form stays outside).
    ['He was represented by [[P John Hart]] at the hearing.', ['person:John Hart']],
    ['She was advised by [[P:0.93 Burness Paull]] to rest.', ['person:Burness Paull']],
    ['He was represented by [[P:0.93 Burness Paull]] at the hearing.', ['person:Burness Paull']],
    ['The firm was advised by [[P:0.93 John Paull]] on the sale.', ['person:John Paull']],
    ['He was represented by [[P:0.6 Hart]] at the hearing.', ['person:Hart']],
    ['He was represented by Burness Paull KC at the hearing.', []],
    ['Lawyers from [[L Glasgow]] met.', ['place:Glasgow']],
    ['The deal was advised by [[O Deutsche Bank]] AG.', ['organization:Deutsche Bank']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  // ents38b: the active voice, a firm before advised/represented/acted for and a side of a deal.
  it.each([
    ['Freshfields acted for the lenders.', ['organization:Freshfields']],
    ['Cravath advised the board of the target.', ['organization:Cravath']],
    ['[[L:0.49 Kirkland]] & Ellis represented the private equity firm.', ['organization:Kirkland & Ellis']],
    ['Slaughter and May advised the buyer on the deal.', ['organization:Slaughter and May']],
    ['Rothschild and Evercore advised on the merger.', ['organization:Rothschild', 'organization:Evercore']],
    [
      'Macfarlanes acted for the founders, and [[P:0.71 Travers Smith]] advised the fund.',
      ['organization:Macfarlanes', 'organization:Travers Smith'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A given name first; a surname of a person named in full; no side of a deal and no deal; a
    // word of the language; a name inside a sentence; a sure person; a body the model read; a month.
    ['[[P Sarah Jones]] acted for the claimants.', ['person:Sarah Jones']],
    ['Sarah Jones acted for the buyer.', []],
    ['[[P Anna Smith]] spoke. [[P:0.6 Smith]] advised the buyer.', ['person:Anna Smith', 'person:Smith']],
    ['[[P:0.6 Hale]] advised the minister to resign.', ['person:Hale']],
    ['He advised the board, and Police represented the bank.', []],
    ['Fans of Orlan advised the buyer.', []],
    ['[[P:0.9 Hale]] represented the seller.', ['person:Hale']],
    ['[[O Lazard]] advised the board.', ['organization:Lazard']],
    ['In May advised the buyer.', []],
    // Review (ents39b): advice to act is a person's ("advised the board to reject"); one word with a
    // person's pronoun after it in its sentence or the next is a person's surname.
    ['Buffett advised the board to reject the offer.', []],
    ['Okonkwo advised the founders of the bank to sell.', []],
    ['Hale represented the seller at the signing. He said the talks were hard.', []],
    ['Hale advised the buyer on the deal, his office said.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // "to" before an article is no advice to act; a pronoun after another name is that name's.
    ['Cravath represented the bank to the court.', ['organization:Cravath']],
    [
      'Cravath advised the buyer on the deal. [[P Anna Lee]] said she was pleased.',
      ['organization:Cravath', 'person:Anna Lee'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.and-join and organisation.and-complement', () => {
  it.each([
    // An acronym after "and" is a body of its own (read by the acronym rows), not a field of the ministry.
    ['The [[O Ministry of Health]] and UNICEF signed.', ['organization:Ministry of Health', 'organization:UNICEF']],
    ['The [[O Ministry of Education]] and Science said.', ['organization:Ministry of Education and Science']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.opening-side-at-ground', () => {
  it.each([
    ['Fulham lost 3-1 at [[L Villa Park]] on Saturday.', ['organization:Fulham', 'place:Villa Park']],
    ['The run goes on. Everton lost 2-0 at [[L Anfield]].', ['organization:Everton', 'place:Anfield']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No ground after "at"; a town after it, not read as a place; a given name; a word of the language;
    // a person the article names in full; a match of players; not opening a sentence.
    ['Fulham lost 3-1 on Saturday.', []],
    ['Fulham lost 3-1 at home.', []],
    ['Kevin won 2-1 at [[L Wembley]].', ['place:Wembley']],
    ['Hosts lost 3-1 at [[L Villa Park]].', ['place:Villa Park']],
    [
      '[[P Lando Norris]] was second. Norris won 2-1 at [[L Silverstone]].',
      ['person:Lando Norris', 'person:Norris', 'place:Silverstone'],
    ],
    ['Kovacs won 6-3 6-4 at [[L Wimbledon]].', ['place:Wimbledon']],
    ['On Saturday Fulham lost 3-1 at [[L Villa Park]].', ['place:Villa Park']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('sport.beaten-town-before-score', () => {
  it.each([
    [
      '[[O Gloucester]] beat Bath 21-18 at [[L Kingsholm]].',
      ['organization:Gloucester', 'organization:Bath', 'place:Kingsholm'],
    ],
    ['[[O Leeds]] beat Reading 2-0 on Saturday.', ['organization:Leeds', 'organization:Reading']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No club before the verb; no score after the town; a word the map does not know.
    ['He beat Bath 21-18 on his own.', []],
    ['[[O Gloucester]] beat Bath on Friday.', ['organization:Gloucester']],
    ['[[O Gloucester]] beat Rovers 21-18.', ['organization:Gloucester']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.given-name-particle', () => {
  it.each([
    ['The designer [[O:0.3 Marie-Claire]] à Beckett showed her work.', ['person:Marie-Claire à Beckett']],
    ['Chef Pierre de la Rue opened a restaurant.', ['person:Pierre de la Rue']],
    ['Pierre du Plessis said the harvest was lost.', ['person:Pierre du Plessis']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No given name first; a place read after the particle; a longer run of capitals; no given name
    // (a place's name); a capital before the given name.
    ['The Tour de France starts in July.', []],
    ['Marie à [[L Paris]] is a film.', ['place:Paris']],
    ['Pierre de la Rue Royale spoke.', []],
    // Read whole by organisation.foreign-body (ents59b), never as a person.
    ['The Université du Québec à Chicoutimi opened.', ['organization:Université du Québec à Chicoutimi']],
    ['She met Marie de Gaulle.', ['person:Marie de Gaulle']],
    ['They walked down Rue Pierre du Plessis.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
