/**
 * The rows of lexicon/fold-patterns-27.ts (helper ents45c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) The take cases fail with the row off; the leave cases
 * are ordinary news sentences the row must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('person.office-title-before-name', () => {
  it.each([
    // A name read as a place or a body right after the title, or with the title taken in.
    ['Rep. [[L:0.45 Chip Roy]], R-Texas, said the speaker erred.', ['person:Chip Roy']],
    ['[[L:0.6 Judge Dana Woods]] dismissed the case.', ['person:Dana Woods']],
    ['Sgt. [[O:0.5 Lee Hill]] said the road was closed.', ['person:Lee Hill']],
    ['Lt. Gov. [[O:0.5 Ann Cole]] spoke first.', ['person:Ann Cole']],
    ['The bill was drafted by Senator [[L:0.55 Mark Kelly]].', ['person:Mark Kelly']],
    // Leave: a person already, a tail word, a title inside, one word taken in with the title or a
    // word of the language, a place the map knows, a known body, a name on the next line.
    ['Sen. [[P:0.9 Maria Cantwell]] voted no.', ['person:Maria Cantwell']],
    ['We welcome Judge [[L:0.97 Shanlyn Park]] today.', ['place:Shanlyn Park']],
    ['The [[O:0.7 Judge Advocate General]] said.', ['organization:Judge Advocate General']],
    ['The [[L:0.7 Senator Hotel]] opened in May.', ['place:Senator Hotel']],
    ['Sheriff [[O:0.6 Office]] staff said.', ['organization:Office']],
    ['[[O:0.9 Sheriff Court]] heard the case.', ['organization:Sheriff Court']],
    ['Sen. [[L:0.8 Texas]] is wrong.', ['place:Texas']],
    ['Judge [[O:0.7 Microsoft]] by its results.', ['organization:Microsoft']],
    ['The vote went to the Senator\n[[L:0.6 Dana Woods]] said.', ['place:Dana Woods']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

// Type confusions mended in the row that already types the name (ents45c).
describe('place.address-comma: a county the map does not know after a town', () => {
  it.each([
    ['Goode was born in [[L:0.9 Exeter]], [[P:0.68 Devon]]. His father was a doctor.', ['place:Exeter', 'place:Devon']],
    ['He lives in [[L:0.9 Exeter]], [[P:0.7 Devon]], with his wife.', ['place:Exeter', 'place:Devon']],
    // Leave: a verb after the name, two words, no preposition before the town, a name read surely.
    ['In [[L:0.9 Exeter]], [[P:0.68 Devon]] said the vote was close.', ['place:Exeter', 'person:Devon']],
    ['Fans in [[L:0.9 Exeter]], [[P:0.68 Devon Allen]], cheered.', ['place:Exeter', 'person:Devon Allen']],
    ['[[L:0.9 Exeter]], [[P:0.68 Devon]].', ['place:Exeter', 'person:Devon']],
    ['She met fans in [[L:0.9 Leeds]], [[P:0.9 Devon]], and his wife.', ['place:Leeds', 'person:Devon']],
  ])('%s', (text, want) => expect(rulesOn(text)).toEqual(want));
});

describe('place.compass-adjective-joins: a part of a region read whole as a body', () => {
  it.each([
    ['Cleveland is the urban center of [[O:0.76 Northeast Ohio]], the largest area.', ['place:Northeast Ohio']],
    ['Jobs are plentiful throughout [[O:0.66 Northeast Ohio]].', ['place:Northeast Ohio']],
    // Leave: a subject (a side), after "for" or "at", a town's name after the compass word, a firm.
    [
      '[[O:0.8 Eastern Michigan]] beat [[O:0.8 Toledo]] 28-14.',
      ['organization:Eastern Michigan', 'organization:Toledo'],
    ],
    ['He played for [[O:0.8 Eastern Michigan]] in college.', ['organization:Eastern Michigan']],
    ['She works at [[O:0.7 Western Union]] in the city.', ['organization:Western Union']],
    ['Shares of [[O:0.7 Western Digital]] rose.', ['organization:Western Digital']],
    ['Customers of [[O:0.7 Southern California Edison]] lost power.', ['organization:Southern California Edison']],
  ])('%s', (text, want) => expect(rulesOn(text)).toEqual(want));
});

describe('person.given-name-weak-body: a hyphenated given name with one known half', () => {
  it.each([
    ['Paintings attributed to [[O:0.40/P:0.39 Jean-Michel Basquiat]] were sold.', ['person:Jean-Michel Basquiat']],
    // Leave: a place the map knows, a building's tail, a sure reading.
    ['Trade with [[L:0.45/P:0.3 Baden-Württemberg]] rose.', ['place:Baden-Württemberg']],
    ['Fans of [[O:0.45/P:0.3 Saint-Etienne Academy]] cheered.', ['organization:Saint-Etienne Academy']],
    ['Shares of [[O:0.8/P:0.1 Jean-Louis Holdings]] fell.', ['organization:Jean-Louis Holdings']],
  ])('%s', (text, want) => expect(rulesOn(text)).toEqual(want));
});

describe("apposition.org-noun-after: a lowercase word's possessive opens the apposition", () => {
  it.each([
    [
      "[[L:0.70 Harbor Light Power]], the state's largest utility, said it would raise rates.",
      ['organization:Harbor Light Power'],
    ],
    ["[[L:0.6 Harbor Light]], the country's oldest brewery, closed.", ['organization:Harbor Light']],
    // Leave: a role after the noun, a possessive after the noun, a person the model is sure of, a place the map knows.
    ["[[P:0.6 Dana Green]], the group's chairman, said.", ['person:Dana Green']],
    ["[[P:0.6 Dana Green]], the city's utility director, said.", ['person:Dana Green']],
    ["[[P:0.95 Ann Lee]], the nation's biggest bank, said.", ['person:Ann Lee']],
    ["[[L:0.8 Vermont]], the state's largest utility region, said.", ['place:Vermont']],
  ])('%s', (text, want) => expect(rulesOn(text)).toEqual(want));
});
