/**
 * apposition.org-noun-after reviewed on ordinary news sentences (helper ents21b): a surname before
 * a trade a person has as often as a firm (row apposition.org-noun-after-person-trades in
 * lexicon/names.ts), on tagger output written by hand.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('apposition.org-noun-after-person-trades', () => {
  it.each([
    [
      '[[P Sarah Okafor]] runs a firm. [[P:0.5 Okafor]], a developer, said rents doubled.',
      ['person:Sarah Okafor', 'person:Okafor'],
    ],
    ['[[P:0.6 Patel]], the developer, said trials would start.', ['person:Patel']],
    // Still a firm: no person reading, a modifier only a firm has, a head no person has.
    ['Foxconn, a supplier to Apple, said orders fell.', ['organization:Foxconn']],
    ['[[P:0.6 Sonatrach]], the state producer, said output fell.', ['organization:Sonatrach']],
    ['[[P:0.6 Velmora]], the vaccine alliance, said.', ['organization:Velmora']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
