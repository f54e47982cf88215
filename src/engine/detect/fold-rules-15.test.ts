/**
 * The rows of lexicon/fold-patterns-15.ts (helper ents24b): each rule on tagger output written by
 * hand, with the sentences it must decide and ordinary news sentences it must not fire on. (The
 * rows' examples run through the whole engine in lexicon/rows.test.ts' late tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.player-before-set-scores', () => {
  it.each([
    ['Sinner won, beating [[O:0.45 Taylor Fritz]] 6-3, 6-4, 7-5 in the final.', ['person:Taylor Fritz']],
    ['[[P Swiatek]] beat [[O:0.5 Gauff]] 6-2, 7-6.', ['person:Swiatek', 'person:Gauff']],
    // One score (a club's result), a firm the model is sure of, a name of three words.
    ['[[O:0.6 Arsenal]] beat [[O:0.5 Chelsea]] 2-1, and fans sang.', ['organization:Arsenal', 'organization:Chelsea']],
    [
      'Shares of [[O:0.9 Acme]] 6-3, 6-4 rose. The [[O:0.5 Acme Tennis Club]] 6-3, 6-4 lost.',
      ['organization:Acme', 'organization:Acme Tennis Club'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('place.water-before-kind', () => {
  it.each([
    ['Its head said the [[O:0.47 Brenta]] river had burst its banks.', ['place:Brenta']],
    ['Boats left the [[P:0.4 Rio Negro]] river at dawn.', ['place:Rio Negro']],
    // A month, a given name, a sure firm, an unread word, no "the", a name running on.
    [
      'The March river cruise ended. The Anna river walk began. The [[O:0.9 Acme]] lake opened. The Zorvath river rose.',
      ['organization:Acme'],
    ],
    [
      'A [[O:0.47 Brenta]] river tour and the [[O:0.5 Brenta Valley]] River Trust met.',
      ['organization:Brenta', 'organization:Brenta Valley'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
