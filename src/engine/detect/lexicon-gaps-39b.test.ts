/**
 * The weak-pattern texts of issue #9, eighth round (lexicon-gaps-39b.cases.ts), scored strictly
 * like the news batches. First sight 0.680 (51 right of 71 predicted, 79 gold; after mending a gold
 * slip in three keep texts, see the commit); with the firm frame's review mends 0.689 (51 / 69 /
 * 79); with leftover rows 15 0.730 (54 / 69 / 79); with place.unknown-list 0.760 (57 / 71 / 79). The floor is a little under the last figure.
 */
import { WEAK_PATTERN_CASES_39B } from './lexicon-gaps-39b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title:
    'weak patterns, eighth round (advisers who are people, "&" firms, bodies opening a sentence, given names sharing a surname, acronyms of things, unknown places in lists, foreign clubs, US towns)',
  cases: WEAK_PATTERN_CASES_39B,
  floor: 0.75,
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any change of this round, and still
  // does (the model's own readings, no rule's): "Buffett" and "Okonkwo" unread (they were firms by
  // the law-firm frame and no longer are), "Hartigan" read as a body by the model, "Ravi Jones" as
  // a place (and "Jones" after it then unread), and surnames in a list after "from" as places.
  knownKeepMisses: new Set([
    'keep adviser advised the board to reject',
    'keep surname advised the founders to sell',
    'keep surname represented the seller',
    'keep people joined by and in a list',
    'keep people in a list after from',
  ]),
  knownFalse: [
    'keep surname represented the seller: FP organization:Hartigan@31',
    'keep people joined by and in a list: FP place:Ravi Jones@34',
    'keep people in a list after from: FP place:Okafor@14',
    'keep people in a list after from: FP place:Hartley@22',
    'keep people in a list after from: FP place:Brandt@34',
  ],
});
