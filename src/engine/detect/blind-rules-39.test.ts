/**
 * The rows of lexicon/blind-news-39.ts (from batches 116 and 117), and the rows they widened: each
 * rule on tagger output written by hand, with the readings it must decide and ordinary news
 * sentences it must not fire on. The sentences are our own, not the batches'. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.shire-of', () => {
  it.each([
    ['Councillors of the [[O:0.43 Shire]] of [[L:0.55 Marrinup]] voted.', ['organization:Shire of Marrinup']],
    ['The Shire of [[O:0.94 North Gascoyne]] chief executive spoke.', ['organization:Shire of North Gascoyne']],
    ['The Shire of Gingin said so.', ['organization:Shire of Gingin']],
    // Lowercase, no "of", a district named alone, a city named "City of".
    ['Rates in the shire of [[L Gingin]] rose.', ['place:Gingin']],
    ['The [[O:0.5 Shire]] voted on Monday.', ['organization:Shire']],
    ['Roads in the [[L Pilbara]] are poor.', ['place:Pilbara']],
    ['The [[L City of Karratha]] voted.', ['place:City of Karratha']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('ampersand.firm (widened by ents60a): founders the model read as unsure places', () => {
  it.each([
    ['Editors at [[L:0.42 Hodder]] & [[L:0.59 Stoughton]] said so.', ['organization:Hodder & Stoughton']],
    ['It merged into [[L:0.45 Wendell]] & [[P:0.5 Crane]] last year.', ['organization:Wendell & Crane']],
    // Places the map knows on both sides, a sure place, a body beside it.
    ['Flights from [[L:0.5 Trinidad]] & [[L:0.5 Tobago]] left.', ['place:Trinidad', 'place:Tobago']],
    ['Editors at [[L:0.82 Hodder]] & [[L:0.59 Stoughton]] said so.', ['place:Hodder', 'place:Stoughton']],
    ['Trucks at [[L:0.5 Tempe]] & [[L:0.5 Mesa]] stopped.', ['place:Tempe', 'place:Mesa']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ministry-fields-and (widened by ents60a): a listed field the model read as a body', () => {
  it.each([
    [
      'A grant from the [[O Department of Housing]], [[O:0.84 Local Government]] and Heritage was paid.',
      ['organization:Department of Housing, Local Government and Heritage'],
    ],
    [
      'The [[O Ministry of Agriculture]], [[O:0.9 Rural Development]] and Fisheries said so.',
      ['organization:Ministry of Agriculture, Rural Development and Fisheries'],
    ],
    // A body of its own in the list, a field with a body's head, no list before the bare last field.
    [
      'The [[O Department of Housing]], [[O:0.84 World Bank]] and Heritage met.',
      ['organization:Department of Housing', 'organization:World Bank'],
    ],
    [
      'The [[O Ministry of Health]], [[O:0.9 Local Government]] and [[O Unicef]] met.',
      ['organization:Ministry of Health', 'organization:Local Government', 'organization:Unicef'],
    ],
    [
      'The [[O Ministry of Health]], [[O:0.9 Cardiff Council]] and Heritage met.',
      ['organization:Ministry of Health', 'organization:Cardiff Council'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('apposition.trade-firm', () => {
  it.each([
    [
      'They were represented by [[P:0.95 Harriet Vane]], the law firm that also acts for drivers.',
      ['organization:Harriet Vane'],
    ],
    ['Staff at [[P:0.93 Morgan Rees]], an accountancy firm in Cardiff, left.', ['organization:Morgan Rees']],
    // A sure person before a firm with no trade, a person's role after the firm, a possessive.
    ['It hired [[P:0.95 Harriet Vane]], the firm said.', ['person:Harriet Vane']],
    ['[[P:0.95 Anna Berg]], a law firm partner, declined to comment.', ['person:Anna Berg']],
    ["[[P:0.95 Tom Reed]], the law firm's founder, spoke.", ['person:Tom Reed']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.adviser-of-firm', () => {
  it.each([
    [
      "The family's solicitor, [[P Owen Lloyd]] of [[P:0.92 Hugh Rees]], said they would appeal.",
      ['person:Owen Lloyd', 'organization:Hugh Rees'],
    ],
    [
      'An analyst, [[P Mark Reid]] of [[P:0.7 Dunmore Pike]], cut his forecast.',
      ['person:Mark Reid', 'organization:Dunmore Pike'],
    ],
    // No trade in the sentence, one word before "of", one word after it, a place after it.
    ['[[P Henry Tudor]] of [[P:0.6 Castle Rising]] landed.', ['person:Henry Tudor', 'person:Castle Rising']],
    ['The lawyer, [[P Catherine]] of [[P:0.6 Castle Rising]], spoke.', ['person:Catherine', 'person:Castle Rising']],
    ['The lawyer, [[P Owen Lloyd]] of [[P:0.6 Rees]], spoke.', ['person:Owen Lloyd', 'person:Rees']],
    ['The lawyer, [[P Owen Lloyd]] of [[L Cardiff]], spoke.', ['person:Owen Lloyd', 'place:Cardiff']],
    // The second name owns what follows (review, stop 60).
    [
      "His partner, [[P Lucy Hale]] of [[P:0.9 Jamie Oliver]]'s restaurant group, said they were shocked.",
      ['person:Lucy Hale', 'person:Jamie Oliver'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
