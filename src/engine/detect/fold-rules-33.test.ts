/**
 * The rows of lexicon/fold-patterns-33.ts (helper ents62c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) The sentences are invented news; the take cases fail
 * with the row off; the leave cases are ordinary news sentences the row must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.country-abbreviation-agency', () => {
  it.each([
    // The abbreviation read as a place, or by nothing, before an agency the model read.
    [
      'The [[L:0.8 U.S.]] [[O:0.7 Centers for Disease Control and Prevention]] warned doctors on Monday.',
      ['organization:U.S. Centers for Disease Control and Prevention'],
    ],
    [
      'The U.S. [[O:0.6 Department of Energy]] said it would decide in May.',
      ['organization:U.S. Department of Energy'],
    ],
    [
      'The [[L UK]] [[O:0.8 Health Security Agency]] said cases had doubled.',
      ['organization:UK Health Security Agency'],
    ],
    // Leave: a body named without an agency's kind, a title after the abbreviation, a line break.
    [
      'Markets rose while the [[L U.S.]] [[O Federal Reserve]] held rates.',
      ['place:U.S.', 'organization:Federal Reserve'],
    ],
    ['[[L U.S.]] District Judge [[P Maria Lopez]] wrote that the law failed.', ['place:U.S.', 'person:Maria Lopez']],
    [
      'Exports to the [[L US]]\n[[O Commerce Department]] figures showed.',
      ['place:US', 'organization:Commerce Department'],
    ],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('person.local-office-title', () => {
  it.each([
    // An office title before a given name and a surname, nothing read.
    ['County Recorder Stephen Richer, a Republican, said the count was on schedule.', ['person:Stephen Richer']],
    ['The results were certified by City Clerk Maria Ortiz on Friday.', ['person:Maria Ortiz']],
    // Leave: no given name after the title, a longer name after it, a name already read.
    ['The County Recorder Office said the count was on schedule.', []],
    ['Coroner Anna Reid Hall opened the inquest.', []],
    ['City Clerk [[P:0.7 Maria Ortiz-Vega]] certified the results.', ['person:Maria Ortiz-Vega']],
    // Widened (ents63c): the surname alone read as a person after a given name the lexicon lacks,
    // and the office read inside the person.
    [
      'Turnout was high, [[O Los Angeles County]] Clerk Dean [[P:0.49 Logan]] said.',
      ['place:Los Angeles County', 'person:Dean Logan'],
    ],
    ['The results were certified by [[P:0.94 City Clerk Ana Ruiz]] on Friday.', ['person:Ana Ruiz']],
    // Leave: a surname read by a rule, a person that runs on past the two words.
    ['County Clerk Dean [[P:0.5 Logan Hall]] opened the count.', ['person:Logan Hall']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
