/**
 * The rows of lexicon/news-leftovers-17.ts (helper ents41b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts'
 * late tables; the probe texts in lexicon-gaps-41b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.and-country', () => {
  it.each([
    ['The [[O Bank of Antigua]] and [[L:0.42 Barbuda]] raised its rate.', ['organization:Bank of Antigua and Barbuda']],
    [
      'The Embassy of [[L Trinidad]] and [[L Tobago]] in [[L Caracas]] closed.',
      ['organization:Embassy of Trinidad and Tobago', 'place:Caracas'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A country alone (the folds' gold splits it); places the map knows apart; no word read; a body and a country.
    ['The storm hit [[L:0.48 Trinidad]] and [[L:0.36 Tobago]] on Monday.', ['place:Trinidad', 'place:Tobago']],
    ['Flights to [[L London]] and [[L Paris]] resumed.', ['place:London', 'place:Paris']],
    ['Citizens of Antigua and Barbuda need visas.', []],
    [
      'The [[O University of Oslo]] and [[L Grenada]] signed a deal.',
      ['organization:University of Oslo', 'place:Grenada'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.results-line', () => {
  it.each([
    [
      'Results: [[L Plymouth Argyle 2]] [[L Hull City 1]], [[P:0.34 Preston North]] End 0 [[L Luton Town 0]].',
      [
        'organization:Plymouth Argyle',
        'organization:Hull City',
        'organization:Preston North End',
        'organization:Luton Town',
      ],
    ],
    [
      'League: [[L Stoke City]] 1 [[L Sheffield Wednesday 3]]',
      ['organization:Stoke City', 'organization:Sheffield Wednesday'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Words of the language only; three digits; a sentence going on after the score; a sure person.
    ['Chapter 2 Section 4 explains the rule.', []],
    ['Windows 11 Office 365 bundles were cut.', []],
    ['[[L Liverpool]] 3 [[L Manchester]] 0 was the score.', ['place:Liverpool', 'place:Manchester']],
    ['[[P Anna Berg]] 2 [[P Eva Lund]] 1', ['person:Anna Berg', 'person:Eva Lund']],
    // A poll, a count or a medal table: no sport and no results label (review, stop 51).
    ['Poll: [[P:0.6 Harris]] 48 [[P:0.6 Trump]] 47, with 5 percent undecided.', ['person:Harris', 'person:Trump']],
    ['Medals: [[L China]] 38 [[L Japan]] 20.', ['place:China', 'place:Japan']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.university-campus', () => {
  it.each([
    [
      'She teaches at the [[O University of California]], [[O Irvine School of Law]].',
      ['organization:University of California, Irvine School of Law'],
    ],
    [
      'The [[O University of Wisconsin]]–[[P:0.46 Madison]] raised fees.',
      ['organization:University of Wisconsin–Madison'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A town alone after a comma or "at" (place.address-comma's convention and the folds'); a list
    // of bodies; a comma and a word that is no place; a person; a list of two bodies read as one.
    [
      'Researchers at the [[O University of California]], [[L Irvine]] found the gene.',
      ['organization:University of California', 'place:Irvine'],
    ],
    [
      'A study by the [[O University of North Carolina]] at [[L Chapel Hill]] found a link.',
      ['organization:University of North Carolina', 'place:Chapel Hill'],
    ],
    [
      'The [[O University of Oregon]], [[L Stanford]] and [[O Yale]] joined.',
      ['organization:University of Oregon', 'place:Stanford', 'organization:Yale'],
    ],
    [
      'He left the [[O University of Michigan]], then joined [[O Ford]].',
      ['organization:University of Michigan', 'organization:Ford'],
    ],
    [
      'Players from the [[O University of Kentucky]], [[P Smith]] said, were hurt.',
      ['organization:University of Kentucky', 'person:Smith'],
    ],
    [
      'The [[O University of Oxford]], [[O Cambridge and Imperial College]] led.',
      ['organization:University of Oxford', 'organization:Cambridge and Imperial College'],
    ],
    // A dash between two sides of a match (review, stop 51).
    [
      'Tickets for the [[O University of Michigan]]–[[O:0.5 Ohio State]] game sold out.',
      ['organization:University of Michigan', 'organization:Ohio State'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.town-pair', () => {
  it.each([
    [
      'Samples taken in [[L Sierra Vista]] and [[O:0.27/L:0.26 Bisbee]] that matched were sent.',
      ['place:Sierra Vista', 'place:Bisbee'],
    ],
    ['Police in [[L Nogales]] and [[P:0.49/L:0.21 Douglas]] said so.', ['place:Nogales', 'place:Douglas']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A doubtful first place; a sure body; a person named in full; a body the engine knows.
    [
      'Stakes in [[L:0.43 Glencore]] and [[O:0.4 Anglo American]] were sold.',
      ['place:Glencore', 'organization:Anglo American'],
    ],
    ['Staff in [[L Boston]] and [[O Goldman Sachs]] were told.', ['place:Boston', 'organization:Goldman Sachs']],
    [
      '[[P Michael Douglas]] has homes in [[L Aspen]] and [[P:0.45/L:0.3 Douglas]].',
      ['person:Michael Douglas', 'place:Aspen', 'person:Douglas'],
    ],
    ['Talks in [[L Geneva]] and [[O:0.4/L:0.3 NATO]] failed.', ['place:Geneva', 'organization:NATO']],
    ['They met in [[L Paris]] and [[P:0.45/L:0.3 Schmidt]], who chairs it, spoke.', ['place:Paris', 'person:Schmidt']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.administration-leader', () => {
  it.each([
    ['[[O:0.52 Biden]] administration official [[P Karen Lee]] said so.', ['person:Biden', 'person:Karen Lee']],
    ['The [[O:0.44 Obama]] administration said so.', ['person:Obama']],
    ['A [[O:0.5 Trump]] administration official spoke.', ['person:Trump']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A body the model is sure of; a demonym; an acronym; a place; a word of the language; a longer name.
    ['The [[O Taliban]] administration said so.', ['organization:Taliban']],
    ['The Kurdish administration said so.', []],
    ['The NHS administration grew.', ['organization:NHS']],
    ['The [[L Texas]] administration said so.', ['place:Texas']],
    ['The Federal administration said so.', []],
    ['The [[O Food and Drug]] administration said so.', ['organization:Food and Drug']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
