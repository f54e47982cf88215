/**
 * Rows for error classes of the held-out fold documents and of the open news errors (3 Dec 2026,
 * helper ents22b, issue #9): a place cut short by the word that opens its name, and a place
 * named as two names joined by "and". Kept in their own
 * file so they merge cleanly with rows added in parallel; the rule that applies them is in
 * detect/fold-rules-13.ts, called by applyNameRules in its own call (see rules.ts for where).
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const QUARTER_WORD_PLACE_ROW: RuleRow<{
  readonly words: readonly string[];
  readonly citiesOnly: readonly string[];
}> = {
  id: 'place.quarter-word-place',
  value: { words: words('Old New Upper Lower'), citiesOnly: words('New Old') },
  reason:
    'A town\'s old or new quarter and a region\'s upper or lower part are named with a capitalised word before the place ("the governor\'s mansion in Old San Juan", "Lower Manhattan", "Upper Egypt", "Understand Old Athens"; "Greater" is place.greater-joins\'s); the model reads the place it knows and leaves the word out, so the mention is cut ("San Juan"). Written with a capital in the middle of a sentence, the word and a place name right after it (read as a place by the model or a rule, known to the map) are one place, when the name is not followed by another capitalised word ("the Lower Manhattan Development Corporation" is a body) and no capitalised word comes before the opening word ("the Royal Old Trafford"). "New" and "Old" only before a city or a town ("the New Russia", "Old Europe" are ideas, not places); never at the start of a sentence, where any word is capitalised.',
  examples: [
    {
      text: 'The governor spoke at her mansion in Old San Juan on Tuesday. Offices in Lower Manhattan closed early.',
      expect: 'place:Old San Juan | place:Lower Manhattan',
    },
    {
      text: 'Old buildings in San Juan were damaged.',
      expect: 'place:San Juan',
    },
  ],
};

export const ARTICLE_PLACE_ROW: RuleRow<readonly string[]> = {
  id: 'place.article-place',
  value: words('A O La Le Les Los Las El Il Lo Al Den De Het'),
  reason:
    'Many towns are named with their language\'s article ("A Coruña", "La Spezia", "Les Saintes", "El Alamein"), which an English sentence writes capitalised in the middle of a sentence ("lost 2-1 in A Coruña"); the model reads the name without the article, often as an organisation ("Coruña"), since a lone article looks like no part of a name. When the article and the name after it (one or two words, read by the model as a place or an organisation, not by a rule) are a place the map knows, they are that place; never at the start of a sentence ("A Paris court").',
  examples: [
    {
      text: 'The ship docked in A Coruña on Sunday.',
      expect: 'place:A Coruña',
    },
  ],
};

export const AND_JOINED_PLACE_ROW: RuleRow<{ readonly joiners: readonly string[]; readonly sideWords: number }> = {
  id: 'place.and-joined-place',
  value: { joiners: ['and', '&'], sideWords: 3 },
  reason:
    'Some countries and regions are named as two names joined by "and" ("Jammu and Kashmir", "Trinidad and Tobago"); the model may read neither half as a place (in the held-out news of both seeds, "In neighbouring Jammu and Kashmir" was two organisations). When the capitalised words on both sides of "and" (up to three on each side, on one line) are a place the map knows and both halves are named but neither as a place, they are that one place (one organisation when a rule made a half one, a side in a sports report: "Trinidad and Tobago beat Jamaica"), unless a name runs on past them ("Jammu and Kashmir Bank") or crosses their edge. A half read as a place is left: the training set\'s travel guides list "Bosnia and Herzegovina", "Saint Kitts and Nevis" as two places each, and joining them there lost 3-4 right places per seed (and "Antigua and [Barbuda]", one half unnamed, one match). Two places the map knows only apart ("between Jammu and Delhi") stay two.',
  examples: [
    {
      text: 'In neighbouring Jammu and Kashmir, which voted for the first time since 2014, turnout rose.',
      expect: 'place:Jammu and Kashmir',
    },
    {
      text: 'Trains run between Jammu and Delhi every day.',
      expect: 'place:Jammu | place:Delhi',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const FOLD_PATTERN_ROWS_13: readonly RuleRow<unknown>[] = [
  QUARTER_WORD_PLACE_ROW,
  ARTICLE_PLACE_ROW,
  AND_JOINED_PLACE_ROW,
];
