/**
 * The weak-pattern texts of issue #9, tenth round (lexicon-gaps-41b.cases.ts), scored strictly
 * like the news batches. First sight 0.609 (56 right of 91 predicted, 93 gold); with leftover rows
 * 17 0.800 (72 / 87 / 93); 0.778 (70 / 87 / 93) once organisation.results-line needs sport or a
 * results label (the review of stop 51: polls and medal tables), which leaves the bare line "Stoke
 * City 1 Sheffield Wednesday 3". The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_41B } from './lexicon-gaps-41b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, tenth round (countries named with "and", pairs of towns, land-word firms, results lines and foreign clubs, US towns, bodies known from context, campuses, a person after "official")',
  cases: WEAK_PATTERN_CASES_41B,
  floor: 0.77,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does (the model's own readings, no rule's): "Trinidad and Tobago" alone split in two (joining
  // it cost the training folds, whose gold splits it), "Glencore" and "Stanford" as places, "Hull"
  // as a body.
  knownKeepMisses: new Set([
    'keep country with and after a body and',
    'keep country with and in a list',
    'keep stakes in two firms',
    'keep towns of results',
    'keep universities in a list',
  ]),
  knownFalse: [
    'keep country with and after a body and: FP place:Trinidad@27',
    'keep country with and after a body and: FP place:Tobago@40',
    'keep country with and in a list: FP place:Trinidad@14',
    'keep country with and in a list: FP place:Tobago@27',
    'keep stakes in two firms: FP place:Glencore@28',
    'keep towns of results: FP organization:Hull@10',
    'keep universities in a list: FP place:Stanford@26',
  ],
});
