/**
 * The rows of lexicon/news-leftovers-28.ts (helper ents62b) and the older rows this round widened
 * (place.list-of-places, place.list-of-towns, sport.club-tail-unread): each rule on tagger output
 * written by hand, with the sentences it must decide and ordinary news sentences it must leave
 * alone. The sentences are our own. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts; the probe texts in lexicon-gaps-52b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.list-of-places and place.list-of-towns: an opening adjunct before subjects', () => {
  it.each([
    [
      '[[P Jordan Hughes]], 23, was held. In [[L:0.66 Salford]], [[P:0.33 Hughes]], [[P:0.29 Okafor]] and [[P:0.41 Lewis]] were charged with affray.',
      ['person:Jordan Hughes', 'place:Salford', 'person:Hughes', 'person:Okafor', 'person:Lewis'],
    ],
    [
      '[[P Amir Shah]] was cleared. "In [[L:0.7 Leeds]], [[P:0.31 Patel]], [[L:0.33 Brennan]] and [[P:0.41 Shah]] each did their part," the judge said.',
      ['person:Amir Shah', 'place:Leeds', 'person:Patel', 'person:Brennan', 'person:Shah'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A list of places that ends in a comma, and one after a preposition inside the sentence.
    [
      'In [[L:0.9 Crete]], [[P:0.3 Kythira]] and [[P:0.3 Antikythera]], fires burned.',
      ['place:Crete', 'place:Kythira', 'place:Antikythera'],
    ],
    [
      'Residents of [[L:0.48 Helensburgh]], [[P:0.6 Rhu]] and Garelochhead have complained.',
      ['place:Helensburgh', 'place:Rhu', 'place:Garelochhead'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.list-of-surnames', () => {
  it.each([
    [
      '[[P Jannik Sinner]] won on Monday. At [[L:0.4 Wimbledon]], [[P:0.34 Alcaraz]], [[P:0.43 Sinner]] and [[L:0.28 Djokovic]] all advanced.',
      ['person:Jannik Sinner', 'place:Wimbledon', 'person:Alcaraz', 'person:Sinner', 'person:Djokovic'],
    ],
    [
      '[[P Jon Rahm]] birdied the last. At the [[L:0.32 Masters]], [[P:0.3 Scheffler]], [[L:0.27 McIlroy]] and Rahm were tied.',
      ['person:Jon Rahm', 'place:Masters', 'person:Scheffler', 'person:McIlroy', 'person:Rahm'],
    ],
    [
      '[[P Ann Jones]] spoke last. After the vote, [[P:0.5 Smith]] and Jones left the chamber.',
      ['person:Ann Jones', 'person:Smith', 'person:Jones'],
    ],
    // No one named in full: "In London, Lambeth, Southwark and Lewisham have …" lists boroughs
    // (stop 62's review).
    [
      'In [[L:0.7 London]], [[P:0.31 Lambeth]], Southwark and Lewisham have the highest rents.',
      ['place:London', 'place:Lambeth', 'place:Southwark', 'place:Lewisham'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // Places the map knows, a list after a preposition, a list before "of", a body the model is sure of.
    ['In [[L:0.9 Europe]], [[L:0.9 France]], [[L:0.9 Spain]] and Italy raised rates.', null],
    ['Talks between [[P:0.5 Smith]] and Jones ended.', null],
    ['[[P:0.5 Smith]] and Jones of Leeds won.', null],
    ['Shares in [[P:0.4 Barclay]], [[O:0.9 Lloyds]] and Natwest fell.', null],
  ])('%s', (text) => {
    const got = rulesOn(text);
    expect(got.filter((g) => g.startsWith('person:') && !g.includes('Smith') && !g.includes('Barclay'))).toEqual([]);
  });
});

describe('sport.club-tail-unread: tails of clubs abroad', () => {
  it.each([
    [
      'Boca Juniors beat [[P:0.95 River Plate]] 2-1 in [[L:0.94 Buenos Aires]] on Sunday.',
      ['organization:Boca Juniors', 'organization:River Plate', 'place:Buenos Aires'],
    ],
    ['Young Boys lost 2-0 to [[O:0.9 Celtic]].', ['organization:Young Boys', 'organization:Celtic']],
    // A given name before the tail is a person's (stop 62's review).
    [
      'Boca Juniors beat River Plate 2-1. [[P:0.9 Lucy Plate]], 34, scored twice.',
      ['organization:Boca Juniors', 'organization:River Plate', 'person:Lucy Plate'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.inter-club', () => {
  it.each([
    [
      '[[P:0.95 Lionel Messi]] scored twice as [[P:0.6 Inter Miami]] won 3-1.',
      ['person:Lionel Messi', 'organization:Inter Miami'],
    ],
    ['Inter [[L:0.8 Milan]] drew 1-1.', ['organization:Inter Milan']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A word of the language after Inter.
    ['Inter Press Service reported the strike.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
