/**
 * The weak-pattern texts of issue #9, nineteenth round (lexicon-gaps-50b.cases.ts), scored strictly
 * like the news batches. First sight 0.747 (71 right of 90 predicted, 100 gold); with the round's
 * mends (two bodies of one head, a denomination before a see, bishops' conferences, a body's name
 * in commas, a town's Fire or Police chief, a nationality word repeated before a noun) 0.829
 * (80 / 93 / 100). The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_50B } from './lexicon-gaps-50b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, nineteenth round (firms of two names, two bodies of one head, bodies with a place or a descriptor before them, charities named as a phrase, accented given names, a name after a lowercase body, airline words, lone surnames, initials in brackets, universities of a region)',
  cases: WEAK_PATTERN_CASES_50B,
  floor: 0.81,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // A keep text the engine read wrong at first sight, before any change of this round, and still
  // does: "Martin and Taylor met in Leeds" leaves both surnames unread (it makes no false name).
  knownKeepMisses: new Set(['keep two surnames as two people']),
  knownFalse: [],
});
