/**
 * The weak-pattern texts of issue #9, twentieth round (lexicon-gaps-51b.cases.ts), scored strictly
 * like the news batches. First sight 0.656 (60 right of 89 predicted, 94 gold); with the round's
 * mends (campaigns named with a command, a court after a plural possessive, letter-pair firms, town
 * clubs in a short sport text, offices with "General", firms after a role or before their kind, a
 * word before "UK", a lone "Cape", a hyphened title after "then-") 0.852 (78 / 89 / 94). The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_51B } from './lexicon-gaps-51b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, twentieth round (firms of two surnames, one-word firms by context, initials before a hyphened firm, place words inside bodies, campaigns as phrases, of-the-and bodies, then-/ex- titles, clubs named after towns, bodies named after a person, ministries with a comma)',
  cases: WEAK_PATTERN_CASES_51B,
  floor: 0.84,
  heldTitle: 'leave the sentences a fix must not touch as they are',
});
