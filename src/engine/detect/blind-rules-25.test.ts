/**
 * The older rows this round (helper ents36a, issue #9) widened or narrowed from the misses of blind
 * batches 74 and 75 instead of adding rows of the same shape: each rule on tagger output written by
 * hand, with readings it must now decide (each fails without the change) and ordinary news
 * sentences it must leave. The sentences are our own, not the batches'. (The rows' examples run
 * through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.and-the-split with a publication after "and"', () => {
  it.each([
    [
      'A poll by [[O Marist College and The Boston Globe]] put her ahead.',
      ['organization:Marist College', 'organization:The Boston Globe'],
    ],
    [
      'A survey for [[O:0.7 Suffolk University and The Tennessean]] found a tie.',
      ['organization:Suffolk University', 'organization:The Tennessean'],
    ],
    // A band keeps its "and The"; a lowercase "the" still goes.
    ['[[O Florence and The Machine]] played on Friday.', ['organization:Florence and The Machine']],
    ['[[O Arab League and the African Union]] met.', ['organization:Arab League', 'organization:African Union']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ticker keeps the sentence-opening word of the firm', () => {
  it.each([
    ['[[L:0.5 Southern Copper]] (SCCO.N) said output rose.', ['organization:Southern Copper']],
    ['Canadian [[O:0.7 National Railway]] (CNR.TO) gained 3%.', ['organization:Canadian National Railway']],
    // A common opening word the model left out stays out; mid-sentence the run is read as before.
    ['Shares [[O Vale]] (VALE3.SA) fell.', ['organization:Vale']],
    ['Shares of [[O Southern Copper]] (SCCO.N) rose.', ['organization:Southern Copper']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.acronym-definition opening with a head before "of"', () => {
  it.each([
    [
      'The Confederation of African Football (CAF) fined the club. CAF said so.',
      ['organization:Confederation of African Football', 'organization:CAF', 'organization:CAF'],
    ],
    [
      'The Federation of Kenya Employers (FKE) said wages rose.',
      ['organization:Federation of Kenya Employers', 'organization:FKE'],
    ],
    // Terms with no body's head are left.
    ['A Survey of Household Spending (SHS) was run.', []],
    ['A Programme of Work (POW) was agreed.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.airline-head for a flag carrier named after its country', () => {
  it.each([
    ['The new airport opened. Air [[L:0.9 Namibia]] said flights would resume.', ['organization:Air Namibia']],
    ['Flights left the airport, and Air [[L:0.95 Albania]] added a route.', ['organization:Air Albania']],
    // No words of flying, a service, a place the map does not know read with confidence.
    ['Air [[L:0.9 Namibia]] said the deal was done.', ['place:Namibia']],
    ['The airport opened. The Air Force said jets flew.', []],
    ['The airport opened. Air [[L:0.9 Qwertyville]] said flights rose.', ['place:Qwertyville']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.hyphen-compound-lead over a language compound', () => {
  it.each([
    ['A reporter for the [[O English-language Buenos Aires Herald]] spoke.', ['organization:Buenos Aires Herald']],
    ['The [[O Spanish-speaking Radio Bilingüe]] said it would broadcast.', ['organization:Radio Bilingüe']],
    // A hyphenated name whose second part is capitalised, and one word, are left.
    ['The [[O Franco-German Brigade]] moved.', ['organization:Franco-German Brigade']],
    ['The [[O French-language]] said it.', ['organization:French-language']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.campaign-group after "a PAC," and "a PAC called"', () => {
  it.each([
    ['It will fund ads through a new PAC, Keep Ohio Red.', ['organization:Keep Ohio Red']],
    ['A PAC called Prairie Families Forward spent $400,000.', ['organization:Prairie Families Forward']],
    ['The party set up a new [[O:0.41 PAC]], Keep Ohio Red.', ['organization:Keep Ohio Red']],
    ['She gave to a [[O:0.4 PAC]] run by her brother.', []],
    // "The PAC" as a party's short name, an apposition that runs on.
    [
      'The [[O Pan Africanist Congress]] said [[O:0.6 PAC]] members would vote.',
      ['organization:Pan Africanist Congress', 'organization:PAC'],
    ],
    ['It will fund ads through a new PAC, Keep Ohio Red and others.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.feature-tail with a lagoon', () => {
  it.each([
    ['Flamingos winter on the [[O:0.3 Narta Lagoon]] each year.', ['place:Narta Lagoon']],
    ['Boats crossed the [[O:0.5 Ebrié Lagoon]] at dawn.', ['place:Ebrié Lagoon']],
    // A longer name that runs on, one word.
    ['The [[O Blue Lagoon Resorts]] group said it would reopen.', ['organization:Blue Lagoon Resorts']],
    ['[[O Lagoon]] said it would reopen.', ['organization:Lagoon']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-tail with oil and sports', () => {
  it.each([
    ['The refiner [[P:0.85 Irving Oil]] said it would cut jobs.', ['organization:Irving Oil']],
    ['The club lost to [[P:0.6 Africa Sports]] on Sunday.', ['organization:Africa Sports']],
    // A person the model is sure of, a name that does not end in the tail.
    ['[[P:0.95 Irving Oil]] said it would cut jobs.', ['person:Irving Oil']],
    ['[[P:0.7 Sports Kanu]] scored twice.', ['person:Sports Kanu']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('org.sector-place-body with election, statistics and park offices', () => {
  it.each([
    ['[[P:0.7 Elections Ontario]] said turnout was 44 per cent.', ['organization:Elections Ontario']],
    ['Statistics [[L:0.55 Norway]] said prices rose.', ['organization:Statistics Norway']],
    ['Parks [[L Canada]] closed the trail.', ['organization:Parks Canada']],
    // A word between, a city.
    ['Elections in [[L Ontario]] are held every four years.', ['place:Ontario']],
    ['Elections [[L Toronto]] style were close.', ['place:Toronto']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.head-after with a programme', () => {
  it.each([
    ['The [[O World Food]] Programme said it would cut rations.', ['organization:World Food Programme']],
    [
      'The [[O United Nations Development]] Programme opened an office.',
      ['organization:United Nations Development Programme'],
    ],
    // One word before, a name after the head.
    ['The [[O Food]] Programme said so.', ['organization:Food']],
    ['The [[O World Food]] Programme Director Ana Ruiz spoke.', ['organization:World Food']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('title.party-label before an office', () => {
  it.each([
    ['A challenge by [[P:0.53 Republican Secretary]] of State [[P Ana Ruiz]] failed.', ['person:Ana Ruiz']],
    ['[[P:0.6 Democrat Senator]] [[P Ana Ruiz]] spoke.', ['person:Ana Ruiz']],
    // The label before a name, before a name that opens with a word that is no title.
    ['[[P Republican Kari Lake]] won.', ['person:Kari Lake']],
    ['[[P Democrat Ruiz]] won.', ['person:Ruiz']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.admin-unit-of for a riding or a constituency', () => {
  it.each([
    ['She won her own riding of [[O:0.5 Moncton East]] by 300 votes.', ['place:Moncton East']],
    ['He held the constituency of [[P:0.5 Orkney]] by 900 votes.', ['place:Orkney']],
    // No "of", a body named after the seat, an unread run after another word.
    ['The riding horses of [[L Kentucky]] won.', ['place:Kentucky']],
    ['The constituency of Orkney Council said no.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
