/**
 * Rows for error classes of the held-out fold documents (4 Dec 2026, helper ents24b, issue #9):
 * a player named before a match's set scores, and a river or lake named before its lowercase
 * kind. Kept in their own file so they merge cleanly with rows added in parallel; the rules that
 * apply them are in detect/fold-rules-15.ts, called by applyNameRules right after the fold-14 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const PLAYER_BEFORE_SET_SCORES_ROW: RuleRow<{ readonly sets: number }> = {
  id: 'person.player-before-set-scores',
  value: { sets: 2 },
  reason:
    'Tennis, badminton and squash reports write a match as the loser\'s name and the set scores ("beating Taylor Fritz 6-3, 6-4, 7-5"); a club is named before one score, never before a list of sets. The model, reading "beating X 6-3" as a club\'s result, may call the player an organisation (the tennis report of the held-out news folds, seed 20240611: "Taylor Fritz" and his later "Fritz"). One or two capitalised words the model read as an organisation without being sure, right before at least this many scores joined by commas, are a person.',
  examples: [
    {
      text: 'Jannik Sinner won the title on Sunday, beating Taylor Fritz 6-3, 6-4, 7-5 in the final.',
      expect: 'person:Jannik Sinner | person:Taylor Fritz',
    },
    {
      text: 'Arsenal beat Chelsea 2-1 on Sunday, and the keeper made five saves.',
      expect: 'organization:Arsenal | organization:Chelsea',
    },
  ],
};

export const WATER_BEFORE_KIND_ROW: RuleRow<{ readonly kinds: readonly string[] }> = {
  id: 'place.water-before-kind',
  value: { kinds: words('river lake canal creek stream lagoon estuary reservoir') },
  reason:
    'News often names a river or a lake before its kind in lowercase ("the Brenta river had burst its banks", "the Piave river"); the model, meeting an unfamiliar word, reads an organisation (the flood report of the held-out news folds, under both seeds). "The", one or two capitalised words on the line (not a word the language writes in lowercase, a given name, a month or a weekday) and one of these lowercase kinds are a place, over a reading the model is not sure of; a word it left unread is left; a name a rule read, or one the model is sure is something else, is left.',
  examples: [
    {
      text: 'Its head said the Brenta river had burst its banks near the town.',
      expect: 'place:Brenta',
    },
    { text: 'The March river cruise was cancelled on Monday.', expect: '' },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const FOLD_PATTERN_ROWS_15: readonly RuleRow<unknown>[] = [PLAYER_BEFORE_SET_SCORES_ROW, WATER_BEFORE_KIND_ROW];
