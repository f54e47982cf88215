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
    // A bare unknown word read as a firm at a model-like score: the row's own case, against which
    // each leave case below changes one thing (review of fold-rules-21).
    ["[[O:0.7 Halden]]'s estate grew.", ['person:Halden']],
    // Estate agents, a portfolio, a firm the model is sure of, a known organisation, an
    // organisation's tail word, no estate.
    ["[[O:0.7 Halden]]'s estate agents sold the house.", ['organization:Halden']],
    ["[[O:0.7 Halden]]'s estate portfolio grew.", ['organization:Halden']],
    ["[[O:0.95 Halden]]'s estate grew.", ['organization:Halden']],
    ["[[O:0.7 Barclays]]'s estate grew.", ['organization:Barclays']],
    ["The [[O:0.7 Bank]]'s estate grew.", ['organization:Bank']],
    ["[[O:0.7 Halden]]'s shops sold the prints.", ['organization:Halden']],
    // Review: an estate of property (hotels, pubs, stores, sites) later in the sentence is a firm's.
    ["[[O:0.7 Halden]]'s estate grew by 40 hotels last year.", ['organization:Halden']],
    ["[[O:0.7 Halden]]'s estate, now 900 pubs and 60 sites, was sold.", ['organization:Halden']],
    ["[[O:0.7 Halden]]'s estate sued the gallery. It owns no hotels.", ['person:Halden']],
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
    // Review of fold-rules-21: names with a measure after the colon are places or people, not
    // labels; only a word that names a measure or a fee is a label.
    ['Rainfall totals: [[L:0.45 Ambleside]]: 95mm, [[L:0.4 Keswick]]: 80mm.', ['place:Ambleside', 'place:Keswick']],
    ['Longest throws: [[P:0.42 Vesely]]: 88m, [[P:0.45 Okoro]]: 86m.', ['person:Vesely', 'person:Okoro']],
    // A label the model is sure of, the first of two words, no measure after it.
    ['[[P:0.6 Depth]]: 2m.', ['person:Depth']],
    ['[[O:0.45 Speed Marine]]: 3 knots.', ['organization:Speed Marine']],
    // Before a price: outside brackets a player with his fee; a firm, a given name, a place the
    // map knows, a known organisation, a word in capitals.
    ['Deals: [[P:0.39 Vesely]] £30m, Rice £100m.', ['person:Vesely']],
    ['Shares ([[O:0.45 Vornell]] € 5, Lundby € 3).', ['organization:Vornell']],
    ['Signings ([[P:0.45 Grace]] £ 10m, Mudryk £ 89m).', ['person:Grace']],
    ['Fares ([[L:0.45 Leeds]] £ 5, York £ 6).', ['place:Leeds']],
    ['Prices ([[P:0.45 Barclays]] £ 2).', ['organization:Barclays']],
    ['Open daily ([[P:0.4 VIP]] € 50).', ['person:VIP']],
    ['[[P:0.4 Speed]]: the film opens today.', ['person:Speed']],
    ['[[P:0.4 Speed]]: 3 goals.', ['person:Speed']],
    ['Top scorers: Mensah 12, [[P:0.39 Okafor]]: 9 points.', ['person:Okafor']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
