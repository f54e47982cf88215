/**
 * The rows of lexicon/news-leftovers-16.ts (helper ents40b) and this round's changes to older rows:
 * each rule on tagger output written by hand, with the sentences it must decide and ordinary news
 * sentences it must leave alone. The sentences are our own. (The rows' examples run through the
 * whole engine in lexicon/rows.test.ts' late tables; the probe texts in lexicon-gaps-40b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.common-opening-body', () => {
  it.each([
    ['Friends of the Earth called the plan a disaster.', ['organization:Friends of the Earth']],
    ['Club for Growth paid for the ads.', ['organization:Club for Growth']],
    ['The ads began. Save the Rhino raised money.', ['organization:Save the Rhino']],
    ['[[L:0.4 Friends]] of the Irish Environment lost.', ['organization:Friends of the Irish Environment']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // The cause lowercase; a person the model read; a given name; a place the map knows; not at a
    // sentence's start; a capitalised run going on; no lowercase word after.
    ['Friends of the couple said they had left.', []],
    ['Save the planet, the banners read.', []],
    ['Friends of [[P Boris Johnson]] said he would stay.', ['person:Boris Johnson']],
    ['Friends of Maria said she had left.', []],
    ['Friends of [[L Kenya]] said aid would rise.', ['place:Kenya']],
    ['Friends of [[L:0.5 Antigua]] and Barbuda met.', ['place:Antigua']],
    ['Citizens of Antigua and Barbuda need visas.', []],
    ['He said Friends of the Earth called.', []],
    ['Club members voted to raise fees.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.slash-club', () => {
  it.each([
    ['[[O Bodø]]/Glimt won the league.', ['organization:Bodø/Glimt']],
    ['[[O Rosenborg]] drew 1-1 with [[O Bodø]]/Glimt.', ['organization:Rosenborg', 'organization:Bodø/Glimt']],
    // Opening a paragraph (the lead, stop 51).
    [
      '[[O Molde]] won.\n\n[[L:0.47 Bodø]]/Glimt were held 1-1 at home.',
      ['organization:Molde', 'organization:Bodø/Glimt'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No sport in the sentence; a slash with spaces; a longer run on either side.
    ['Talks on [[L Ukraine]]/[[L Russia]] trade ended.', ['place:Ukraine', 'place:Russia']],
    ['[[O Bodø]] / Glimt won the league.', ['organization:Bodø']],
    ['The [[O Premier League]]/Harwell row over the cup went on.', ['organization:Premier League']],
    ['The cup went on.\nPremier League/Harwell row over the 2-1 cup.', ['organization:Premier League']],
    // The second word read as a name of its own: two clubs.
    [
      'Fans of the [[O Everton]]/[[O Spurs]] sides protested after the 2-1 defeat.',
      ['organization:Everton', 'organization:Spurs'],
    ],
    // Two pollsters the engine knows, or a poll after them: the poll's figures read as a score.
    // No clubs (no sport); the pollsters are organisation.maker-before-poll's (fold-rules-25.ts).
    ['A Reuters/Ipsos poll put her ahead 51-40.', ['organization:Ipsos']],
    ['A Harwell/Marsden poll put her ahead 51-40.', ['organization:Harwell', 'organization:Marsden']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.possessive-trade-name', () => {
  it.each([
    ["Shares of [[P:0.38 Casey]]'s General Stores rose.", ["organization:Casey's General Stores"]],
    ["Dick's Sporting Goods cut its forecast.", ["organization:Dick's Sporting Goods"]],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // The owner a body or a place; a name before the plural; no trade plural; a longer name before it.
    ["[[O Walmart]]'s Sporting Goods arm grew.", ['organization:Walmart']],
    ["[[L Britain]]'s Co-op Foods lost share.", ['place:Britain']],
    ["Kroger's Ralphs Stores were sold.", []],
    ["[[P Casey]]'s brother said he was safe.", ['person:Casey']],
    ["[[P Anne Casey]]'s General Stores rose.", ['person:Anne Casey']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.fraternal-lodge', () => {
  it.each([
    ['The [[L Pine Ridge]] Elks will host a dinner.', ['organization:Pine Ridge Elks']],
    ['The [[O:0.5 Cedar Falls]] Moose Lodge raised money.', ['organization:Cedar Falls Moose Lodge']],
    ['Members of the Harlow Kiwanis Club met.', ['organization:Harlow Kiwanis Club']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // No town before "Elks"; a lodge of no order; a run going on past the head.
    ['The Elks lodge burned down.', []],
    ['The [[L Pine Lodge]] hotel reopened.', ['place:Pine Lodge']],
    ['The [[O Harlow Rotary Club Trust]] met.', ['organization:Harlow Rotary Club Trust']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.lawyers-at', () => {
  it.each([
    ['Lawyers at [[L:0.46 Kromann Reumert]] declined to comment.', ['organization:Kromann Reumert']],
    ['The bankers at Harwell Crane were paid more.', ['organization:Harwell Crane']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A place the map knows; a place the model is sure of; a venue; a given name; a word of the language.
    // (organisation.law-firm-frame reads "lawyers at" too; these use "bankers" and "auditors".)
    ['Bankers at [[L:0.6 Paris]] firms were busy.', ['place:Paris']],
    ['Bankers at [[L:0.8 Kromann Reumert]] declined.', ['place:Kromann Reumert']],
    ['Auditors at the Old Bailey heard the case.', []],
    ['Bankers at [[P:0.45 Maria Lund]] said no.', ['person:Maria Lund']],
    ['Partners at Large said no.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.known-acronym: EU, IRGC, IDF, ICRC (ents40b)', () => {
  it.each([
    ['The EU vaccine plan was approved.', ['organization:EU']],
    ['Sanctions target the IRGC missile programme.', ['organization:IRGC']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // An acronym the row does not list.
    ['The MRI scan showed no damage.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.and-complement: a place is no field (ents40b)', () => {
  it.each([['The [[O University of Oslo]] and Equinor signed a deal.', ['organization:University of Oslo']]])(
    '%s',
    (text, expected) => expect(rulesOn(text)).toEqual(expected),
  );
  it.each([
    [
      'The [[O Ministry of Health]] and Social Care said lists fell.',
      ['organization:Ministry of Health and Social Care'],
    ],
    [
      'The [[O Centre for Strategic]] and International Studies said so.',
      ['organization:Centre for Strategic and International Studies'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.own-language-head: union and front heads, two particles in a row (ents40b)', () => {
  it.each([
    ['Unión por [[P:0.71 la Patria]] said the result was a warning.', ['organization:Unión por la Patria']],
    ['[[P:0.68 Frente de Todos]] lost its majority.', ['organization:Frente de Todos']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A person the model is sure of; the head inside a person's name.
    ['[[P:0.96 Ana Frente]] said she would run.', ['person:Ana Frente']],
    ['[[P Carlos Unión]] said so.', ['person:Carlos Unión']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
