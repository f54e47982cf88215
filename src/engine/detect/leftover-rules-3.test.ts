/**
 * The rows of lexicon/news-leftovers-3.ts (helper ents29b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.compass-site', () => {
  it.each([
    ['Output at [[O:0.94 Kamoa North]] rose 12%.', ['place:Kamoa North']],
    ['Its two mines, [[P:0.44 Chambishi West]] and [[L Mimbula]], rose 6%.', ['place:Chambishi West', 'place:Mimbula']],
    // A given name, a sure person, an acronym, a word of the language, a place the map knows.
    ['[[P:0.45 Oliver North]] testified.', ['person:Oliver North']],
    ['[[P:0.9 Cornel West]] spoke.', ['person:Cornel West']],
    ['[[O BBC North]] said so.', ['organization:BBC North']],
    ['[[O Air North]] cut flights.', ['organization:Air North']],
    ['[[O Sydney West]] won.', ['organization:Sydney West']],
    // Three words, and a first word that opens a person of the article.
    ['[[O Kamoa North Holdings]] rose.', ['organization:Kamoa North Holdings']],
    ['[[P Douglass Smith]] met [[P:0.4 Douglass North]].', ['person:Douglass Smith', 'person:Douglass North']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
