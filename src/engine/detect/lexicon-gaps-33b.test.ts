/**
 * The weak-pattern texts of issue #9, third round (lexicon-gaps-33b.cases.ts), scored strictly
 * like the news batches. First sight 0.814 (57 right of 63 predicted, 77 gold); with leftover rows
 * 10 (detect/leftover-rules-10.ts) 0.967 (74 / 76 / 77). The floor is a little under that.
 */
import { WEAK_PATTERN_CASES_33B } from './lexicon-gaps-33b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title: 'weak patterns, third round (acronyms, sponsor teams, nicknames, rivers, grounds, visitors)',
  cases: WEAK_PATTERN_CASES_33B,
  floor: 0.96,
  // The rows make clubs, teams, bodies and places of words around results, roles and verbs: in the
  // "keep" sentences (people named like towns, a given name alone, a town in a weather report, a
  // festival, plural nouns opening a sentence, acronyms of no body) every name must come out as its
  // gold says.
  heldTitle: 'leave the sentences a fix must not touch as they are',
});
