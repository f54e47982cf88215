/**
 * The rows of lexicon/fold-patterns-18.ts (helper ents28b) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.sea-without-kind', () => {
  it.each([
    ['The ships were seen on the Baltic on Tuesday.', ['place:Baltic']],
    ['Tankers in the Baltic and the [[L North Sea]] were inspected.', ['place:Baltic', 'place:North Sea']],
    ['Drills were held in the Baltic.', ['place:Baltic']],
    // A noun after it, a capital "The", a word of the language, a name already read, no sea of that name.
    ['The Baltic states and the Baltic coast.', []],
    ['Baltic ministers met. The Baltic is cold.', []],
    ['Ships left the Red on Friday.', []],
    ['Shares of the [[O:0.6 Baltic]] fell.', ['organization:Baltic']],
    ['Crowds at the Forum cheered.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

/**
 * Review (ents28b): an older row seen misfiring on ordinary wire sentences — a place after a
 * sentence-opening "In"/"From" is no person before an apposition of the source ("a doctor at …").
 */
describe('review (ents28b): person.name-then-person-apposition', () => {
  it.each([
    ['In [[L:0.5 Wad Madani]], a doctor at the main hospital said 40 people had died.', ['place:Wad Madani']],
    ['From Deir Hafer, a farmer said the crops had failed.', []],
    // Still a person: no preposition of where before the name.
    ['Dorji Wangmo, a farmer, lost his crops.', ['person:Dorji Wangmo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review (ents28b): person.name-then-person-apposition, an attribution', () => {
  it.each([
    // ", a spokesman said," attributes the sentence; it says nothing of the name before it.
    ['[[O:0.6 Scotland Yard]], a spokesman said, has opened an inquiry.', ['organization:Scotland Yard']],
    // Still a person: the apposition ends the phrase.
    ['Dorji Wangmo, a spokesman, said the road was shut.', ['person:Dorji Wangmo']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
