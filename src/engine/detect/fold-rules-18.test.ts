/**
 * The rows of lexicon/fold-patterns-18.ts (helper ents28b) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.sea-without-kind', () => {
  it.each([
    ['The ships were seen on the Baltic on Tuesday.', ['place:Baltic']],
    ['Tankers in the Baltic and the [[L North Sea]] were inspected.', ['place:Baltic', 'place:North Sea']],
    ['Drills were held in the Baltic.', ['place:Baltic']],
    // A noun after it, a capital "The", a word of the language, a name already read, no sea of that name.
    ['The Baltic states and the Baltic coast.', []],
    ['Baltic ministers met. The Baltic is cold.', []],
    ['Ships left the Red on Friday.', []],
    ['Shares of the [[O:0.6 Baltic]] fell.', ['organization:Baltic']],
    ['Crowds at the Forum cheered.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
