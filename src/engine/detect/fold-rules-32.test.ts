/**
 * The rows of lexicon/fold-patterns-32.ts (helper ents61c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) The sentences are invented news; the take cases fail
 * with the rows off; the leave cases are ordinary news sentences the rows must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.and-partner', () => {
  it.each([
    // An unread body joined to one the model read.
    ['The drug is made by Pfizer and [[O:0.5 GSK]], the regulator said.', ['organization:Pfizer', 'organization:GSK']],
    ['Staff at Usdaw and the [[O:0.7 GMB]] said they would ballot.', ['organization:Usdaw', 'organization:GMB']],
    ['Volunteers from 350.org and [[O:0.6 Greenpeace]] marched.', ['organization:350.org', 'organization:Greenpeace']],
    // Leave: an acronym (a disease), a month, a common word opening the sentence, a person's
    // surname, a place the map knows, a longer name's tail after "of".
    ['Cases of SARS and [[O:0.4 MERS]] rose.', ['organization:MERS']],
    ['In March and [[O NATO]] talks stalled.', ['organization:NATO']],
    ['Yesterday and the [[O BBC]] agreed.', ['organization:BBC']],
    [
      '[[P John Okafor]] spoke. Okafor and the [[O BBC]] agreed.',
      ['person:John Okafor', 'person:Okafor', 'organization:BBC'],
    ],
    ['Leeds and the [[O EU]] agreed.', ['organization:EU']],
    ['Coffee is grown around Mbarara and [[O:0.4 Kisoro]].', ['organization:Kisoro']],
    ['He leaves two sons, Tariq and [[O:0.4 Samir]].', ['organization:Samir']],
    ['The Ministry of Health and [[O Unicef]] agreed.', ['organization:Ministry of Health', 'organization:Unicef']],
    // A run opening the sentence, a legal form after "&" (stop 61's review and whole-suite run; a
    // run before a body's acronym too: "Macron and the EU", stop 62's review).
    ['"We will not back down." Usdaw and the [[O:0.7 GMB]] said so.', ['organization:GMB']],
    ['Macron and the [[O EU]] are at odds over the deal.', ['organization:EU']],
    ['Goldsmith and the [[O Second Circuit]] say no.', ['organization:Second Circuit']],
    [
      'It was advised by [[O JPMorgan Chase]] & Co. and [[O Deutsche Bank]].',
      ['organization:JPMorgan Chase', 'organization:Deutsche Bank'],
    ],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('organisation.plural-head-not-person', () => {
  it.each([
    [
      'Agents from [[P:0.79 Homeland Security Investigations]] made the arrest.',
      ['organization:Homeland Security Investigations'],
    ],
    [
      'A spokesman for [[P:0.6 Child Protective Services]] declined to comment.',
      ['organization:Child Protective Services'],
    ],
    // Leave: one word, a person whose last word is no plural head, a rule's person.
    ['[[P:0.6 Services]] resumed on Monday.', ['person:Services']],
    ['[[P Maria Rivers]] said the talks went well.', ['person:Maria Rivers']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('organisation.party-for', () => {
  it.each([
    [
      "The [[O:0.58 People's Party]] for Freedom in the Netherlands agreed.",
      ["organization:People's Party for Freedom", 'place:Netherlands'],
    ],
    ['The [[O Movement]] for Democratic Change won in Harare.', ['organization:Movement for Democratic Change']],
    [
      "The [[O People's Party]] for Freedom and Democracy led the polls.",
      ["organization:People's Party for Freedom and Democracy"],
    ],
    // Leave: a lowercase word after "for", another head, a name already read after "for".
    ['The [[O Labour Party]] for the first time won the seat.', ['organization:Labour Party']],
    ['The [[O Green Party]] for [[L Scotland]] said no.', ['organization:Green Party', 'place:Scotland']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('organisation.celtic-institution', () => {
  it.each([
    ['She teaches at [[L:0.44 Ysgol]] y Berwyn in Bala.', ['organization:Ysgol y Berwyn']],
    ['Pupils at Ysgol Gymraeg Aberystwyth sat exams.', ['organization:Ysgol Gymraeg Aberystwyth']],
    ['He studied at [[L:0.5 Coláiste]] na Rinne as a boy.', ['organization:Coláiste na Rinne']],
    // Leave: the head with no name after it.
    ['The word ysgol means school; Ysgol is written first.', []],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('name.town-before-head', () => {
  it.each([
    [
      'In 1980 she founded the [[L:0.54 Utrecht]] Baroque Ensemble, which she led.',
      ['organization:Utrecht Baroque Ensemble'],
    ],
    ['Nurses at [[L:0.63 Great Ormond Street]] Hospital voted to strike.', ['place:Great Ormond Street Hospital']],
    ['Staff at [[L Leeds]] General Infirmary were thanked.', ['place:Leeds General Infirmary']],
    // Leave: a longer name after the head, a place a rule or nobody read, no head.
    ['The [[L London]] Hospital Trust said beds were full.', ['place:London']],
    ['She played with the [[L Berlin]] Philharmonic Orchestra.', ['place:Berlin']],
    ['He grew up in [[L Leeds]] Town Centre.', ['place:Leeds']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.possessive-government', () => {
  it.each([
    [
      "VICTORIA — [[P:0.8 British Columbia]]'s legislature passed the bill.",
      ['place:VICTORIA', 'place:British Columbia'],
    ],
    ["[[P:0.7 New Brunswick]]'s premier called an election.", ['place:New Brunswick']],
    // Leave: a person the map does not know, a possessed word that is no government's.
    ["[[P Sarah Okoye]]'s government fell.", ['person:Sarah Okoye']],
    // No government here; place.region-not-person (ents63c) reads the region a place.
    ["[[P:0.8 British Columbia]]'s song was played.", ['place:British Columbia']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
