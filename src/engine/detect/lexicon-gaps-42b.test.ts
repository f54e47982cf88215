/**
 * The weak-pattern texts of issue #9, eleventh round (lexicon-gaps-42b.cases.ts), scored strictly
 * like the news batches. First sight 0.586 (51 right of 78 predicted, 96 gold); with leftover rows
 * 18 and the two widened older rows (a title before a street word, a firm named after a town after
 * "and") 0.813 (74 / 86 / 96). The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_42B } from './lexicon-gaps-42b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, eleventh round (clubs and leagues, channels and signs, bodies known from context, land-word bodies, party titles, opening "The" and waters, long names)',
  cases: WEAK_PATTERN_CASES_42B,
  floor: 0.8,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does (the model's own readings or older rows', none of this round's): two tennis players read
  // as a club, two surnames before a count missed, "Calle Mayor" missed ("Mayor" is a title),
  // "Procter & Gamble" and "Marks and Spencer" cut.
  knownKeepMisses: new Set([
    'keep a person who beat another',
    'keep a number after a name',
    'keep calle a street',
    'keep two firms with and',
    'keep a firm of two words and',
  ]),
  knownFalse: [
    'keep a person who beat another: FP organization:Casper Ruud@0',
    'keep two firms with and: FP place:Procter@22',
    'keep a firm of two words and: FP person:Spencer@10',
  ],
});
