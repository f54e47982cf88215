/**
 * The row of lexicon/news-leftovers-21.ts (helper ents45b) and the older rows this round widened
 * (organisation.company-kind-tail, place.saint-abbreviation, sport.national-side-frame,
 * organisation.lawyers-at, apposition.org-noun-after): each rule on tagger output written by hand,
 * with the sentences it must decide and ordinary news sentences it must leave alone. The sentences
 * are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts' late
 * tables; the probe texts in lexicon-gaps-45b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.prison-name', () => {
  it.each([
    ['He was sent to [[O Tihar Jail]] after the court refused him bail.', ['place:Tihar Jail']],
    ['He was moved to [[P Belmarsh Prison]] last year.', ['place:Belmarsh Prison']],
    ['Inmates at [[O:0.54 Cook County Jail]] went on hunger strike.', ['place:Cook County Jail']],
    ['Officials at Mountjoy Prison said so.', ['place:Mountjoy Prison']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Another capital after the head; a possessive; common words only; a lowercase prison; the head
    // opening the sentence alone.
    ['The [[O Prison Service]] said staff were short.', ['organization:Prison Service']],
    // organisation.hm-body (blind-rules-34) reads the whole service's name.
    ['He was sent to HM [[O Prison Belmarsh]] in 2019.', ['organization:HM Prison Belmarsh']],
    ["Officials at [[O Mountjoy Prison]]'s hospital wing said so.", ['organization:Mountjoy Prison']],
    ['The [[O State Prison]] was closed on Monday.', ['organization:State Prison']],
    ['The prisoner was moved from the jail in [[L Kent]].', ['place:Kent']],
    ['[[O Prison]] officers went on strike in [[L Leeds]].', ['organization:Prison', 'place:Leeds']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.company-kind-tail: ferries, trains, rail, buses, the grid', () => {
  it.each([
    ['[[P Brittany Ferries]] cancelled sailings.', ['organization:Brittany Ferries']],
    ['[[P Network Rail]] said the line would reopen.', ['organization:Network Rail']],
    ['[[P National Grid]] said demand peaked.', ['organization:National Grid']],
    ['Fares at Stagecoach Buses rose in [[L Perth]].', ['organization:Stagecoach Buses', 'place:Perth']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // The kind word alone; common words only and no name read; a common opening word left out of
    // the model's name.
    ['[[P Ferries]] leave from [[L Oban]] every morning.', ['person:Ferries', 'place:Oban']],
    ['Trains to [[L Leeds]] were cancelled.', ['place:Leeds']],
    ['Northern Trains apologised on Monday.', []],
    ['Rail fares will rise in March.', []],
    // mendN55 (a name reviewer): a person the model is sure of, a given name first.
    ['[[P:0.93 John Ferries]], a local farmer, said so.', ['person:John Ferries']],
    ['Marcus Rail, 34, was charged.', []],
    ['Tom Buses, the mayor, spoke.', []],
    ['Helen Trains won the race.', []],
    // mendN55: a sentence adverb opening the sentence is no part of the firm.
    ['Separately Brittany Ferries said bookings were up.', ['organization:Brittany Ferries']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.saint-abbreviation without its dot', () => {
  it.each([
    ['The summit was held in St [[L Petersburg]] last week.', ['place:St Petersburg']],
    ['The court in St [[L Petersburg]] jailed him.', ['place:St Petersburg']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No place the map knows whole; a person after it.
    ['He prayed at St [[L Wilfrid]] in the morning.', ['place:Wilfrid']],
    ['A feast for St [[P Jerome]] was held.', ['person:Jerome']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe("sport.national-side-frame: an innings' total", () => {
  it.each([
    ['[[L Pakistan]] reached 210 for four at stumps.', ['organization:Pakistan']],
    ['[[L Sri Lanka]] made 187-6 in their 20 overs.', ['organization:Sri Lanka']],
    ['[[L Australia]] were 45/3 at lunch.', ['organization:Australia']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No total; a football score; a number before "for" and no wickets; a year.
    ['[[L Pakistan]] reached a deal with the [[O IMF]].', ['place:Pakistan', 'organization:IMF']],
    ['[[L Brazil]] made 2-1 look easy.', ['place:Brazil']],
    ['Exports from [[L India]] reached 12 for every 100 tonnes.', ['place:India']],
    ['[[L Turkey]] reached 10-year highs.', ['place:Turkey']],
    // mendN55 (a name reviewer): "for N" before a noun, a percent range, a common word read as nothing.
    ['Temperatures reached 40 for three days in [[L Seville]].', ['place:Seville']],
    ['Gusts reached 70 for two hours on the coast.', []],
    ['[[L Arizona]] reached 118 for five days last week, forecasters said.', ['place:Arizona']],
    ['Turnout reached 210 for four straight elections.', []],
    ['[[L Ohio]] reached 45 for two days of talks.', ['place:Ohio']],
    ['Prices were 20-5 percent below.', []],
    ['Losses were 187-6 in the model.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it('takes a city the map knows before the nickname into the side', () =>
    expect(rulesOn('Chennai Super Kings won by six wickets.')).toEqual(['organization:Chennai Super Kings']));
});

describe('organisation.lawyers-at with an ampersand', () => {
  it.each([['Lawyers at [[L:0.42 Sullivan]] & Cromwell advised the board.', ['organization:Sullivan & Cromwell']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    // A lowercase word after the ampersand; no firm at all.
    ['Lawyers at [[L:0.42 Dentons]] & the union met.', ['organization:Dentons']],
    ['Lawyers at the firm & its bankers met.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('apposition.org-noun-after: a service, a hyphened name', () => {
  it.each([['Météo-France, the weather service, put 12 departments on alert.', ['organization:Météo-France']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    // A person's role; a place the map knows; a service word going on into a role.
    ['Jean-Luc, the waiter, smiled.', []],
    ['[[L Dover]], the ferry service, was busy.', ['place:Dover']],
    ['[[P Anna Berg]], a health service manager, spoke.', ['person:Anna Berg']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe("sport.town-club-action: a club's own coach or manager", () => {
  it.each([
    ['[[L:0.28 Kilmarnock]] sacked its manager on Sunday.', ['organization:Kilmarnock']],
    ['Feyenoord sacked its coach after four defeats.', ['organization:Feyenoord']],
    ['Toulouse appointed their new head coach on Friday.', ['organization:Toulouse']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Another object; "his"; a country; a town after a locative; a given name; a sure reading.
    ['[[L Dallas]] hired its new city manager in June.', ['place:Dallas']],
    ['[[P Smith]] sacked his manager last week.', ['person:Smith']],
    ['[[L Germany]] sacked its coach after the World Cup.', ['place:Germany']],
    ['Police in [[L Leeds]] sacked its manager.', ['place:Leeds']],
    ['Jordan sacked its coach.', []],
    ['[[P:0.9 Ferguson]] sacked its coach.', ['person:Ferguson']],
    // mendN55 (a name reviewer): a town hires or appoints a manager too, outside a sports report.
    ['[[L Alexandria]] hired its new manager, a former budget director.', ['place:Alexandria']],
    ['[[L Springfield]] appointed its new manager after the council vote.', ['place:Springfield']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
