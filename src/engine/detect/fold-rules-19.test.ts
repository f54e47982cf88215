/**
 * The rows of lexicon/fold-patterns-19.ts (helper ents36c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('name.opening-conjunction', () => {
  it.each([
    ["[[P While Poisson]]'s report was late.", ['person:Poisson']],
    ['[[P Yet Okafor]] said nothing.', ['person:Okafor']],
    ['[[P Though Maria Castellanos]] denied it, the report stood.', ['person:Maria Castellanos']],
    ['The vote passed. [[O Although Siemens]] objected, the deal went on.', ['organization:Siemens']],
    // After a note mark or a quote, still the sentence's first word.
    ['He wrote to the academy. [16] [[P While Poisson]] waited, the paper was lost.', ['person:Poisson']],
    ['"[[P Yet Okafor]] never called," she said.', ['person:Okafor']],
    // Not at a sentence's opening, a one-word name, a word the row does not take.
    ['He left [[P While Poisson]] stayed.', ['person:While Poisson']],
    ['[[P While]] the vote passed.', ['person:While']],
    ['[[P Then Okafor]] said nothing.', ['person:Then Okafor']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('name.numbered-division', () => {
  it.each([
    ['The harm is not what [[P Article III]] demands.', []],
    ['It applies to any [[L Title IV]] provision.', []],
    ['Firms are shielded by [[P:0.5 Section 230]] of the act.', []],
    ['Colleges must follow [[P Title IX]], and [[L Chapter 11A]] was cited.', []],
    // A group named after an article, a regnal name, a longer name, a word the row does not take.
    ['The free-speech group [[O Article 19]] said the law was vague.', ['organization:Article 19']],
    ['[[P Henry VIII]] had six wives.', ['person:Henry VIII']],
    ['[[O Title Nine Sports]] opened a store.', ['organization:Title Nine Sports']],
    ['Fans of [[O Apollo 11]] gathered.', ['organization:Apollo 11']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.currency-prefix', () => {
  it.each([
    ['Damages reached [[L US]]$ 10 billion.', []],
    ['Revenue was [[L HK]]$3 billion and [[L:0.5 NZ]]$2 million.', []],
    // A space before the sign, a longer name, the letters alone.
    ['Exports to the [[L US]] $10 billion.', ['place:US']],
    ['Exports to the [[L US]] rose.', ['place:US']],
    ['Shares of [[O Acme Holdings]]$ rose.', ['organization:Acme Holdings']],
    // A longer name the letters end loses them and keeps the rest (widened, stop 61).
    ['The court fined [[O Qantas Airways A]]$80 million.', ['organization:Qantas Airways']],
    ['The board paid [[O:0.6 Cathay Pacific HK]]$3 billion.', ['organization:Cathay Pacific']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.saint-named-alone', () => {
  it.each([
    ['[[P Jerome]] wrote. He is known as [[L Saint Jerome]].', ['person:Jerome', 'person:Jerome']],
    ['[[P Jerome]] wrote. [[L:0.6 St. Jerome]] in His Study is a painting.', ['person:Jerome', 'person:Jerome']],
    ['[[P Jerome]] wrote. [[O St Jerome]] in the Desert.', ['person:Jerome', 'person:Jerome']],
    // No one-word person of that word, a longer name, a person already.
    [
      'The team flew to [[L St. Louis]], where [[P Louis Armstrong]] played.',
      ['place:St. Louis', 'person:Louis Armstrong'],
    ],
    ['[[P Paul]] spoke. He moved to [[L St. Paul Island]].', ['person:Paul', 'place:St. Paul Island']],
    ['[[P Jerome]] wrote. [[P Saint Jerome]] prayed.', ['person:Jerome', 'person:Saint Jerome']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('name.observance-month', () => {
  it.each([
    ['October is [[O National Magic Month]] in the [[L United States]].', ['place:United States']],
    ['Schools marked [[L:0.5 Black History Month]] on Monday.', []],
    // One word, another last word, a person.
    ['[[O Month]] sold well.', ['organization:Month']],
    ['Readers of [[O Kamloops This Week]] wrote in.', ['organization:Kamloops This Week']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
