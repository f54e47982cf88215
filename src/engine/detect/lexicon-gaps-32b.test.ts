/**
 * The weak-pattern texts of issue #9, second round (lexicon-gaps-32b.cases.ts), scored strictly
 * like the news batches. First sight 0.728 (71 right of 90 predicted, 105 gold); with leftover rows
 * 9 (detect/leftover-rules-9.ts) 0.981 (101 / 101 / 105). The floor is a little under that.
 */
import { WEAK_PATTERN_CASES_32B } from './lexicon-gaps-32b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title: 'weak patterns, second round (club prefixes, sides over a score, parties, ranges, Chinese names)',
  cases: WEAK_PATTERN_CASES_32B,
  floor: 0.96,
  // The rows make clubs of places and people of unread words: in the "keep" sentences (people
  // named like towns, a town in a weather report, a given name alone, Chinese provinces) every
  // name must come out as its gold says.
  heldTitle: 'leave the sentences a fix must not touch as they are',
});
