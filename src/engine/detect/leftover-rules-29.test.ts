/**
 * The rows of lexicon/news-leftovers-29.ts (helper ents63b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must leave alone. The
 * sentences are our own. (The rows' examples run through the whole engine in lexicon/rows.test.ts;
 * the probe texts in lexicon-gaps-53b.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.complement-chain', () => {
  it.each([
    [
      "[[L:0.6 Cyprus]]'s Commission for the Protection of Competition fined the bank.",
      ['place:Cyprus', 'organization:Commission for the Protection of Competition'],
    ],
    [
      'The [[O:0.95 Royal Society for the Prevention]] of Cruelty to [[P:0.3 Animals]] said it had rescued 40 dogs.',
      ['organization:Royal Society for the Prevention of Cruelty to Animals'],
    ],
    [
      'Staff at the [[O:0.98 University of the Highlands]] and [[L:0.3 Islands]] voted to strike.',
      ['organization:University of the Highlands and Islands'],
    ],
    [
      'Agency for the Cooperation of [[O:0.5 Energy Regulators]] warns on gas\n\nThe regulator said stocks were low.',
      ['organization:Agency for the Cooperation of Energy Regulators'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // "and" before a second name ends the body; a complement with no link is the older row's; a
    // person the model is sure of is no part of a body; a map's place after "and" is a place.
    [
      'The [[O:0.9 Commission for the Protection of Competition]] and [[O:0.9 Google]] settled.',
      ['organization:Commission for the Protection of Competition', 'organization:Google'],
    ],
    // (organisation.head-complement reads the one complement.)
    ['The [[O:0.7 Office]] for the Budget said little.', ['organization:Office for the Budget']],
    [
      'A prize from the [[O:0.7 Society]] for the Study of [[P:0.95 Maria Lopez]] was given.',
      ['organization:Society for the Study', 'person:Maria Lopez'],
    ],
    [
      'The [[O:0.9 University of the Highlands]] and [[L:0.9 Orkney]] signed a deal.',
      ['organization:University of the Highlands', 'place:Orkney'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.trade-head-firm: metal makers and two founders before the trade word', () => {
  it.each([
    ['[[P:0.6 Norsk Hydro]] said it would close the smelter.', ['organization:Norsk Hydro']],
    ['Tate and [[P:0.95 Lyle Sugars]] will cut 80 jobs, the union said.', ['organization:Tate and Lyle Sugars']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
  it.each([
    // A body the model read before "and", a place the map knows, a longer run before "and".
    [
      'Shares in [[O:0.8 Maersk]] and [[L:0.4 Nordic Coast Shipping]] fell.',
      ['organization:Maersk', 'organization:Nordic Coast Shipping'],
    ],
    [
      'Ferries to [[L:0.9 Norway]] and [[P:0.5 Fjord Ferries]] were cancelled.',
      ['place:Norway', 'organization:Fjord Ferries'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
