/**
 * The rows of lexicon/fold-patterns-31.ts (helper ents59c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) The take cases fail with the rows off; the leave cases
 * are ordinary news sentences the rows must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.county-before-name', () => {
  it.each([
    // An Irish county the model left unread, or read only in part.
    ['She was born in County Clare in 1937.', ['place:County Clare']],
    ['Floods hit farms in County [[L:0.5 Tyrone]] overnight.', ['place:County Tyrone']],
    ['The mine in [[O:0.4 County Durham]] closed.', ['place:County Durham']],
    // Leave: a body after the county, a county outside the set, a title after "County".
    ['[[O County Cork Hospital]] said it was full.', ['organization:County Cork Hospital']],
    ['He moved to County Orange last year.', []],
    ['County Recorder [[P Stephen Richer]] said the count went on.', ['person:Stephen Richer']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('organisation.town-newspaper', () => {
  it.each([
    // A newspaper the model read as a place, whole or by its town alone.
    ['The editor of the [[L:0.8 San Francisco Bulletin]] mocked him.', ['organization:San Francisco Bulletin']],
    ['She wrote for the [[L Chicago]] Tribune for a decade.', ['organization:Chicago Tribune']],
    ['It was first reported by the [[L Des Moines]] Register.', ['organization:Des Moines Register']],
    // Leave: no "the", a longer name after the paper's word, a place with another last word, a
    // place a rule decided.
    ['He flew from [[L Post Falls]] to [[L Boise]].', ['place:Post Falls', 'place:Boise']],
    ['Shares of the [[L Washington]] Post Company rose.', ['place:Washington']],
    ['They met in the [[L Chicago Loop]] on Monday.', ['place:Chicago Loop']],
    ['In [[L Baltimore]] the Sun rose early.', ['place:Baltimore']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
