/**
 * The weak-pattern texts of issue #9, sixteenth round (lexicon-gaps-47b.cases.ts), scored strictly
 * like the news batches. First sight 0.762 (77 right of 97 predicted, 105 gold); with the round's
 * mends (European regions, next-game and score lines, the first of a firm pair, a Cabinet title,
 * time zones without "time", a signing story's sides, a product tier after a firm's possessive)
 * 0.918 (95 / 102 / 105). The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_47B } from './lexicon-gaps-47b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, sixteenth round (services after a body, firms sharing a tail, time zones, bills, parties with short forms, signing stories, regions opening, city sides beside a dateline, UP NEXT and score lines)',
  cases: WEAK_PATTERN_CASES_47B,
  floor: 0.9,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does: "Milwaukee will host" leaves the town unread, and business.stock-move reads "Burgundy"
  // as a body ("Wine output in Burgundy fell by 10%").
  knownKeepMisses: new Set(['keep host as a verb', 'keep a region in a sentence']),
  knownFalse: ['keep a region in a sentence: FP organization:Burgundy@15'],
});
