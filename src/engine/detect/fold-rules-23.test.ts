/**
 * The rows of lexicon/fold-patterns-23.ts (helper ents41c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) Each first case of a row fails with the row off; the
 * leave cases are ordinary news sentences the row must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.letter-hyphen-noun', () => {
  it.each([
    ['The radar works in the [[L:0.6 L-band]] over the sea.', []],
    ['An [[O:0.4 X-ray]] showed the crack, [[P Okafor]] said.', ['person:Okafor']],
    // Leave: a brand whose second part is capitalised, a longer name holding such a word.
    ['[[O:0.5 T-Mobile]] said its network was back.', ['organization:T-Mobile']],
    ['Workers at [[O:0.8 K-pop Holdings]] went on strike.', ['organization:K-pop Holdings']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('none.acronym-thing', () => {
  it.each([
    // A thing noun after the short form; the bare repeat goes with it.
    ['Clinics used the [[O:0.5 MRI]] scan. [[O:0.4 MRI]] images were clear.', []],
    ['The songs came in [[O:0.4 FLAC]] format and over [[O:0.5 HTTP]] 1.1.', []],
    ['The drive holds 500 [[O:0.4 GB]] of data.', []],
    // Leave: a known body, a known short form, a body the model is sure of, a noun a body stands before.
    ['The [[O:0.5 NASA]] format was adopted.', ['organization:NASA']],
    ['Tankers were barred from [[O:0.5 EU]] ports.', ['organization:EU']],
    // A firm before "exposure" (review, stop 51).
    ['Banks with [[O:0.55 FTX]] exposure fell. [[O:0.54 FTX]] collapsed.', ['organization:FTX', 'organization:FTX']],
    ['The [[O:0.9 BRIT]] format won the award.', ['organization:BRIT']],
    // Leave: a short form the text spells out as a capitalised name.
    [
      'The [[O Universal Video Registry]] ([[O:0.5 UVR]]) set rules. [[O:0.5 UVR]] format rules apply.',
      ['organization:Universal Video Registry', 'organization:UVR', 'organization:UVR'],
    ],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('organisation.club-and-club', () => {
  it.each([
    [
      'The [[O Melbourne Storm]] and [[L:0.5 Collingwood]] both confirmed they would host matches.',
      ['organization:Melbourne Storm', 'organization:Collingwood'],
    ],
    [
      '[[L:0.4 Penrith]] and the [[O Sydney Roosters]] drew 12-12.',
      ['organization:Penrith', 'organization:Sydney Roosters'],
    ],
    // Leave: no sport in the sentence, a town the model is sure of, a one-word body, a longer name.
    [
      'The [[O Melbourne Theatre Company]] and [[L:0.5 Geelong]] signed a deal.',
      ['organization:Melbourne Theatre Company', 'place:Geelong'],
    ],
    [
      'The [[O Melbourne Storm]] and [[L:0.8 Sydney]] will host matches.',
      ['organization:Melbourne Storm', 'place:Sydney'],
    ],
    ['The [[O NRL]] and [[L:0.5 Penrith]] agreed on the season.', ['organization:NRL', 'place:Penrith']],
    // Leave: the people of the town after it (review, stop 51).
    [
      'Fans of the [[O Green Bay Packers]] and [[L:0.5 Milwaukee]] residents filled the stadium for the game.',
      ['organization:Green Bay Packers', 'place:Milwaukee'],
    ],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.street-word-unread', () => {
  it.each([
    ['The shop is on Rua Velamo, near the river.', ['place:Rua Velamo']],
    ['The hotel faces Calle [[L:0.5 Tarisi]] and the sea.', ['place:Calle Tarisi']],
    // Leave: a street word alone, a body.
    ['Crowds filled the Rambla on Sunday.', []],
    ['Calle [[O Capital Partners]] bought the bank.', ['organization:Capital Partners']],
    // Leave: a town's officer after the word (review, stop 51).
    ['Largo Mayor [[P Woody Brown]] said the city would rebuild.', ['place:Largo', 'person:Woody Brown']],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});

describe('place.guide-entry', () => {
  it.each([
    [
      '[[L Jamaica]]: the biggest island of the group.\n\nTarisi: dry and windy.\n\n[[P:0.6 Marie Velamo]]: the largest island out of the group.\n\nPort Oskuna: with its suburbs, it is the main town.\n\n[[L Kingston]]: the capital.',
      ['place:Jamaica', 'place:Tarisi', 'place:Marie Velamo', 'place:Port Oskuna', 'place:Kingston'],
    ],
    // Leave: a transcript of speakers (a title, a common word, a person the text names elsewhere, a
    // person the model reads whose description names a town only later), even with a place among them.
    [
      'Mayor [[P Ana Kerr]]: the town will not raise taxes.\n\nReporter: what happens next?\n\nOkafor: the city needs money.\n\n[[P:0.7 Dele Tarisi]]: well, we asked the town.\n\n[[L London]]: the capital votes next.\n\nCouncillor [[P Okafor]] spoke first.',
      ['person:Ana Kerr', 'person:Dele Tarisi', 'place:London', 'person:Okafor'],
    ],
    // Leave: a transcript with one known place, its speakers' replies naming a town or an island,
    // and a label of common words (review, stop 51).
    [
      'Host: welcome back.\n\n[[P:0.6 Okonjo]]: thanks, the town has changed a lot.\n\n[[L Dallas]]: the city council approved the budget.\n\n[[P:0.6 Brennan]]: the island is beautiful.\n\n[[O:0.5 Sports]]: the Yankees won.',
      ['person:Okonjo', 'place:Dallas', 'person:Brennan', 'organization:Sports', 'organization:Yankees'],
    ],
    // Leave: fewer than three entries; no known place among them.
    ['Tarisi: dry and windy.\n\nVelamo: the biggest island.', []],
    ['Tarisi: dry and windy.\n\nVelamo: the biggest island.\n\nOskuna: a small town.', []],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
