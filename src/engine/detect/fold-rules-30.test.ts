/**
 * The rows of lexicon/fold-patterns-30.ts (helper ents58c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.) The take cases fail with the rows off; the leave cases
 * are ordinary news sentences the rows must not change.
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('place.residents-of', () => {
  it.each([
    // A village the model left unread or read weakly as something else after its residents.
    ['Residents of Grammatiko were told to leave.', ['place:Grammatiko']],
    ['Flames reached the edge of Marathon on Tuesday.', ['place:Marathon']],
    ['Police said villagers in Kapandriti had fled.', ['place:Kapandriti']],
    ['The storm cut power to the outskirts of [[P:0.4 Nea Makri]].', ['place:Nea Makri']],
    ['He thanked the people of [[O:0.5 Kalyvia]] for their patience.', ['place:Kalyvia']],
    // Leave: a sure reading, a demonym, a name read as a person, "in" after people, a title, a
    // longer run.
    ['Residents of [[O:0.9 Grenfell Tower]] met the council.', ['organization:Grenfell Tower']],
    ['Many people of Greek descent live there.', []],
    ['People in Congress disagreed.', []],
    ['[[P Ana Kalyvia]] spoke. Residents of Kalyvia cheered.', ['person:Ana Kalyvia']],
    ['The citizens of Mayor Adams Own City were furious.', []],
    ['He asked the people of President Ruiz to wait.', []],
  ])('%s', (text, want) => {
    expect(rulesOn(text)).toEqual(want);
  });
});
