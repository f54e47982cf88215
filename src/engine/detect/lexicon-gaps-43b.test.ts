/**
 * The weak-pattern texts of issue #9, twelfth round (lexicon-gaps-43b.cases.ts), scored strictly
 * like the news batches. First sight 0.554 (46 right of 72 predicted, 94 gold); with leftover rows
 * 19, the second-"and" guard of the three and-rows, the opening-time guard of
 * person.company-role-apposition and the widened force and league lists 0.736 (64 / 80 / 94). The
 * floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_43B } from './lexicon-gaps-43b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, twelfth round (clubs outside a results line, cycling teams with a dash, cricket and rugby sides, coalitions and forces, possessive firms, opening times, two bodies with and, firms of a country)',
  cases: WEAK_PATTERN_CASES_43B,
  // 0.736 when written; the review mends of stop 53 (dash-team, ampersand-acronym) gave up probe
  // recall for precision on ordinary news: 0.717.
  floor: 0.71,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does (the model's own readings or older rows', none of this round's): the province "Leinster"
  // read as a rugby side, "Smith" before "'s lawyer" missed, "Continental" in a list missed.
  knownKeepMisses: new Set([
    'keep leinster the province',
    'keep a person possessive before a noun',
    'keep a list of companies',
  ]),
  knownFalse: ['keep leinster the province: FP organization:Leinster@16'],
});
