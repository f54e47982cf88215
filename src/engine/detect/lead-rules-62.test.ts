/**
 * The rows of lexicon/lead-names-62.ts on tagger output written by hand, so each row is tested
 * whatever the committed model reads. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('sport.league-side-town', () => {
  it.each([
    [
      'Knocked out by [[P:0.4 Championship]] side [[L Sunderland]] on Wednesday.',
      ['organization:Championship', 'organization:Sunderland'],
    ],
    ['They beat [[O League One]] outfit Wycombe 3-1.', ['organization:League One', 'organization:Wycombe']],
    ['[[O Serie A]] club [[P:0.4 Lazio Roma]] signed him.', ['organization:Serie A', 'organization:Lazio Roma']],
    // A lowercase word before the noun, a day or a common word after it, a third capitalised word.
    ['The away side [[L Sunderland]] won.', ['place:Sunderland']],
    ['The Pakistani side Sunday rejected it.', []],
    // A sure person, or one opening with a given name, after the noun: a manager (review of stop 62).
    [
      'The [[O Chelsea]] outfit [[P:0.97 Jose Mourinho]] assembled won.',
      ['organization:Chelsea', 'person:Jose Mourinho'],
    ],
    ['The [[L England]] side [[P:0.4 Gareth Southgate]] picked lost.', ['place:England', 'person:Gareth Southgate']],
    ['The [[L Leeds]] side Today was strong.', ['place:Leeds']],
    ['[[O Super League]] side [[L New South Wales]] won.', ['organization:Super League', 'place:New South Wales']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
