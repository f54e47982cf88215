/**
 * The rows of lexicon/lead-names-61.ts on tagger output written by hand, so each row is tested
 * whatever the committed model reads. (The rows' examples run through the whole engine in
 * lexicon/rows.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on';

describe('none.headline-head-noun', () => {
  it.each([
    ['[[O School]] trust rebuked over exam results\n\nThe trust runs eleven schools.', []],
    ['[[L Airport]] expansion approved\n\nThe plan was approved.', []],
    ['[[L:0.7 University]] staff vote to strike\n\nStaff at [[L Leeds]] voted.', ['place:Leeds']],
    // A body sentence, a longer name, a word of its own after it, a word the row does not take.
    ['[[O University]] staff voted to strike on Monday.', ['organization:University']],
    ['[[O University of Leeds]] staff vote to strike\n\nStaff voted.', ['organization:University of Leeds']],
    ['[[O Ofsted]] rebukes trust\n\nThe trust was rebuked.', ['organization:Ofsted']],
    ['[[O Airport]] Expansion Approved\n\nThe plan was approved.', ['organization:Airport']],
    // The document names the word alone inside a sentence too.
    [
      '[[O Parliament]] votes on budget\n\nThe budget passed after [[O Parliament]] met.',
      ['organization:Parliament', 'organization:Parliament'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});

describe('organisation.partner-after-and', () => {
  it.each([
    ['The line is run by [[O Arriva]] and Keolis.', ['organization:Arriva', 'organization:Keolis']],
    [
      'It is owned by [[O FirstGroup]] and [[P:0.3 Keolis]]. [[P:0.3 Keolis]] declined to comment.',
      ['organization:FirstGroup', 'organization:Keolis', 'organization:Keolis'],
    ],
    // A person the model is sure of, a given name, a place the map knows, a longer run, a common word.
    ['Talks between [[O Microsoft]] and [[P:0.8 Nadella]] ended.', ['organization:Microsoft', 'person:Nadella']],
    ['A deal between [[O Siemens]] and Maria was signed.', ['organization:Siemens']],
    ['Flights between [[O Ryanair]] and Dublin were cut.', ['organization:Ryanair']],
    ['Shares in [[O Siemens]] and Alstom Transport rose.', ['organization:Siemens']],
    ['It was sold by [[O Siemens]] and Today it is closed.', ['organization:Siemens']],
    // A body and a person named as a pair: no "by" or "in" before them (review of stop 61).
    ['The [[O BBC]] and Lineker reached an agreement.', ['organization:BBC']],
    ['Talks between the [[O RMT]] and Haigh broke down.', ['organization:RMT']],
    // Not after an organisation.
    ['The talks between [[P Smith]] and Keolis ended.', ['person:Smith']],
    // After "in", a place the model read is no firm, whatever the document's vote (ents64a, batch 128).
    [
      'New homes in [[L:0.6 Tunbridge Wells]] and Pembury were built. [[O:0.9 Tunbridge Wells]] fined [[O Acme]].',
      ['place:Tunbridge Wells', 'organization:Tunbridge Wells', 'organization:Acme'],
    ],
  ])('%s', (text, expected) => expect(rulesOn(text)).toEqual(expected));
});
