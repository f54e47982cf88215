/**
 * The rows of lexicon/possessive-names.ts: the sentences each rule must decide on tagger output
 * written by hand, and ordinary news sentences it must leave alone. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.possessive-institution', () => {
  it.each([
    ["An epidemiologist at King's [[P:0.5 College London]] disagreed.", ["organization:King's College London"]],
    ["She studied at Queen's [[O:0.5 University Belfast]].", ["organization:Queen's University Belfast"]],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // The possessor is a name of its own; a longer name before it; a common word opening the sentence;
    // no institution word in the name; a lowercase institution word.
    [
      "[[O Harvard]]'s [[O Kennedy School]] hosted the debate.",
      ['organization:Harvard', 'organization:Kennedy School'],
    ],
    ["St John's [[O:0.6 College Chapel]] was full.", ['organization:College Chapel']],
    ["Today's [[O:0.5 School Board]] meeting ran late.", ['organization:School Board']],
    ["The fans sang at Mother's [[O:0.5 Day Parade]].", ['organization:Day Parade']],
    ["Britain's [[O:0.6 Labour Party]] won the vote.", ['organization:Labour Party']],
    // A person's possessive before a whole institution's name (review, stop 50).
    ["Chen's [[O:0.9 Stanford University]] lab published the study.", ['organization:Stanford University']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.eponymous-disease', () => {
  it.each([
    ["Seven million people live with [[P:0.5 Alzheimer]]'s disease.", []],
    ['The boy has [[P:0.5 Crohn]] disease.', []],
    ["[[O:0.4 Parkinson]]'s disease affects one million people.", []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A place; a capitalised "Disease" in a body's name; a name of two words; a person before another noun.
    ["[[L Africa]]'s disease burden is the heaviest.", ['place:Africa']],
    ["The [[O Parkinson's Disease Foundation]] raised money.", ["organization:Parkinson's Disease Foundation"]],
    ["[[P Anna Berg]]'s disease was diagnosed late.", ['person:Anna Berg']],
    ["[[P Berg]]'s doctor said she would recover.", ['person:Berg']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
