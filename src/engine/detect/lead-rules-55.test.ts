/**
 * The rows of detect/lead-rules-55.ts on tagger output written by hand: the readings each must
 * decide, and ordinary news sentences (some from the stop-55 review) it must leave.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.county-office-before-name', () => {
  it.each([
    [
      '[[O:0.9 Maricopa County Recorder]] [[P Stephen Richer]] said counting would take days.',
      ['place:Maricopa County', 'person:Stephen Richer'],
    ],
    [
      '[[O:0.6 Fulton County District]] Attorney [[P Fani Okafor]] filed charges.',
      ['place:Fulton County', 'person:Fani Okafor'],
    ],
    // A body named after the office, a board, no person after the office.
    [
      "The [[O Harris County Sheriff's Office]] said two deputies were hurt.",
      ["organization:Harris County Sheriff's Office"],
    ],
    [
      '[[O Cook County Board]] President [[P Toni Reyes]] spoke.',
      ['organization:Cook County Board', 'person:Toni Reyes'],
    ],
    ['The [[O:0.8 Orange County Clerk]] said turnout was high.', ['organization:Orange County Clerk']],
  ])('%s', (text, want) => expect(rulesOn(text)).toEqual(want));
});

describe('name.relative-subject-of-speech', () => {
  it.each([
    [
      'Flights were cut. Fraport, which operates the airport, said 700 flights were cancelled.',
      ['organization:Fraport'],
    ],
    ['Prices rose. Okafor, who runs a bakery, said prices had doubled.', ['person:Okafor']],
    // Towns the map does not know, with an aside of what happened to them or what they have.
    ['Fires spread. Lahaina, which was destroyed by fire, announced a rebuilding plan.', []],
    ['Crews left. Ruidoso, which was evacuated last week, said residents could return.', []],
    ['Crews left. Ruidoso, which has 8,000 residents, said it would rebuild.', []],
    // A weekday, a word of the language, no verb of speech after the aside.
    ['It rained. Thursday, which was cold, said little.', []],
    ['It rained. Still, which is odd, nobody said a word.', []],
    ['Sales rose. Zorvik, which makes boots, is growing.', []],
  ])('%s', (text, want) => expect(rulesOn(text)).toEqual(want));
});
