/**
 * The rows of lexicon/blind-news-33.ts, and the rows of earlier tables widened from batches 98 and
 * 99: each rule on tagger output written by hand, with the readings it must decide and ordinary
 * news sentences it must not fire on. The sentences are our own, not the batches'. (The rows'
 * examples run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.camel-case-firm', () => {
  it.each([
    [
      'The broadband provider fibreLink cut prices. Customers of fibreLink complained.',
      ['organization:fibreLink', 'organization:fibreLink'],
    ],
    [
      'It sued [[P:0.68 Austin-based payWise]] in May.',
      // The place of the modifier is name.compound-modifier's, made after the rules.
      ['organization:payWise'],
    ],
    [
      'Chip designer nanoCore said it would hire. [[P:0.5 nanoCore]] is based in [[L Cambridge]].',
      ['organization:nanoCore', 'organization:nanoCore', 'place:Cambridge'],
    ],
    // A possessive is no cue (a website: "eHow's model").
    ["shopRight's shares rose 4%.", []],
    ['Buyers liked zipPay, which lends small sums.', ['organization:zipPay']],
    // No cue: products written the same way, a word nobody says does anything.
    ['She bought an iPhone and an iPad in [[L London]].', ['place:London']],
    ['Fans of iGrow met on Sunday.', []],
    // A firm the model read with more words, a person it is sure of.
    ['The firm [[O eBay Motors]] said sales rose.', ['organization:eBay Motors']],
    ['The developer [[P:0.95 deShawn]] said he would go.', ['person:deShawn']],
    // A surname with a particle, a word that ends a person's name, a person the model reads (0.6).
    [
      'Mets pitcher [[P:0.92 Jacob deGrom]] said his elbow felt fine. deGrom said he would start on Sunday.',
      ['organization:Mets', 'person:Jacob deGrom'],
    ],
    ['Lawyers for [[P:0.88 Marc deVries]] said he would appeal.', ['person:Marc deVries']],
    ['Coach [[P:0.7 Ana daSilva]] said so. daSilva, which is rare, left.', ['person:Ana daSilva']],
    ['The lender deLeon said it would cut rates.', []],
    ['Analyst [[P:0.62 Kai toMasi]] spoke. toMasi said rates would rise.', ['person:Kai toMasi']],
    ['[[P:0.75 tuKola]] said it would sell shares.', ['person:tuKola']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.body-of-country: armed forces, courts and missions, widened from batch 99', () => {
  it.each([
    [
      'The [[O Armed Forces]] of the [[L Democratic Republic of the Congo]] retook the town.',
      ['organization:Armed Forces of the Democratic Republic of the Congo'],
    ],
    // A country after "in" stays apart, as GUM marks it.
    [
      'The [[O Stabilization Mission]] in the [[L Central African Republic]] said so.',
      ['organization:Stabilization Mission', 'place:Central African Republic'],
    ],
    ['The [[O Constitutional Court]] of [[L Thailand]] ruled.', ['organization:Constitutional Court of Thailand']],
    // A city after "in", a court "in" a country, a body whose tail is not the row's, a city after "of".
    ['The [[O High Court]] in [[L Nairobi]] ruled.', ['organization:High Court', 'place:Nairobi']],
    ['The [[O High Court]] in [[L Kenya]] ruled.', ['organization:High Court', 'place:Kenya']],
    ['The [[O Tata Group]] of [[L India]] bought it.', ['organization:Tata Group', 'place:India']],
    ['The [[O Police]] of [[L Chicago]] said so.', ['organization:Police', 'place:Chicago']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.opening-word-before-people', () => {
  it.each([
    ['The ruling came on Monday. [[O:0.61 Legal]] experts said it was narrow.', []],
    ['[[L:0.5 Military]] analysts expect a long war.', []],
    // Read elsewhere as a name, a place the map knows, not opening a sentence, a sure reading.
    [
      '[[O Apple]] said it would appeal. [[O:0.7 Apple]] engineers said the app was unsafe.',
      ['organization:Apple', 'organization:Apple'],
    ],
    ['[[L:0.6 Reading]] officials said so.', ['place:Reading']],
    ['Talks with [[O:0.6 Legal]] experts ended.', ['organization:Legal']],
    ['[[O:0.95 Legal]] experts said so.', ['organization:Legal']],
    // A body's people after a firm or union the model reads (0.4); generic people still go.
    [
      'Workers walked out on Monday. [[O:0.62 Unite]] officials said the strike would go ahead.',
      ['organization:Unite'],
    ],
    ['[[O:0.74 Oracle]] analysts said the deal would close soon.', ['organization:Oracle']],
    ['[[O:0.44 Target]] officials said sales rose in March.', ['organization:Target']],
    ['[[O:0.66 Local]] residents said the road flooded.', []],
    ['[[O:0.7 Military]] sources said talks had stalled.', []],
    ['[[O:0.38 Target]] officials said so.', []],
    ['[[L:0.6 Federal]] officials said so.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.union-local: lodges and unread unions, widened from batch 99', () => {
  it.each([
    [
      'Fraternal [[O Order of Police Lodge]] 5 president [[P Ana Ruiz]] said so.',
      ['organization:Fraternal Order of Police Lodge 5', 'person:Ana Ruiz'],
    ],
    [
      'Parents were told. Hotel Workers Union Local 11, which represents cooks, said so.',
      ['organization:Hotel Workers Union Local 11'],
    ],
    ['[[P:0.49 Teamsters Local]] 727 voted to strike.', ['organization:Teamsters Local 727']],
    // No union's head word before "Local", no number after it, a sure person.
    ['Seattle Local 9 opened.', []],
    ['The Hotel Workers Union Local office opened.', []],
    ['[[P:0.95 Tom Teamsters]] Local 7 said so.', ['person:Tom Teamsters']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.kind-before-firm: a hyphenated place modifier is no firm (batch 99)', () => {
  it.each([
    ['The regulator said the Leeds-based company had left homes without service.', []],
    ['Staff moved to the lift maker Orona in March.', ['organization:Orona']],
    ['We visited the Eroski supermarket chain.', ['organization:Eroski']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
