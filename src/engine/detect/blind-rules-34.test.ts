/**
 * The rows of lexicon/blind-news-34.ts (from batches 101 and 102): each rule on tagger output written
 * by hand, with the readings it must decide and ordinary news sentences it must not fire on. The
 * sentences are our own, not the batches'. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.trade-head-firm', () => {
  it.each([
    ['[[P:0.71 Aegean Star Ferries]] cancelled sailings.', ['organization:Aegean Star Ferries']],
    ['Grain moved by Prairie Northern Railway slowed.', ['organization:Prairie Northern Railway']],
    // A place the model read of the first words only, and a firm it read short.
    ['Ships of [[L:0.45 Nordic Coast]] Shipping waited.', ['organization:Nordic Coast Shipping']],
    ['Its owner, [[O Tasman]] Logistics, said so.', ['organization:Tasman Logistics']],
    ['A survey by [[P:0.37 Lakeshore Research]] found the same.', ['organization:Lakeshore Research']],
    // An opening word, a plural trade word opening the sentence, a hyphenated place modifier.
    ['The Harbour Global Container Terminals were idle.', ['organization:Harbour Global Container Terminals']],
    ['Railways Prairie Northern Railway and Coastline said so.', ['organization:Prairie Northern Railway']],
    ['It hired Lagos-based Zenfield Consulting.', ['organization:Zenfield Consulting']],
    // One common word, a name that goes on, a title-case headline, a weekday, a sure person, lowercase.
    ['Market Research is a growing field.', []],
    // The trade word row leaves it; organisation.word-before-country reads the whole name (lead, stop 63).
    ['Money went to Cancer Research UK.', ['organization:Cancer Research UK']],
    ['Strike Halts Greek Ferries\n\nShips stayed in port.', []],
    ['On Monday Freight was light.', []],
    ['[[P:0.95 Tom Ferries]] said so.', ['person:Tom Ferries']],
    ['Sailings by aegean star ferries were cancelled.', []],
    // mendN55 (a name reviewer): fields of study, a title or a degree before "of"/"in", a name going on past "and".
    ['Dr [[P Ana Ruiz]], Director of Clinical Research at the hospital, said so.', ['person:Ana Ruiz']],
    ['The course covered Machine Learning, Data Analytics and Operations Research.', []],
    ['Students in Applied Analytics and Political Research met.', []],
    ['The grant will fund Stem Cell Research.', []],
    ['She holds degrees in Big Data Analytics.', []],
    ['Atlantic Shipping and Trading said profits were up.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.hm-body', () => {
  it.each([
    ['[[P:0.57 HM Treasury]] declined to comment.', ['organization:HM Treasury']],
    ['HM Revenue and Customs said it would appeal.', ['organization:HM Revenue and Customs']],
    // A part a rule or the model read as an organisation, through "of" and "&".
    ['[[O HM Inspectorate]] of Probation said so.', ['organization:HM Inspectorate of Probation']],
    ['HM Courts & Tribunals Service said so.', ['organization:HM Courts & Tribunals Service']],
    ['Staff at [[O:0.5 HMP Ashgrove]] said so.', ['place:HMP Ashgrove']],
    ['He was moved to HMYOI Feltham in May.', ['place:HMYOI Feltham']],
    // A sovereign's style, nothing capitalised after it, a sure person, a rule's place.
    ['HM King Charles visited.', []],
    ['It was signed by HM. Nobody came.', []],
    ['[[P:0.95 HM Treasury]] said so.', ['person:HM Treasury']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.judicial-district', () => {
  it.each([
    [
      "The [[O U.S. Attorney's Office]] for the [[L:0.81 Middle District of Florida]] charged him.",
      ["organization:U.S. Attorney's Office for the Middle District of Florida"],
    ],
    [
      'The [[O U.S. District Court]] for the Eastern District of Texas ruled.',
      ['organization:U.S. District Court for the Eastern District of Texas'],
    ],
    // No court or office before it, a person, no state after "of".
    [
      'The [[O Sierra Club]] for the [[L Northern District of Ohio]] met.',
      ['organization:Sierra Club', 'place:Northern District of Ohio'],
    ],
    ['The [[O Court]] for the Western District of the state ruled.', ['organization:Court for the Western District']],
    [
      'The [[O Court]] for the [[L:0.8 Western District of Ohio]] ruled.',
      ['organization:Court for the Western District of Ohio'],
    ],
    [
      'The [[P Ann Office]] for the [[L:0.8 Western District of Ohio]] met.',
      ['person:Ann Office', 'place:Western District of Ohio'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
