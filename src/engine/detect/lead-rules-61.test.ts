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
