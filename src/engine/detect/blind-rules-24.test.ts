/**
 * The rows of lexicon/blind-news-24.ts (helper ents34a), and the two older rows this round
 * widened (the.sentence-opening after a wire dateline's dash, person.portfolio-off over a list of
 * portfolios after "Minister for"): each rule on tagger output written by hand, with the readings
 * it must decide and ordinary news sentences it must not fire on. The sentences are our own, not
 * the batches'. (The rows' examples run through the whole engine in lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.foreign-place-head', () => {
  it.each([
    ['Fuel washed up on [[P:0.5 Pulau Ubin]] at dawn.', ['place:Pulau Ubin']],
    ['The stage ended on [[P Alpe Cermis]] in the rain.', ['place:Alpe Cermis']],
    ['Snow fell in [[P:0.9 Val di Fiemme]] overnight.', ['place:Val di Fiemme']],
    ['The road to [[P Tanjung Priok]] was shut.', ['place:Tanjung Priok']],
    // "Val" without a particle, a firm named after its hill, one word, a head inside a name.
    ['[[P Val Kilmer]] said he was tired.', ['person:Val Kilmer']],
    ['[[O Cerro Verde]] said copper output fell.', ['organization:Cerro Verde']],
    ['[[P Bukit]] said the plan was fine.', ['person:Bukit']],
    ['[[P Ana Lago]] spoke.', ['person:Ana Lago']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.firm-partners-comma', () => {
  it.each([
    ['Myers, Fletcher & Gordon acted for the port.', ['organization:Myers, Fletcher & Gordon']],
    ['The bank hired Reed, Kowal & Finch to advise it.', ['organization:Reed, Kowal & Finch']],
    ['The deal was handled by Haldane, Pryce, Mott & Lyle.', ['organization:Haldane, Pryce, Mott & Lyle']],
    // A known body, a known place, a list that goes on before, a confident person before the comma.
    ['Shares of Apple, Procter & Gamble rose.', ['organization:Apple', 'organization:Procter & Gamble']],
    ['In [[L:0.5 Boston]], Fletcher & Gordon opened an office.', ['place:Boston', 'organization:Fletcher & Gordon']],
    [
      'Sales at Kroger, [[O:0.8 Target]], Fletcher & Gordon fell.',
      ['organization:Target', 'organization:Fletcher & Gordon'],
    ],
    ['[[P:0.9 Myers]], Fletcher & Gordon said, was wrong.', ['person:Myers', 'organization:Fletcher & Gordon']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('the.sentence-opening after a dateline dash', () => {
  it.each([
    [
      'HARARE, June 18 ([[O Reuters]]) - [[O The Reserve Bank of Zimbabwe]] raised rates.',
      'organization:Reserve Bank of Zimbabwe',
    ],
    [
      'ACCRA, May 2 ([[O Reuters]]) – [[O The Ghana Cocoa Board]] said it would borrow.',
      'organization:Ghana Cocoa Board',
    ],
    // A publication owns its article; a dash inside a sentence is no dateline's.
    ['LONDON — [[O The Financial Times]] said on Friday it would appeal.', 'organization:The Financial Times'],
    ['The vote - [[O The Reserve Bank of Zimbabwe]] said - was close.', 'organization:The Reserve Bank of Zimbabwe'],
  ])('%s', (text, expected) => expect(rulesOn(text)).toContain(expected));
});

describe('person.portfolio-off over a list of portfolios', () => {
  it.each([
    ['Minister for Energy, Business and [[P Industry Ebba Lindqvist]] said no.', ['person:Ebba Lindqvist']],
    ['Minister of Trade and [[P Industry Ann Hale]] said no.', ['person:Ann Hale']],
    ['Minister for Energy, [[O:0.5 Business]] and [[P Industry Ebba Lindqvist]] said no.', ['person:Ebba Lindqvist']],
    // No title before "for", a name that is all portfolio.
    ['A fund for Energy and [[P Industry Ebba Lindqvist]] opened.', ['person:Industry Ebba Lindqvist']],
    ['Minister for Energy and [[P Finance]] spoke.', ['person:Finance']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
