/**
 * The weak-pattern texts of issue #9, seventh round (lexicon-gaps-38b.cases.ts), scored strictly
 * like the news batches. First sight 0.693 (53 right of 74 predicted, 79 gold).
 */
import { WEAK_PATTERN_CASES_38B } from './lexicon-gaps-38b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, seventh round (acronyms of things, unknown places in lists, firms before advised, clubs and bodies, abbreviated titles)',
  cases: WEAK_PATTERN_CASES_38B,
  floor: 0.68,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round: "Chile" opening
  // a sentence unread, a time's "PM" read as a place, and "The PM" with no name as a body.
  knownKeepMisses: new Set(['keep country before a verb', 'keep time pm', 'keep pm with no name']),
  knownFalse: ['keep time pm: FP place:PM@24', 'keep pm with no name: FP organization:PM@4'],
});
