/**
 * The rows of lexicon/news-leftovers-7.ts (helper ents31b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. The
 * sentences are our own, not the review texts'. (The rows' examples run through the whole engine
 * in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.known-in-language-as', () => {
  it.each([
    ['The island, known in Irish as [[P:0.48 Inis Mór]], has 800 residents.', ['place:Inis Mór']],
    // Unread, a particle inside, the language read as a place.
    ['The valley, known in [[L:0.4 Romansh]] as Val da Camp, floods each spring.', ['place:Val da Camp']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A person, a body (its own row), no "the" before the noun, a name a rule decided.
    ['The poet, known in Welsh as [[P Hedd Wyn]], died in 1917.', ['person:Hedd Wyn']],
    ['Our island, known in Irish as [[P:0.48 Inis Mór]], is small.', ['person:Inis Mór']],
    ['The island known in Irish as [[P:0.48 Inis Mór]] is small.', ['person:Inis Mór']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.federal-state-named-state', () => {
  it.each([
    ['The [[O:0.98 Lagos State]] government said so.', ['place:Lagos State']],
    ['He won the governorship of [[O:0.59 Abia State]] on Saturday.', ['place:Abia State']],
    ['Gunmen struck in [[P:0.5 Kaduna State]] overnight.', ['place:Kaduna State']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // An American university, no word of where or of government, a country, a longer name.
    ['Fans of [[O Kent State]] cheered in [[L Ohio]].', ['organization:Kent State', 'place:Ohio']],
    ['[[O Lagos State]] beat [[O Ogun State]] 2-1.', ['organization:Lagos State', 'organization:Ogun State']],
    ['The [[O Mexico State]] government met.', ['organization:Mexico State']],
    ['She studied at [[O Lagos State University]].', ['organization:Lagos State University']],
    ['The coach of [[O Lagos State]] resigned.', ['organization:Lagos State']],
    ['Fans in [[O Georgia State]] colours sang.', ['organization:Georgia State']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.heritage-designation-alone', () => {
  it.each([
    ['The reef was named a [[L:0.46 World Heritage Site]] in 1981.', []],
    ['It joined the [[O World Heritage List]] in 2004.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // The body of the designation, a longer name, a name a rule decided.
    ['The forest is a [[L UNESCO World Heritage Site]].', ['organization:UNESCO']],
    [
      'The [[O World Heritage Site Trust]] met in [[L Bath]].',
      ['organization:World Heritage Site Trust', 'place:Bath'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
