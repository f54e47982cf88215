/**
 * The rows of lexicon/fold-patterns-29.ts (helper ents57c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) The take cases fail with the rows off; the leave cases
 * are ordinary news sentences the rows must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.town-before-civic-office', () => {
  it.each([
    // A town the model left unread or read weakly as something else before a local office.
    ['Montpelier Mayor [[P Jack McCullough]] estimated the damage.', ['place:Montpelier', 'person:Jack McCullough']],
    ['Former Barre mayor [[P Thom Lauzon]] said the city would rebuild.', ['place:Barre', 'person:Thom Lauzon']],
    [
      '[[O:0.45 Jefferson Parish]] Sheriff [[P Joseph Lopinto]] backed him.',
      ['place:Jefferson Parish', 'person:Joseph Lopinto'],
    ],
    ['The vote was hailed by Republican Haverton Councillor [[P Ann Vey]].', ['place:Haverton', 'person:Ann Vey']],
    // Leave: a modifier of the office, a party word, a sure reading, no name after the office, a
    // word the article reads as a person.
    ['Deputy Mayor [[P Ann Vey]] said the city would rebuild.', ['person:Ann Vey']],
    ['Labour Mayor [[P Sadiq Khan]] said the fares would stay.', ['person:Sadiq Khan']],
    ['Tory councillor [[P Ann Vey]] resigned.', ['person:Ann Vey']],
    [
      '[[O:0.9 Westbrook Police]] Chief [[P Anna Morel]] said two men were arrested.',
      ['organization:Westbrook Police', 'person:Anna Morel'],
    ],
    ['The Barre mayor said the city would rebuild.', []],
    // Not cut to "Rock": a first word of the language is left to the model and the map.
    ['Little Rock Mayor [[P Ann Vey]] said so.', ['person:Ann Vey']],
    ['Yesterday Mayor [[P Ann Vey]] said so.', ['person:Ann Vey']],
    // A sentence's first word describing the holder (the stop-57 review).
    ['Embattled Mayor [[P Eric Adams]] said he would not resign.', ['person:Eric Adams']],
    ['Two-term Mayor [[P Jane Castor]] said so.', ['person:Jane Castor']],
    ['Ousted Premier [[P Jason Kenney]] spoke.', ['person:Jason Kenney']],
    ['[[P Kemi Jones]] met voters. Jones Mayor [[P Ann Vey]] said so.', ['person:Kemi Jones', 'person:Ann Vey']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('organisation.body-before-leader', () => {
  it.each([
    // A sentence's first word describing the holder (the stop-57 review).
    ['Jailed leader [[P Alexei Navalny]] died.', ['person:Alexei Navalny']],
    ['Disgraced CEO [[P Sam Bankman-Fried]] was sentenced.', ['person:Sam Bankman-Fried']],
    [
      'BC United Leader [[P Kevin Falcon]] called the vote a disgrace.',
      ['organization:BC United', 'person:Kevin Falcon'],
    ],
    ['[[P:0.4 Zentrix]] CEO [[P Mara Holt]] said sales rose.', ['organization:Zentrix', 'person:Mara Holt']],
    [
      'The vote split Korvani Party chairman [[P Ilir Dema]] and his rivals.',
      ['organization:Korvani Party', 'person:Ilir Dema'],
    ],
    // Leave: a place the map knows, a demonym, modifiers of the office, no name after the office.
    ['[[L:0.5 Hong Kong]] leader [[P John Lee]] said the law would pass.', ['place:Hong Kong', 'person:John Lee']],
    ['Kurdish leader [[P Ann Vey]] said so.', ['person:Ann Vey']],
    ['Opposition Leader [[P Ann Vey]] said so.', ['person:Ann Vey']],
    ['Senate Majority Leader [[P Ann Vey]] said so.', ['organization:Senate', 'person:Ann Vey']],
    ['Zentrix CEO said sales rose.', []],
    // A short form alone before the office is left to the short-form rows.
    ['[[P:0.4 KVP]] leader [[P Ann Vey]] said so.', ['person:KVP', 'person:Ann Vey']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
