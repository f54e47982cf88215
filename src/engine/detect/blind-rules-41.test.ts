/**
 * The rows of lexicon/blind-news-41.ts (from batches 122 and 123): each rule on tagger output
 * written by hand, with the readings it must decide and ordinary news sentences it must not fire on.
 * The sentences are our own, not the batches'. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.gaelic-article-name', () => {
  it.each([
    ['Coimisiún na [[O:0.32 Meán]] fined the platform.', ['organization:Coimisiún na Meán']],
    ['Údarás na [[P:0.4 Gaeltachta]] said it would build units.', ['organization:Údarás na Gaeltachta']],
    // The words after the article read by a rule as a place are part of the council's name.
    [
      'Comhairle nan [[P:0.6 Eilean Siar]] said it would write to the board.',
      ['organization:Comhairle nan Eilean Siar'],
    ],
    // A place's head noun; an Irish word with a prefixed h.
    ['The school in Baile na hAbhann will close.', ['place:Baile na hAbhann']],
    // Merged from organisation.irish-article-name (dedupe62): a person read unsure over the tail, an
    // eclipsed word ("mBan").
    ['Coimisiún na [[P:0.34 Meán]] said it would fine the platform.', ['organization:Coimisiún na Meán']],
    ['A spokesman for Údarás na [[P:0.5 Gaeltachta]] said jobs would come.', ['organization:Údarás na Gaeltachta']],
    ['Cumann na mBan marched in 1916.', ['organization:Cumann na mBan']],
    // A head outside the lists, a head the model is sure is a person, no capital after the article.
    ['[[P:0.95 Maria na Silva]] spoke.', ['person:Maria na Silva']],
    ['Casa na [[L Praia]] opened.', ['place:Praia']],
    ['[[P:0.95 Coimisiún]] na [[O:0.4 Meán]] said so.', ['person:Coimisiún', 'organization:Meán']],
    ['The Comhairle na said so.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.list-with-named-surname', () => {
  it.each([
    [
      '[[P Tomás Reyes]] won last year. In [[L Eastbourne]], [[P:0.37 Dubois]], Sato and [[L:0.4 Reyes]] now lead.',
      ['person:Tomás Reyes', 'place:Eastbourne', 'person:Dubois', 'person:Sato', 'person:Reyes'],
    ],
    [
      '[[P Jordan Hughes]] and [[P Reece Lewis]] were held. In [[L Salford]], Hughes, Okafor and Lewis were charged.',
      ['person:Jordan Hughes', 'person:Reece Lewis', 'place:Salford', 'person:Hughes', 'person:Okafor', 'person:Lewis'],
    ],
    // No member is the surname of a named person; a member the map knows; a body the model is sure of.
    ['In [[L Kent]], Dover, Folkestone and Deal were flooded.', ['place:Kent']],
    [
      '[[P Ann Deal]] spoke. In [[L Kent]], Dover, Folkestone and Deal were flooded.',
      ['person:Ann Deal', 'place:Kent'],
    ],
    [
      '[[P Tomás Reyes]] won. Talks between [[O:0.95 Vantor]], Sato and Reyes failed.',
      ['person:Tomás Reyes', 'organization:Vantor', 'person:Reyes'],
    ],
    // A month, and two clauses joined after a comma.
    ['[[P Ann Tillery]] ran. Talks began in January and Tillery spoke.', ['person:Ann Tillery', 'person:Tillery']],
    ['[[P Ann Tillery]] ran. It began with Bowman, and Tillery spoke.', ['person:Ann Tillery', 'person:Tillery']],
    // Lists person.list-of-surnames (leftover-rules-28) leaves: after a preposition, not opening a
    // clause, and joined by "or" (dedupe62 kept both rows: neither covers the other).
    [
      '[[P Tomás Reyes]] won. Talks between Dubois, Sato and Reyes failed.',
      ['person:Tomás Reyes', 'person:Dubois', 'person:Sato', 'person:Reyes'],
    ],
    [
      '[[P Tomás Reyes]] won. The prize went to Dubois, Sato and Reyes.',
      ['person:Tomás Reyes', 'person:Dubois', 'person:Sato', 'person:Reyes'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
