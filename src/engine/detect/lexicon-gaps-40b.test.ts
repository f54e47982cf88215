/**
 * The weak-pattern texts of issue #9, ninth round (lexicon-gaps-40b.cases.ts), scored strictly
 * like the news batches. First sight 0.775 (55 right of 64 predicted, 78 gold); with leftover rows
 * 16, EU/IRGC as known acronyms, the and-complement's place guard and the own-language heads
 * 0.941 (72 / 75 / 78). The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_40B } from './lexicon-gaps-40b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, ninth round ("& Co." at a sentence\'s end, bodies opening with a common word, foreign clubs and parties, US towns, two-surname firms, possessive firms and lodges, acronyms in a noun phrase, a body and a person joined by "and")',
  cases: WEAK_PATTERN_CASES_40B,
  floor: 0.93,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does (the model's own readings, no rule's): "Lima" opening a sentence unread. ("MRI" before
  // "scan", read as a body, was one too until none.acronym-thing of fold rows 23, ents41c.)
  knownKeepMisses: new Set(['keep lima alone']),
  knownFalse: [],
});
