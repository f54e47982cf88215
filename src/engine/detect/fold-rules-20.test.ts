/**
 * The rows of lexicon/fold-patterns-20.ts (helper ents37c) on tagger output written by hand, so
 * each row is tested whatever the committed model reads. (The rows' examples run through the whole
 * engine in lexicon/rows.test.ts' tables.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('work.title-after-kind', () => {
  it.each([
    ['He starred in the romantic comedy Counting [[P Marigold]] in 2004.', []],
    ['He starred in the romantic comedy, Counting [[P Marigold]] (2004), and won.', []],
    ['She had a role in the films [[O Harbor Lights Tonight]] and [[P Palace]] of Glass.', []],
    ['A short role in the thriller Night of the [[L Heron]] followed.', []],
    ['He was in the final season of period drama [[P Ashcombe Manor]].', []],
    ['He appeared in films like [[P Glass Harbour]] and others.', []],
    ['He made several films, including [[P Glass Harbour]] and others.', []],
    ['Her book [[P Dear Martha]] sold well.', []],
    ['His role in the comedy Louder by the [[O Minute]] came first.', []],
    // The run stops before "in", "at", "with" and before "by" and a name (its maker).
    ['He was in the thriller Night of the [[L Heron]] in [[L Toronto]].', ['place:Toronto']],
    ['The film Undertow by [[P Okafor]] opened.', ['person:Okafor']],
    // A later repeat of a title of two words or more.
    [
      'She was in the films [[O Harbor Lights Tonight]] and [[P Palace]] of Glass. [[P Nora Vance]] starred in [[P Palace]] of Glass too.',
      ['person:Nora Vance'],
    ],
    // Titles listed with their year in a sentence that names their kind.
    ['His film roles include The Keeper (2007), [[O Mill Lane Junction]] (2010) and [[P Rosalind]] (2013).', []],
    // A person with a given name first, a maker after "by", a year list without a kind, a title not capitalised.
    ['The film [[P Steven Spielberg]] directed opened in [[L Paris]].', ['person:Steven Spielberg', 'place:Paris']],
    ['A painting by [[P Giovanni Bellini]] (1505) hangs in the film archive.', ['person:Giovanni Bellini']],
    ["Roles in films like [[P Mara Quint]]'s Second Serve followed.", ['person:Mara Quint']],
    ['He taught at the Sorbonne in [[L Paris]] (1927).', ['place:Paris']],
    ['The series of talks in [[L Geneva]] ended.', ['place:Geneva']],
    ['They book [[O Ryanair]] flights.', ['organization:Ryanair']],
    // A comma alone closes an opening phrase.
    [
      'In the other series, [[O Oklahoma City]] beat the [[O Timberwolves]].',
      ['organization:Oklahoma City', 'organization:Timberwolves'],
    ],
    ['In the novel, [[P Dickens]] describes a prison.', ['person:Dickens']],
    ['The album sold in [[L France]].', ['place:France']],
    // Lead, at the merge: a title that is also a place names the place when it comes back; "to film"
    // and "painting" after a noun are verbs.
    // (The title itself comes back too, by a later row that repeats a name read elsewhere: a known miss.)
    ['The album [[L New York]] sold well; she was born in [[L New York]].', ['place:New York', 'place:New York']],
    ['The crew arrived to film [[P Obama]] in [[L Paris]].', ['person:Obama', 'place:Paris']],
    ['She spent the summer painting [[L Venice]].', ['place:Venice']],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('person.deity', () => {
  it.each([
    ['She left the bank to give her life to [[L God]].', ['person:God']],
    ['His sermons told the poor to trust in Jesus daily.', ['person:Jesus']],
    ['She wrote that she "turned to Christ as a girl."', ['person:Christ']],
    ['She prayed to Jesus Christ daily.', ['person:Jesus Christ']],
    // Inside a longer name, an exclamation, a lowercase word.
    ['The [[O Redeemed Christian Church of God]] met.', ['organization:Redeemed Christian Church of God']],
    ['[[P Jesus Navas]] scored.', ['person:Jesus Navas']],
    ['God, I do not know!', []],
    ['Oh God, not again.', []],
    ['We can thank God it rained.', []],
    ['The god of the sea was angry.', []],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
