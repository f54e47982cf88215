/**
 * The rows of lexicon/fold-patterns-25.ts (helper ents43c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) Each first case of a row fails with the row off; the
 * leave cases are ordinary news sentences the row must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('organisation.maker-before-poll', () => {
  it.each([
    // A pollster, a joint poll, a survey's sponsor, a publisher; read as a place below 0.6.
    ['The latest Quorvex poll put the senator ahead by four points.', ['organization:Quorvex']],
    ['A Quorvex / Dalmore poll found most voters undecided.', ['organization:Quorvex', 'organization:Dalmore']],
    ['The annual Tellbrook survey counts new graduates.', ['organization:Tellbrook']],
    ['She has published in [[L:0.45 Vantora]] journals for years.', ['organization:Vantora']],
    // A dictionary word capitalised mid-sentence, written in lowercase nowhere in the text.
    ['Yet some Frontiers journals charge a fee.', ['organization:Frontiers']],
    // Leave: words of the language, a weekday, a demonym, a place the map knows, a body the model is
    // sure of, a person the article names, a person the model reads, a sentence's first word.
    ['Exit polls showed a close race.', []],
    ['Opinion polls showed a close race.', []],
    ['Trump led Biden in May, but a Trump poll advantage faded by August.', []],
    ['Voters told the exit poll they were worried, and an Exit poll in the capital agreed.', []],
    ['A Sunday poll and a Kenyan survey were published.', []],
    ['The Iowa poll showed the governor ahead.', []],
    ['The latest [[O:0.9 Gallup]] poll was released on Monday.', ['organization:Gallup']],
    ['[[P Kamala Harris]] spoke on Monday. The Harris poll numbers rose after the debate.', ['person:Kamala Harris']],
    ['The study cited a [[P:0.45 Marquez]] survey of nurses.', ['person:Marquez']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
