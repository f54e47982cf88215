/**
 * The weak-pattern texts of issue #9, twenty-second round (lexicon-gaps-53b.cases.ts), scored
 * strictly like the news batches. First sight 0.589; with the round's mends (long bodies whose
 * complement runs on through "of", "to" or a paired plural, two founders and metal makers before a
 * trade word) 0.679; the floor is a little under that.
 */
import { WEAK_PATTERN_CASES_53B } from './lexicon-gaps-53b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, twenty-second round (firms of two names joined by and, long bodies with for the, facilities after towns and saints, firms and clubs read as people or places, descriptions, two-surname firms, universities and trusts)',
  cases: WEAK_PATTERN_CASES_53B,
  floor: 0.66,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Read wrong before the round's first change, and still: "Shell and BP said" leaves Shell
  // unread; "The Glasgow station was closed" reads the town as a body.
  knownKeepMisses: new Set(['keep two firms joined by and', 'keep a town before a common station']),
  knownFalse: ['keep a town before a common station: FP organization:Glasgow@4'],
});
