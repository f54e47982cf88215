/**
 * The weak-pattern sentences of issue #9 (lexicon-gaps-31c.cases.ts), scored strictly like the
 * news batches. First sight 0.745 (70 right of 84 predicted, 104 gold); with leftover rows 8
 * (detect/leftover-rules-8.ts) 0.839 (81 / 89 / 104). The floor is a little under that.
 */
import { WEAK_PATTERN_CASES } from './lexicon-gaps-31c.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title: 'weak patterns (teams, seats, cut names, grounds)',
  cases: WEAK_PATTERN_CASES,
  floor: 0.83,
  // The rows make bodies of one-word speakers and teams of names read as people: in the "keep"
  // sentences (surnames alone, a mononym, surnames with a capital inside, people named like cities)
  // no body may appear. (Three misses there are the model's and older: "Neymar" at a sentence's
  // start, "Laura Brennan" after "Secretary of State", "Austin Reeves" read as a place.)
  heldTitle: 'make no body of the people a fix must not touch',
  countsAsError: (e) => / FP organization:/.test(e),
});
