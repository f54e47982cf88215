/**
 * The weak-pattern texts of issue #9, fifteenth round (lexicon-gaps-46b.cases.ts), scored strictly
 * like the news batches. First sight 0.688 (54 right of 70 predicted, 87 gold); with the round's
 * mends ("Of-" regulators, economics firms, a body after a body's possessive and a body in capitals
 * split from the body it owns, a side put ahead, an American town's address comma, departments and
 * counties before a list, a town that is a word of the language sacking its manager, a town and a
 * two-word nickname) 0.911 (77 / 82 / 87). The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_46B } from './lexicon-gaps-46b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, fifteenth round (one-word regulators, firms with a common first word, city-nickname sides, bodies after a possessive, doubted openers, given names after an address comma, lists after "the counties of")',
  cases: WEAK_PATTERN_CASES_46B,
  floor: 0.89,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does (the model's own readings, none of this round's): "Tesco" unread and "Asda" read as a
  // place in a list of supermarkets.
  knownKeepMisses: new Set(['keep a list of companies']),
  knownFalse: ['keep a list of companies: FP place:Asda@23'],
});
