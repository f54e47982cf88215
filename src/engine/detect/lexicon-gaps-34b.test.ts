/**
 * The weak-pattern texts of issue #9, fourth round (lexicon-gaps-34b.cases.ts), scored strictly
 * like the news batches. First sight 0.761 (62 right of 73 predicted, 90 gold); with leftover rows
 * 11 (detect/leftover-rules-11.ts) and the acronym guard of the two "and" joins 0.920 (80 / 84 / 90).
 * The floor is a little under that.
 */
import { WEAK_PATTERN_CASES_34B } from './lexicon-gaps-34b.cases';
import { describeWeakPatternRound } from './weak-pattern-round.fixture';

describeWeakPatternRound({
  title: 'weak patterns, fourth round (law firms, parties, hospitals, mountains, sides, French names)',
  cases: WEAK_PATTERN_CASES_34B,
  floor: 0.91,
  // The rows make bodies, places and hospitals of words in frames: in the "keep" sentences (people
  // named like towns or firms, a given name alone, a road named after a mount, a body after a
  // ministry and "and") every name must come out as its gold says, and the two that failed before
  // this round must make no false name.
  heldTitle: 'leave the sentences a fix must not touch as they are',
  // Keep texts the engine read wrong at first sight, before any row of this round, and still does:
  // "Dean Jones" after "Alan Smith and" and the bare "Jones" after it are left unread, and "Jannik
  // Sinner" (a word of the language) is left unread.
  knownKeepMisses: new Set(['keep two people joined by and', 'keep players in a result']),
  knownFalse: [],
});
