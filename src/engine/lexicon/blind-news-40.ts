/**
 * Rows from the blind entity batches 119 and 120 (7 Dec 2026, helper ents61a; the batches are in
 * detect/news-entities-119.cases.ts). Batch 121 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-40.ts, called by applyNameRules
 * after the rows of batches 116 and 117. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const OPENING_WORD_ROLE_ROW: RuleRow<{ roles: readonly string[]; below: number }> = {
  id: 'none.opening-word-before-role',
  value: {
    roles: words(
      'chief executive director minister commissioner president chair chairman chairwoman secretary spokesman spokeswoman spokesperson manager head official collector',
    ),
    below: 0.8,
  },
  reason:
    'A sentence may open with a common word that says whose officeholder follows ("Trust chief executive Margaret Hale said", "League chief executive Neil Reay said", "Municipal commissioner Bhushan Patil said", "Industry minister Yoji Kawai said"): the word is capitalised only because it opens the sentence, and the model, unsure, reads it as a body. A sentence\'s first word, read by the model alone as a one-word organisation below 0.8, that the same text writes in lowercase elsewhere ("the trust\'s schools", "the league board"), right before one or two lowercase words ending in a role (chief executive, minister, commissioner, director, spokesman …) and a name read as a person, is no name. A body the model is sure of ("Qantas chief executive …", "Reuters …"), a word read as a place or a person, a longer name ("Kent County Council chief executive …") and a word the text never writes in lowercase ("Vestas chief executive …", "Fed chair Jerome Powell", "Arsenal chairman …": common words too) are left.',
  examples: [
    {
      text: 'The trust runs nine schools. Trust chief executive Margaret Hale-Dunmore said the board accepted the findings.',
      expect: 'person:Margaret Hale-Dunmore',
    },
  ],
};

export const LIST_OF_TOWNS_ROW: RuleRow<{
  joins: readonly string[];
  prepositions: readonly string[];
  below: number;
}> = {
  id: 'place.list-of-towns',
  value: {
    joins: words('and or'),
    prepositions: words('in of from through near around across between at'),
    below: 0.8,
  },
  reason:
    'A list opened by a place goes on with places: "Residents of Helensburgh, Rhu and Garelochhead", "from Kirkwall, Stromness and Dounby", "in Tomari, Kyowa, Iwanai and Kamoenai". place.coordinated-with-place reads only the last member and only when the member before it is a place, so a small town in the middle read as a person or a body ("Rhu" a person at 0.6) leaves it and the last member unread. A list of three to eight members of one capitalised word each, joined by commas and a last "and" or "or", ending at punctuation or a function word, whose first member is a place the map or a rule knows, the model is sure of (0.9), or the model read as a place right after a preposition of place (in, of, from, through, near …: "Residents of Helensburgh", a town the map does not know, at 0.48), is a list of places when every other member is unread or read by the model alone below 0.8, and none is a common word, a given name, a demonym or a name the article gives a person; each such member becomes a place. A town and its country or region after it ("in Wesseling, Germany, and BASF is selling") is no list, and a word in capitals ("BASF") is no town. Lists of people ("Smith, Jones and Patel"), of firms and of a place and people ("in Paris, Macron and Scholz met") are left: the first member is no place, or a member is a given name or a word of a person named in the text.',
  examples: [
    {
      text: 'Residents of Helensburgh, Rhu and Garelochhead have complained about the flights.',
      expect: 'place:Helensburgh | place:Rhu | place:Garelochhead',
    },
  ],
};

export const BLIND_NEWS_ROWS_40: readonly RuleRow<unknown>[] = [OPENING_WORD_ROLE_ROW, LIST_OF_TOWNS_ROW];
