/**
 * The weak-pattern texts of issue #9, eighteenth round (lexicon-gaps-49b.cases.ts), scored strictly
 * like the news batches. First sight 0.655 (58 right of 89 predicted, 88 gold); with the round's
 * mends (aims of bodies cut off, more portfolios, fields listed with commas, flats and blocks, trade
 * tails, bodies named in another language, publishers of two founders, two names of one head, Welsh
 * and Gaelic areas) 0.893 (75 / 80 / 88). The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_49B } from './lexicon-gaps-49b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, eighteenth round (portfolios before a name, firms split or cut, two names joined, Welsh and Gaelic places, bodies in another language, journals, surnames beside a team, publishers, bodies named for an aim, departments of listed fields, flats and blocks)',
  cases: WEAK_PATTERN_CASES_49B,
  floor: 0.87,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // A keep text the engine read wrong at first sight, before any change of this round, and still
  // does: "Shell and BP both raised their dividends" leaves Shell unread (it makes no false name).
  // "Residents of Flat 4" and "of Block C" made false places at first sight; this round mends them.
  knownKeepMisses: new Set(['keep two firms joined']),
  knownFalse: [],
});
