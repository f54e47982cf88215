/**
 * The weak-pattern texts of issue #9, thirteenth round (lexicon-gaps-44b.cases.ts), scored strictly
 * like the news batches. First sight 0.641 (59 right of 82 predicted, 102 gold); with leftover rows
 * 20 (an opening "A", port bodies, borrowed field words, regnal names, gangs, agencies with "and",
 * observation missions) and the stage races of organisation.dash-team 0.815 (77 / 87 / 102). The floor is a little under the last
 * figure.
 */
import { WEAK_PATTERN_CASES_44B } from './lexicon-gaps-44b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, thirteenth round (an opening "A" before a survey, cricketers, gangs named with an article, port bodies, borrowed field words, clubs, missions, regnal names, species, cycling teams after a stage race)',
  cases: WEAK_PATTERN_CASES_44B,
  floor: 0.8,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does (the model's own readings, none of this round's): "Texas" after an opening "A" missed,
  // "Europe" read as a person after "won hearts across".
  knownKeepMisses: new Set(['keep an opening a before a person', 'keep hearts as a common noun']),
  knownFalse: ['keep hearts as a common noun: FP person:Europe@27'],
});
