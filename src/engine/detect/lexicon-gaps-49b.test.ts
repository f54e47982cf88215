/**
 * The weak-pattern texts of issue #9, seventeenth round (lexicon-gaps-49b.cases.ts), scored strictly
 * like the news batches. First sight 0.761 (62 right of 75 predicted, 88 gold); with the round's mends (countries named with
 * "the", venues of a crowd, lists beside a body, places after a place's possessive, trade pairs, a
 * people after a region, a scored result) 0.881 (74 / 80 / 88). The floor is a little under
 * the last figure.
 */
import { WEAK_PATTERN_CASES_49B } from './lexicon-gaps-49b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, seventeenth round (firms cut or split, places in a possessive before a street, The-countries opening, Cap Gemini, Greens, Youth Verdict, stadiums, headline nouns, team nicknames, airports, rivers)',
  cases: WEAK_PATTERN_CASES_49B,
  floor: 0.86,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // A keep text the engine read wrong at first sight, before any change of this round, and still
  // does: "Alphabet's Waymo" leaves the unit unread (it makes no false name).
  knownKeepMisses: new Set(['keep a firm possessive']),
  knownFalse: [],
});
