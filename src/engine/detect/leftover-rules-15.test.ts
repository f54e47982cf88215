/**
 * The rows of lexicon/news-leftovers-15.ts (helper ents39b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts'
 * late tables; the probe texts in lexicon-gaps-39b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.given-names-shared-surname', () => {
  it.each([
    ['Sam and [[P Eli Brightwell]] founded the company.', ['person:Sam', 'person:Eli Brightwell']],
    ['The brothers Jonah and [[P Caleb Marsh]] were rescued.', ['person:Jonah', 'person:Caleb Marsh']],
    ['Anna and [[P Peter Lindqvist]] said they would rebuild.', ['person:Anna', 'person:Peter Lindqvist']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A place the map knows; a surname before "and" (a capital before it); a word of the language; no
    // given name opening the second name; the second name a place; the second name one word.
    ['Troops went to Chad and [[L Sierra Leone]].', ['place:Sierra Leone']],
    ['Troops went to Georgia and [[P Ann Lee]] met them.', ['person:Ann Lee']],
    ['[[P Dana Smith]] and [[P Eli Brightwell]] spoke.', ['person:Dana Smith', 'person:Eli Brightwell']],
    ['They watched Will and [[P Grace Adler]] on TV.', ['person:Grace Adler']],
    ['Sam and [[P Brightwell]] spoke.', ['person:Brightwell']],
    // (the title leaves the span by another row; Sam stays unread.)
    ['Sam and [[P Dr Brightwell]] spoke.', ['person:Brightwell']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.acronym-thing-frame', () => {
  it.each([
    ['The storm reached level four on the [[O HRI]] scale.', []],
    ['The agency released the maps as [[O QMF]] files that any phone can open.', []],
    ['Nurses began giving the [[O MVA-BN]] vaccine on Tuesday.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A noun after the thing's noun (a body's panel); a body the engine knows; the acronym named
    // elsewhere as a body; a name of more than one word; a person; a lone capital.
    ['The [[O KRV]] vaccine panel met.', ['organization:KRV']],
    [
      'The [[O NATO]] missile shield grew. The [[O WHO]] vaccine was approved.',
      ['organization:NATO', 'organization:WHO'],
    ],
    ['[[O QMF]] said on Monday that [[O QMF]] files are safe.', ['organization:QMF', 'organization:QMF']],
    ['The [[O Tarvo Motors]] files were lost.', ['organization:Tarvo Motors']],
    ['The [[P HRI]] scale rose.', ['person:HRI']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

// Review of the firm frame (ents39b): an "&" name the model split into a place and a person is one
// firm; a given name opening each side of two words or more names two people.
describe('ampersand.firm and ampersand.two-people', () => {
  it.each([
    ['Lawyers at [[L:0.73 Kirkland]] & [[P:0.42 Ellis]] declined to comment.', ['organization:Kirkland & Ellis']],
    ['[[P:0.86 Anna Smith & Ben Jones]] won the prize.', ['person:Anna Smith', 'person:Ben Jones']],
    ['The prizes went to Anna Smith & Ben Jones.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Two places; a place and a place the map knows read as a person; one-word sides with a given name
    // ("Allen & Overy"); a firm of three words a side without given names.
    ['Buses run between [[L Tempe]] & [[L Mesa]].', ['place:Tempe', 'place:Mesa']],
    ['The crash at [[L Priest]] & [[P Washington]] closed the road.', ['place:Priest', 'person:Washington']],
    ['Allen & Overy advised the bank.', ['organization:Allen & Overy']],
    ['Shares of Procter & Gamble rose.', ['organization:Procter & Gamble']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.unknown-list', () => {
  it.each([
    ['Schools were closed on Velamo, [[P:0.29 Tarisi]] and Oskuna.', ['place:Velamo', 'place:Tarisi', 'place:Oskuna']],
    ['The villages of Kembara, Sotile and Mavuri were cut off.', ['place:Kembara', 'place:Sotile', 'place:Mavuri']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // After "from" or "to"; a pair; a given name; a day; a member read surely; a demonym; a surname of
    // a person named in full.
    ['A letter from Velamo, Tarisi and Oskuna arrived.', []],
    ['The prizes went to Velamo, Tarisi and Oskuna.', []],
    ['Schools were closed on Velamo and Oskuna.', []],
    ['Talks on Velamo, Maria and Oskuna ended.', []],
    ['Schools were closed on Monday, Velamo and Oskuna.', []],
    ['Schools were closed on Velamo, [[P:0.8 Tarisi]] and Oskuna.', ['person:Tarisi']],
    // Lead, stop 49: a body in the list, or a person the model leans to, makes it a list of topics.
    // (No place made; organisation.list-beside-body, stop 58, reads the firms beside Uber.)
    [
      'The tax falls on [[O:0.3 Uber]], Lyft and DoorDash.',
      ['organization:Uber', 'organization:Lyft', 'organization:DoorDash'],
    ],
    ['The report focused on Brexit, Covid and [[P:0.4 Trump]].', ['person:Trump']],
    ['Lessons on Samoan, Tongan and Fijian began.', []],
    ['[[P Ana Tarisi]] spoke. Talks on Velamo, Tarisi and Oskuna ended.', ['person:Ana Tarisi']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
