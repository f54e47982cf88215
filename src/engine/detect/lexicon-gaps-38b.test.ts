/**
 * The weak-pattern texts of issue #9, seventh round (lexicon-gaps-38b.cases.ts), scored strictly
 * like the news batches. First sight 0.693 (53 right of 74 predicted, 79 gold); with the active
 * voice of organisation.law-firm-frame 0.764 (60 / 78 / 79); with title.abbreviated-office 0.787
 * (61 / 76 / 79). The floor is a little under that.
 */
import { WEAK_PATTERN_CASES_38B } from './lexicon-gaps-38b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, seventh round (acronyms of things, unknown places in lists, firms before advised, clubs and bodies, abbreviated titles)',
  cases: WEAK_PATTERN_CASES_38B,
  floor: 0.78,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does: "Chile" opening a sentence unread (no false name). "5 PM" read as a place and "The PM
  // said" as a body were wrong too, and title.abbreviated-office now leaves them right and held.
  knownKeepMisses: new Set(['keep country before a verb']),
  knownFalse: [],
});
