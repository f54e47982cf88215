/**
 * The rows of lexicon/fold-patterns-12.ts (helper ents21b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.given-name-weak-body', () => {
  it.each([
    ['It draws on the investigations of [[L:0.43/P:0.38 Pierre-Simon Laplace]].', ['person:Pierre-Simon Laplace']],
    ['"Child\'s Play" in the [[L:0.45/P:0.35 Robert Lyons Danly]] translation.', ['person:Robert Lyons Danly']],
    ['He lost to [[O:0.45/P:0.34 Simon Brandt]] in the final.', ['person:Simon Brandt']],
    // Adversarial: a sure reading, no person reading, a tail word, a known organisation or place,
    // a first word the map knows, a plural nickname, one word, a longer name.
    ['Shares of [[O:0.8/P:0.15 Simon Property]] rose.', ['organization:Simon Property']],
    ['He lost to [[O:0.45 Simon Brandt]] in the final.', ['organization:Simon Brandt']],
    ['Staff at [[O:0.45/P:0.3 Robert Gordon University]] said.', ['organization:Robert Gordon University']],
    ['He hiked the [[L:0.45/P:0.3 Simon Valley]] trail.', ['place:Simon Valley']],
    ['Analysts at [[O:0.45/P:0.3 Morgan Stanley]] said.', ['organization:Morgan Stanley']],
    // The street word joins the name after a preposition of where (place.in-opening-and-streets, blind-rules-13).
    ['The plant is near [[L:0.45/P:0.3 Paris Hilton]] Road.', ['place:Paris Hilton Road']],
    ['[[O:0.45/P:0.3 Charlotte Hornets]] fans cheered.', ['organization:Charlotte Hornets']],
    ['[[L:0.45/P:0.3 Simon]] said.', ['place:Simon']],
    ['[[O:0.45/P:0.3 Robert Louis Stevenson House Trust]] said.', ['organization:Robert Louis Stevenson House Trust']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
