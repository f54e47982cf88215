/**
 * The rows of lexicon/fold-patterns-21.ts (helper ents38c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.estate-owner', () => {
  it.each([
    [
      "[[O:0.7 Moreau]]'s prints sold well. Last year [[O:0.7 Moreau]]'s estate sued the gallery.",
      ['person:Moreau', 'person:Moreau'],
    ],
    [
      'The prints were made by [[O:0.8 Moreau]]. The gallery, like [[O:0.6 Moreau]]’s estate, sold them.',
      ['person:Moreau', 'person:Moreau'],
    ],
    // A longer name that holds the word stays the organisation.
    [
      "The [[O Moreau Foundation]] sued. [[O:0.7 Moreau]]'s estate did not.",
      ['organization:Moreau Foundation', 'person:Moreau'],
    ],
    // Estate agents, a portfolio, a firm the model is sure of, a known organisation, no estate.
    ["[[O:0.7 Halden]]'s estate agents sold the house.", ['organization:Halden']],
    ["[[O:0.7 Halden]]'s estate portfolio grew.", ['organization:Halden']],
    ["[[O:0.95 Halden]]'s estate of 300 shops grew.", ['organization:Halden']],
    ["[[O:0.7 Barclays]]'s estate of branches shrank.", ['organization:Barclays']],
    ["[[O:0.7 Halden]]'s shops sold the prints.", ['organization:Halden']],
    ["[[O:0.7 Halden]]'s estate of 300 stores was sold.", ['organization:Halden']],
    [
      "[[O:0.7 Halden]]'s estate was sold. [[O:0.8 Halden]] shares rose.",
      ['organization:Halden', 'organization:Halden'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('none.listing-label', () => {
  it.each([
    ['Marina: 12 berths; [[P:0.39 Depth]]:2m; [[P:0.41 Speed]]: 3 knots.', []],
    ['Open daily ([[P:0.33 Entrance]] € 5, Drinks € 3).', []],
    // Review (stop 48): names with their fees, no brackets, are players.
    ['Summer deals: [[P:0.37 Mudryk]] £89m, [[P:0.39 Caicedo]] £115m.', ['person:Mudryk', 'person:Caicedo']],
    ['Tours run all year ([[L:0.4 Price]] $ 20).', []],
    // A name the model is sure of, a given name, a word that is no common word, no number after.
    ['[[L:0.9 Paris]]: 3 dead in the blast.', ['place:Paris']],
    ['[[P:0.45 Grace]]: 3 goals this season.', ['person:Grace']],
    ['[[O:0.45 Volvo]]: 3 models recalled.', ['organization:Volvo']],
    ['[[L:0.45 Leeds]]: 3 berths.', ['place:Leeds']],
    ['[[O:0.45 NATO]]: 3 ships.', ['organization:NATO']],
    ['[[P:0.4 Speed]]: the film opens today.', ['person:Speed']],
    ['Top scorers: Mensah 12, [[P:0.39 Okafor]]: 9 points.', ['person:Okafor']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
