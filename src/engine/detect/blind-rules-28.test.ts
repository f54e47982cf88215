/**
 * The rows of lexicon/blind-news-28.ts and the two older rows ents39a narrowed or widened instead of
 * adding rows of their shape: each rule on tagger output written by hand, with the readings it must
 * decide and ordinary news sentences it must not fire on. The sentences are our own, not the
 * batches'. (The rows' examples run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.sport-section-label', () => {
  it.each([
    ['[[O:0.5 Rugby]] union: the visitors won 30-12 on Sunday.', []],
    ['[[P:0.4 Baseball]]: the home side won 7-4 on Sunday.', []],
    ['[[O:0.5 Ice]] hockey: the visitors won 3-2.', []],
    ['Late news\n[[P:0.6 Handball]]: [[O Kolding]] won 31-29.', ['organization:Kolding']],
    // A body named with the sport, no colon, the sport inside a line, a word that is no sport.
    ['[[O Rugby Australia]]: the board resigned on Monday.', ['organization:Rugby Australia']],
    ['[[L Rugby]] council met on Monday.', ['place:Rugby']],
    ['A guide to [[L Rugby]]: shops and pubs.', ['place:Rugby']],
    // A one-word label read as a place: a town's dateline (review, stop 49).
    ['[[L:0.78 Rugby]]: a fire closed two shops on Monday.', ['place:Rugby']],
    ['[[P Kim]]: the singer spoke on Monday.', ['person:Kim']],
    ['[[O Table Mountain]] rescue: two hikers were found.', ['organization:Table Mountain']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.ticker (widened by ents39a): an ampersand inside the name', () => {
  it.each([
    ['Tractor maker Harlan & Co (HRL.N) said sales fell.', ['organization:Harlan & Co']],
    ['Shares of Rowan Hale & Co (RHC.N) rose.', ['organization:Rowan Hale & Co']],
    // No capitalised word before the ampersand: the words after it alone, as before.
    ['Sales rose & Finch (FNC.L) fell.', ['organization:Finch']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('legal-form.outside (narrowed by ents39a): "& Co" without its point stays in the name', () => {
  it.each([
    ['Analysts at [[O Harlan & Co]] said sales fell.', ['organization:Harlan & Co']],
    ['[[O Bellamy Fenwick & Co]] advised the buyer.', ['organization:Bellamy Fenwick & Co']],
    // With its point, or with no ampersand, the form is left out as before.
    ['Analysts at [[O Harlan & Co.]] said sales fell.', ['organization:Harlan']],
    ['Analysts at [[O Harlan Co]] said sales fell.', ['organization:Harlan']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
