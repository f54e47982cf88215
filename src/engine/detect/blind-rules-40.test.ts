/**
 * The rows of lexicon/blind-news-40.ts (from batches 119 and 120), and the row they widened: each
 * rule on tagger output written by hand, with the readings it must decide and ordinary news
 * sentences it must not fire on. The sentences are our own, not the batches'. (The rows' examples
 * run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.opening-word-before-role', () => {
  it.each([
    ['The trust runs nine schools. [[O:0.58 Trust]] chief executive [[P Ann Hale]] said so.', ['person:Ann Hale']],
    [
      'The league board met. [[O:0.61 League]] chief executive [[P Neil Reay]] said the vote was close.',
      ['person:Neil Reay'],
    ],
    [
      'Wind industry costs rose. [[O:0.7 Industry]] minister [[P Yoji Kawai]] said the target stood.',
      ['person:Yoji Kawai'],
    ],
    // A body the model is sure of, a word nobody writes in lowercase, not the sentence's first word,
    // no person after the role, a longer name.
    ['[[O:0.95 Trust]] chief executive [[P Ann Hale]] said so.', ['organization:Trust', 'person:Ann Hale']],
    ['[[O:0.6 Vestas]] chief executive [[P Ann Hale]] said so.', ['organization:Vestas', 'person:Ann Hale']],
    ['On Monday, [[O:0.6 Trust]] chief executive [[P Ann Hale]] said so.', ['organization:Trust', 'person:Ann Hale']],
    ['[[O:0.6 Trust]] chief executives said so.', ['organization:Trust']],
    [
      '[[O:0.6 Kent County Council]] chief executive [[P Ann Hale]] said so.',
      ['organization:Kent County Council', 'person:Ann Hale'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.list-of-towns', () => {
  it.each([
    [
      'Residents of [[L Helensburgh]], [[P:0.6 Rhu]] and Garelochhead have complained.',
      ['place:Helensburgh', 'place:Rhu', 'place:Garelochhead'],
    ],
    [
      'Residents of [[L:0.48 Lochgoil]], [[P:0.3 Rhu]] and Garelochhead have complained.',
      ['place:Lochgoil', 'place:Rhu', 'place:Garelochhead'],
    ],
    ['[[L:0.48 Lochgoil]], [[P:0.3 Rhu]] and Garelochhead have complained.', ['place:Lochgoil', 'person:Rhu']],
    [
      'Ferries leave [[L Kirkwall]], [[O:0.5 Stromness]], [[P:0.55 Dounby]] and [[O:0.6 Finstown]].',
      ['place:Kirkwall', 'place:Stromness', 'place:Dounby', 'place:Finstown'],
    ],
    // The first member no place, a member the model is sure of, a given name, a common word, a
    // person's word named elsewhere, a pair only, a last member going on in a longer name.
    ['[[P Smith]], [[P:0.6 Jones]] and [[P:0.6 Patel]] spoke.', ['person:Smith', 'person:Jones', 'person:Patel']],
    ['In [[L Paris]], [[P:0.95 Macron]] and [[P:0.6 Scholz]] met.', ['place:Paris', 'person:Macron', 'person:Scholz']],
    [
      'Towns like [[L Kirkwall]], [[P:0.6 Thomas]] and [[P:0.6 Dounby]] voted.',
      ['place:Kirkwall', 'person:Thomas', 'person:Dounby'],
    ],
    ['In [[L Kirkwall]], Sunday and [[P:0.6 Dounby]] shops shut.', ['place:Kirkwall', 'person:Dounby']],
    [
      '[[P Ann Reay]] spoke. In [[L Kirkwall]], [[P:0.6 Reay]] and [[P:0.6 Dounby]] shops shut.',
      ['person:Ann Reay', 'place:Kirkwall', 'person:Reay', 'person:Dounby'],
    ],
    [
      'A plant in [[L Wesseling]], [[L Germany]], and [[O:0.77 BASF]] is closing.',
      ['place:Wesseling', 'place:Germany', 'organization:BASF'],
    ],
    [
      'In [[L Kirkwall]], [[P:0.6 Rhu]] and [[O:0.6 DNB]] it rained.',
      ['place:Kirkwall', 'person:Rhu', 'organization:DNB'],
    ],
    ['In [[L Kirkwall]] and [[P:0.6 Dounby]] it rained.', ['place:Kirkwall', 'person:Dounby']],
    [
      'In [[L Kirkwall]], [[P:0.6 Rhu]] and [[P:0.6 Dounby]] Street it rained.',
      ['place:Kirkwall', 'person:Rhu', 'person:Dounby'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.trade-head-firm (widened by ents61a): builders, millers and food firms', () => {
  it.each([
    ['Foundations will be built by [[P:0.68 Penta-Ocean Construction]].', ['organization:Penta-Ocean Construction']],
    ['Private millers [[P:0.7 Renuka Sugars]] said so.', ['organization:Renuka Sugars']],
    ['It sold [[P:0.76 Pan Pac Forest Products]] last year.', ['organization:Pan Pac Forest Products']],
    // A surname-like head is no head; a person the model is sure of.
    ['It hired [[P:0.95 Anna Foods]] last year.', ['person:Anna Foods']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
