/**
 * The rows of lexicon/blind-news-42.ts (from batches 125 and 126) and the widening of
 * person.role-before-apposition made from them: each rule on tagger output written by hand, with
 * the readings it must decide and ordinary news sentences it must not fire on. The sentences are
 * our own, not the batches'. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.sites-joined-by-and', () => {
  it.each([
    // Two sites before one plural site noun, read as bodies; the same words elsewhere follow.
    [
      "Ore goes to their neighbouring [[O:0.52 Los Bronces]] and [[O:0.43 Andina]] copper mines. [[O Codelco]]'s [[O:0.42 Andina]] mine is old.",
      ['place:Los Bronces', 'place:Andina', 'organization:Codelco', 'place:Andina'],
    ],
    ['Water at the [[O:0.5 Kariba]] and [[L Kafue]] dams is low.', ['place:Kariba', 'place:Kafue']],
    // The article opening the sentence stays out of the name; "works" of art are no sites (review of stop 63).
    ['The [[L:0.4 Three Gorges]] and [[L:0.4 Xiluodu]] dams released water.', ['place:Three Gorges', 'place:Xiluodu']],
    [
      'The [[O:0.4 Picasso]] and [[O:0.4 Matisse]] works fetched $120m.',
      ['organization:Picasso', 'organization:Matisse'],
    ],
    // After the plural noun and "at".
    ['Its plants at [[L Sunndalsøra]] and [[O:0.5 Karmøy]] have contracts.', ['place:Sunndalsøra', 'place:Karmøy']],
    // Firms: sure bodies, known firms, a body word, a person, a word in capitals.
    [
      'Workers at the [[O:0.95 Toyota]] and [[O:0.9 Honda]] plants voted.',
      ['organization:Toyota', 'organization:Honda'],
    ],
    ['Output at the Toyota and Honda plants fell.', []],
    [
      'The [[O:0.6 Tata Steel]] and [[O:0.5 Nordvik]] plants shut.',
      ['organization:Tata Steel', 'organization:Nordvik'],
    ],
    ['The [[P:0.6 Maria Lund]] and [[O:0.5 Nordvik]] plants shut.', ['person:Maria Lund', 'organization:Nordvik']],
    ['The [[O:0.5 BHP]] and [[O:0.5 Nordvik]] mines shut.', ['organization:BHP', 'organization:Nordvik']],
    // One name only, or no "and".
    ['The [[O:0.5 Nordvik]] copper mines shut.', ['organization:Nordvik']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.airport-short-name', () => {
  it.each([
    // A surname of a person-named airport and a one-word name, read as bodies.
    [
      "Gates open at [[L John F. Kennedy International Airport]]. Delays at [[O:0.6 Kennedy]] grew; [[L LaGuardia Airport]] was rebuilt. [[O:0.8 LaGuardia]]'s gates are new.",
      ['place:John F. Kennedy International Airport', 'place:Kennedy', 'place:LaGuardia Airport', 'place:LaGuardia'],
    ],
    [
      'Flights left [[L Ostrava Regional Airport]]. [[P:0.5 Ostrava]] was busy.',
      ['place:Ostrava Regional Airport', 'place:Ostrava'],
    ],
    // The text names a person ending in the word; no airport in the text; a sure reading.
    [
      'Gates open at [[L John F. Kennedy International Airport]]. [[P John Kennedy]] was president. [[P:0.6 Kennedy]] said so.',
      ['place:John F. Kennedy International Airport', 'person:John Kennedy', 'person:Kennedy'],
    ],
    ['The [[O:0.6 Kennedy]] family met.', ['organization:Kennedy']],
    [
      'Gates open at [[L Kennedy Airport]]. [[O:0.95 Kennedy]] said so.',
      ['place:Kennedy Airport', 'organization:Kennedy'],
    ],
    // A titled surname or a name with a suffix keeps the person (review of stop 63).
    [
      'Delays at [[L Kennedy International Airport]] went on. Senator [[P:0.7 Kennedy]] flew. [[P:0.7 Kennedy]] said so.',
      ['place:Kennedy International Airport', 'person:Kennedy', 'person:Kennedy'],
    ],
    [
      'Flights at [[L John F. Kennedy International Airport]] stopped. [[P Robert F. Kennedy Jr.]] spoke. [[P:0.7 Kennedy]] said so.',
      ['place:John F. Kennedy International Airport', 'person:Robert F. Kennedy Jr.', 'person:Kennedy'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.role-before-apposition (widened by ents63a)', () => {
  it.each([
    // A hyphenated role, read as a body the model is sure of.
    [
      'The chamber said so. Its vice-president, [[O:0.94 Hoang Quang Phong]], said firms had lost money.',
      ['person:Hoang Quang Phong'],
    ],
    // A role with "of" and lowercase words.
    ['The fund may follow, its head of investments, [[O:0.79 Azlan Mohd Yusof]], said.', ['person:Azlan Mohd Yusof']],
    // Lowercase words between the owner and the role.
    ['Its deputy general director, [[O:0.9 Tran Minh Hang]], said levels rose.', ['person:Tran Minh Hang']],
    // Nouns a firm may fill, a body word at the end, a name the model is surer of than 0.97.
    ["The plant's owner, [[O:0.8 Keystone Metals]], said.", ['organization:Keystone Metals']],
    ['Its head, [[O:0.9 Acme Holdings Group]], said.', ['organization:Acme Holdings Group']],
    ['Its chairman, [[O:0.99 Vela Nordstrand]], said.', ['organization:Vela Nordstrand']],
    // "head of" with a capitalised complement is no role phrase before the name.
    ['Its head of Asia, [[O:0.8 Vela Partners]], said.', ['organization:Vela Partners']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
