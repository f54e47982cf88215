/**
 * The rows of lexicon/blind-news-31.ts: each rule on tagger output written by hand, with the
 * readings it must decide and ordinary news sentences it must not fire on. The sentences are our
 * own, not the batches'. (The rows' examples run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.known-as', () => {
  it.each([
    [
      'Talks were led by the [[O Nordic Dockworkers Federation]], known as [[L:0.55 Nordok]], on Monday.',
      ['organization:Nordic Dockworkers Federation', 'organization:Nordok'],
    ],
    [
      'The [[O Federal Security Service]] (known as the FSB) said so.',
      ['organization:Federal Security Service', 'organization:FSB'],
    ],
    // No organisation before the comma, a sure person, a given name.
    ['The singer, known as [[P:0.45 Adele]], sang.', ['person:Adele']],
    [
      'The [[O Harbor Union]], known as [[P:0.9 Kessler]] in town, met.',
      ['organization:Harbor Union', 'person:Kessler'],
    ],
    ['The [[O Harbor Union]], known as [[P:0.5 Maria]] to all, met.', ['organization:Harbor Union', 'person:Maria']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.agency-apposition', () => {
  it.each([
    [
      'Rescuers from [[L:0.41 Tarvanas]], the national search and rescue agency, reached the village.',
      ['organization:Tarvanas'],
    ],
    ['[[P:0.5 Ofram]], the water regulator, said bills would rise.', ['organization:Ofram']],
    // "of" before the head, a possessive, a place the map knows, a sure person.
    ['[[P:0.55 Harlow]], the head of the agency, said so.', ['person:Harlow']],
    ["[[P:0.55 Harlow]], the agency's director, resigned.", ['person:Harlow']],
    ['[[L:0.5 Texas]], the state regulator, said so.', ['place:Texas']],
    ['[[P:0.9 Brenner]], a former agency, said so.', ['person:Brenner']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ministry-fields-and', () => {
  it.each([
    [
      'The [[O Ministry of Electronics]] and [[O:0.96 Information Technology]] said so.',
      ['organization:Ministry of Electronics and Information Technology'],
    ],
    [
      'The Directorate General of [[O Civil Aviation]] closed the airspace.',
      ['organization:Directorate General of Civil Aviation'],
    ],
    // A firm after "and", a body of its own after "and", no "of" after the head.
    [
      'The [[O Department of Justice]] and [[P:0.9 Lockheed Martin]] settled.',
      ['organization:Department of Justice', 'person:Lockheed Martin'],
    ],
    [
      'The [[O Ministry of Finance]] and [[O Central Bank]] met.',
      ['organization:Ministry of Finance', 'organization:Central Bank'],
    ],
    [
      'The [[O Health Ministry]] and [[O Social Services]] met.',
      ['organization:Health Ministry', 'organization:Social Services'],
    ],
    ['The [[O Directorate]] said General [[P Lee]] would attend.', ['organization:Directorate', 'person:Lee']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.and-split', () => {
  it.each([
    [
      '[[O Harlow University and Harlow Health]] said they would merge.',
      ['organization:Harlow University', 'organization:Harlow Health'],
    ],
    [
      'Plants of [[O Korvex Electronics and Tarn Technology]] opened.',
      ['organization:Korvex Electronics', 'organization:Tarn Technology'],
    ],
    [
      'It favoured [[O Kestrel Group]], [[O Marlow Group and Vendara]] most.',
      ['organization:Kestrel Group', 'organization:Marlow Group', 'organization:Vendara'],
    ],
    // One-word sides, a field with "of", no list before, a side of words of the language.
    ['[[O Johnson and Johnson]] rose.', ['organization:Johnson and Johnson']],
    // The same first word but no body's head on either side (two areas, not bodies).
    ['The [[O Jola Bulof and Jola Fonye]] areas lie north.', ['organization:Jola Bulof and Jola Fonye']],
    [
      'The [[O Institute of Electronics and Information Technology]] met.',
      ['organization:Institute of Electronics and Information Technology'],
    ],
    ['[[O Marlow Group and Vendara]] bid.', ['organization:Marlow Group and Vendara']],
    [
      'It met [[O Kestrel Group]], [[O Marlow Group and Partners]] too.',
      ['organization:Kestrel Group', 'organization:Marlow Group and Partners'],
    ],
    ['[[O Pacific Gas and Electric]] cut power.', ['organization:Pacific Gas and Electric']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.public-schools', () => {
  it.each([
    ['The [[L:0.41 Marlow]] Public Schools board voted.', ['organization:Marlow Public Schools']],
    ['The vote came after the Tarnby City Schools board met.', ['organization:Tarnby City Schools']],
    // After "a", a given name first, no place word before "Schools".
    ['Members of a Public Schools coalition met.', []],
    ['[[P Maria]] Public Schools said so.', ['person:Maria']],
    ['The Schools Minister spoke.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.particle-before-given', () => {
  it.each([
    ['Een schilderij [[P van Clara van Wessel]] hangt hier.', ['person:Clara van Wessel']],
    // A surname after the particle, a capitalised particle.
    ['She met [[P van Gaal]] in Amsterdam.', ['person:van Gaal']],
    ['[[P Van Clara]] said so.', ['person:Van Clara']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.rating-code', () => {
  it.each([
    ["The agency kept the country's [[O:0.4 Baa2]] rating.", []],
    ['Fitch affirmed its [[L:0.5 A3]] grade.', []],
    // No word of rating in the sentence.
    ['Traffic was slow on the [[L:0.6 A1]] near Leeds.', ['place:A1']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.one-word-museum', () => {
  it.each([
    ['The Rijksmuseum bought a painting.', ['place:Rijksmuseum']],
    ['The [[P:0.5 Stadtmuseum]] will close.', ['place:Stadtmuseum']],
    // An organisation reading stands (the batches accept either), "Museum" alone, a longer name.
    ['The [[O Kunstmuseum]] will close.', ['organization:Kunstmuseum']],
    ['The Museum will close.', []],
    ['The [[O Kunstmuseum Basel]] will close.', ['organization:Kunstmuseum Basel']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.frame-and-firm', () => {
  it.each([
    [
      'Analysts at [[O Barclays]] and [[P:0.78 Standard Chartered]] said so.',
      ['organization:Barclays', 'organization:Standard Chartered'],
    ],
    // A given name, a sure person, no frame, a place the map knows.
    [
      'Analysts at [[O Barclays]] and [[P Maria Lopez]] of [[O Citi]] said so.',
      ['organization:Barclays', 'person:Maria Lopez', 'organization:Citi'],
    ],
    ['Analysts at [[O Barclays]] and [[P:0.9 Kessler]] said so.', ['organization:Barclays', 'person:Kessler']],
    ['Staff of [[O Barclays]] and [[P:0.6 Kessler]] said so.', ['organization:Barclays', 'person:Kessler']],
    ['Analysts at [[O Barclays]] and [[L:0.6 Texas]] agreed.', ['organization:Barclays', 'place:Texas']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('review mends of stop 52: times, opening words and places are no names', () => {
  it.each([
    // organisation.agency-apposition after a time.
    ['Also on Friday, the regulator, which oversees banks, said rates would rise.', []],
    ['In March, the authority, based in [[L Geneva]], approved the plan.', ['place:Geneva']],
    // organisation.public-schools after an opening word of the language.
    ['In Fulton County Schools, teachers will return on Monday.', ['organization:Fulton County Schools']],
    ['Most Independent Schools in [[L Britain]] charge fees.', ['place:Britain']],
    // organisation.known-as before a noun.
    ['[[O Microsoft]], known as the Redmond giant, reported profits.', ['organization:Microsoft']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
