/**
 * The rows of lexicon/blind-news-30.ts: each rule on tagger output written by hand, with the
 * readings it must decide and ordinary news sentences it must not fire on. The sentences are our
 * own, not the batches'. (The rows' examples run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.trade-noun-before', () => {
  it.each([
    [
      'Rates rose, said an analyst at shipbroker Kelmar in [[L Singapore]].',
      ['organization:Kelmar', 'place:Singapore'],
    ],
    ['He founded consultancy [[L:0.4 Tarn Analytics]] in 2009.', ['organization:Tarn Analytics']],
    ['The carmaker [[P:0.45 Drovic]] cut output.', ['organization:Drovic']],
    // A given name, a sure person, a place the map knows, a name that runs on, a trade noun capitalised.
    ['He spoke to builder [[P Mark Jones]] on Monday.', ['person:Mark Jones']],
    ['Shares in carmaker [[P:0.8 Harlan]] fell.', ['person:Harlan']],
    ['The coal miner [[P:0.5 Jenkins]] said so.', ['person:Jenkins']],
    ['The utility [[L:0.5 Texas]] said prices would rise.', ['place:Texas']],
    ['The former trader [[P John Smith]] was jailed.', ['person:John Smith']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-frame', () => {
  it.each([
    ['The trading arm of [[P:0.35 Kestrova]] booked ships.', ['organization:Kestrova']],
    ['Traders at [[L:0.46 Veltor]] said the market was thin.', ['organization:Veltor']],
    ['Two ships were booked, data from [[L:0.3 Vantrix]] showed.', ['organization:Vantrix']],
    // "data from" without a verb of showing, a place the map knows, a sure reading, a given name.
    ['She used data from [[L:0.4 Vantrix]] in her paper.', ['place:Vantrix']],
    ['Exports fell, data from [[L:0.5 China]] showed.', ['place:China']],
    ['Traders at [[P:0.9 Kestrova]] said so.', ['person:Kestrova']],
    ['Traders at [[P:0.5 Maria]] said so.', ['person:Maria']],
    [
      "It is a unit of [[P:0.5 Harlan Vosk]]'s [[O Kestrel Group]].",
      ['person:Harlan Vosk', 'organization:Kestrel Group'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.body-tail-word', () => {
  it.each([
    ['The Baltic Cable Consortium said on Monday.', ['organization:Baltic Cable Consortium']],
    ['[[P:0.6 Torvik Lab]] launched a rocket.', ['organization:Torvik Lab']],
    ['She told the radio station [[L:0.42 Joy FM]] so.', ['organization:Joy FM']],
    ['A doctor at [[L:0.61 Karolinska Institutet]] said so.', ['organization:Karolinska Institutet']],
    ['The Las Vegas Review-Journal projected the winner.', ['organization:Las Vegas Review-Journal']],
    ['Shares in [[P:0.44 Harmon Electronics]] rose.', ['organization:Harmon Electronics']],
    // A sentence's common first word the model left out of the firm (fold rows 29, ents57c); one
    // the model read with the firm stays.
    ['Rival [[O:0.46 Harmon Electronics]] apologised.', ['organization:Harmon Electronics']],
    ['Rocket Lab said the launch slipped.', ['organization:Rocket Lab']],
    // A given name first, a tail that does not end the run, one word alone, after "a", a rule's name.
    ['[[P Julia Lab]] said she was tired.', ['person:Julia Lab']],
    // A title and a given name inside (review, stop 51).
    ['Dr. [[P:0.6 Maria Chen]] Lab members presented results.', ['person:Maria Chen']],
    ['The [[O Lab Services]] office shut.', ['organization:Lab Services']],
    ['The [[O Lab]] said the tests were clear.', ['organization:Lab']],
    ['Farmers Against a Weapons Lab', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.building-tail', () => {
  it.each([
    ['Reporters waited at the [[O Idaho State Capitol]].', ['place:Idaho State Capitol']],
    ['The rocket lifted off from [[L Launch Complex]] 2 at noon.', ['place:Launch Complex 2']],
    ['The Sports Complex 4 is shut.', ['place:Sports Complex 4']],
    // One word alone, no number after "Complex", a given name first.
    ['Fans gathered outside the Capitol on Tuesday.', []],
    ['The [[O Harwick Complex]] said it would close.', ['organization:Harwick Complex']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.full-name-opening', () => {
  it.each([
    [
      '[[O Korvex Electronics]] forecast profit. [[L:0.45 Korvex]] had trailed its rivals.',
      ['organization:Korvex Electronics', 'organization:Korvex'],
    ],
    [
      '[[O Korvex Electronics]] rose. Shares in [[L:0.45 Korvex]] rose too.',
      ['organization:Korvex Electronics', 'organization:Korvex'],
    ],
    // A place the map knows, a word written after "in" elsewhere, a surer place reading, a sure one.
    ['[[O Texas Instruments]] rose. [[L:0.5 Texas]] had rain.', ['organization:Texas Instruments', 'place:Texas']],
    [
      '[[O Harnby Copper]] rose. Miners in [[L:0.5 Harnby]] struck. [[L:0.5 Harnby]] is quiet.',
      ['organization:Harnby Copper', 'place:Harnby', 'place:Harnby'],
    ],
    [
      'The council of [[L:0.8 Harnby]] met. The [[O Harnby Party]] voted. [[L:0.5 Harnby]] votes.',
      ['place:Harnby', 'organization:Harnby Party', 'place:Harnby'],
    ],
    [
      '[[O Korvex Electronics]] rose. [[L:0.7 Korvex]] had trailed.',
      ['organization:Korvex Electronics', 'place:Korvex'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
