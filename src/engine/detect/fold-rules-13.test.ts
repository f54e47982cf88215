/**
 * The rows of lexicon/fold-patterns-13.ts (helper ents22b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.quarter-word-place', () => {
  it.each([
    ['She spoke at La Fortaleza in Old [[L San Juan]] on Tuesday.', ['place:Old San Juan']],
    ['Offices in Lower [[L Manhattan]] closed early.', ['place:Lower Manhattan']],
    ['Farmers in Upper [[L Egypt]] protested.', ['place:Upper Egypt']],
    // Adversarial: the start of a sentence, a name running on into a body's, a capitalised word
    // before it, an idea rather than a town ("a New Russia", "Old Europe"), no place read, a
    // lowercase adjective.
    ['Old buildings in [[L San Juan]] were damaged.', ['place:San Juan']],
    ['Old [[L San Juan]] was quiet.', ['place:San Juan']],
    ['Officers of the Lower [[L Manhattan]] Development Corporation said.', ['place:Manhattan']],
    // A place the map does not know is left as the model read it.
    ['The church in New [[L Julfa]] was rebuilt.', ['place:Julfa']],
    ['He sat in the Royal Old [[L Trafford]] box.', ['place:Trafford']],
    ['Critics spoke of a New [[L Russia]] and of Old [[L Europe]].', ['place:Russia', 'place:Europe']],
    ['He met them in Upper [[O Manhattan]].', ['organization:Manhattan']],
    ['The old [[L San Juan]] district was quiet.', ['place:San Juan']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.article-place', () => {
  it.each([
    ['Deportivo lost 2-1 in A [[O:0.45 Coruña]] on Sunday.', ['place:A Coruña']],
    ['The ship docked in A [[L Coruña]].', ['place:A Coruña']],
    // Adversarial: the start of a sentence, a whole name the map does not know, a person, a longer name.
    ['A [[L Paris]] court ruled on Monday.', ['place:Paris']],
    ['The team from Los [[L Cedros]] won.', ['place:Cedros']],
    ['He spoke with El [[P Chapo]] on Monday.', ['person:Chapo']],
    ['The plant in La [[O Spezia Port Authority Group]] closed.', ['organization:Spezia Port Authority Group']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.and-joined-place', () => {
  it.each([
    [
      'In neighbouring [[O:0.42 Jammu]] and [[O:0.45 Kashmir]], which voted, turnout rose.',
      ['place:Jammu and Kashmir'],
    ],
    ['Saint [[P:0.5 Kitts]] and [[O:0.5 Nevis]] voted.', ['place:Saint Kitts and Nevis']],
    // A side a sports rule found keeps its type, the pair joined.
    [
      '[[L:0.36 Trinidad]] and [[O:0.66 Tobago]] beat [[O Jamaica]] 2-1. The striker scored twice in the 2-1 win. The goalkeeper made 11 saves in the match.',
      ['organization:Trinidad and Tobago', 'organization:Jamaica'],
    ],
    // Adversarial: a half read as a place (a list of countries names the halves apart), two places
    // the map knows only apart, a name running on past the pair, a person.
    ['Troops left Bosnia and [[L Herzegovina]] in 2004.', ['place:Herzegovina']],
    ['Citizens of Antigua and [[P:0.31 Barbuda]] need visas.', ['person:Barbuda']],
    [
      'Visas: [[L Antigua]] and [[P:0.31 Barbuda]], [[L Bosnia]] and [[L Herzegovina]].',
      ['place:Antigua', 'person:Barbuda', 'place:Bosnia', 'place:Herzegovina'],
    ],
    ['Trains run between [[L Jammu]] and [[L Delhi]].', ['place:Jammu', 'place:Delhi']],
    ['[[O Jammu and Kashmir Bank]] shares rose.', ['organization:Jammu and Kashmir Bank']],
    ['[[P Bosnia Smith]] and [[P Herzegovina Jones]] met.', ['person:Bosnia Smith', 'person:Herzegovina Jones']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
