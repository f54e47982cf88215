/**
 * The weak-pattern texts of issue #9, twenty-third round (lexicon-gaps-54b.cases.ts: names in
 * sports and local news), scored strictly like the news batches. First sight 0.732 on the gold as
 * first committed, 0.744 on the gold after two convention slips were mended (a paper's capital
 * "The" inside its title, a saint's title outside the person: the README's rules, found after
 * first sight); with the round's widenings (a nickname opening a short sports brief, Gaelic scores
 * and margins and the Irish counties, one name before "scored twice") 0.814; the floor is a little
 * under that.
 */
import { WEAK_PATTERN_CASES_54B } from './lexicon-gaps-54b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, twenty-third round (clubs opening, club-only briefs, county sides, grounds, governing bodies, national teams, racecourses, cycling teams, one-name athletes, councils and papers)',
  cases: WEAK_PATTERN_CASES_54B,
  floor: 0.8,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Read wrong before the round's first change, and still: "Tourism in Kerry grew" leaves the
  // county unread; "the shrine of St Columba" reads the saint as a place.
  knownKeepMisses: new Set(['keep a county as a place', 'keep a saint as a person']),
  knownFalse: ['keep a saint as a person: FP place:Columba@36'],
});
