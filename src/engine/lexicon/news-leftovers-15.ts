/**
 * Rows for the weak patterns issue #9 names, eighth round (helper ents39b, 5 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-39b.cases.ts, gold committed before the
 * first run). The rules that apply them are in detect/leftover-rules-15.ts, called by
 * applyNameRules after the leftover-14 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const GIVEN_NAMES_SHARED_SURNAME_ROW: RuleRow<null> = {
  id: 'person.given-names-shared-surname',
  value: null,
  reason:
    'Two people of one family are often named with one surname after both given names ("Sam and Eli Brightwell founded the company", "the brothers Jonah and Caleb Marsh"). The model reads the second, full name and leaves the first given name alone unread. A known given name, capitalised, in no name, right before "and" and a person the model or a rule read whose first word is a given name too, is a person (the batches mark each as written: "[[P Karim]] and [[P Ziad]]"). Not a word of the language ("Will and Grace Smith"), a place the map knows ("Georgia and Ann Lee"), or after a capitalised word (then it ends a longer name).',
  examples: [
    { text: 'Sam and Eli Brightwell founded the company in 2011.', expect: 'person:Sam | person:Eli Brightwell' },
  ],
};

export const ACRONYM_THING_FRAME_ROW: RuleRow<{ things: readonly string[] }> = {
  id: 'none.acronym-thing-frame',
  value: {
    // Nouns of things an acronym names in the news: a vaccine, a missile, a file format, a scale.
    things: words('vaccine vaccines missile missiles file files format scale reading readings rating'),
  },
  reason:
    'News names things by acronyms ("the MVA-BN vaccine", "QMF files", "level four on the HRI scale"); the model reads an unknown acronym as a body. An acronym the model read alone as an organisation, right before one of these nouns with no other noun after it ("the WHO vaccine panel" keeps the body), and named nowhere else in the text outside such a frame, is no name. A body the engine knows by name ("WHO", "NATO") stays.',
  examples: [{ text: 'The storm reached level four on the HRI scale before it hit the coast.', expect: '' }],
};

export const UNKNOWN_PLACE_LIST_ROW: RuleRow<{ prepositions: readonly string[]; placePlurals: readonly string[] }> = {
  id: 'place.unknown-list',
  value: {
    // Prepositions of where that a list of people seldom follows ("to" and "from" do: "a letter from
    // Okafor, Hartley and Brandt", "the prizes went to …").
    prepositions: words('on across near around off'),
    // "of" opens a list only after one of these: "the villages of A, B and C"; counties, departments
    // and prefectures too ("The departments of Gard, Hérault and Aude", ents46b).
    placePlurals: words('islands villages towns districts provinces regions atolls counties departments prefectures'),
  },
  reason:
    'place.list-of-places (blind-rules-26) takes a list after a preposition of where once one member is a place the map knows; islands and villages of a small country are often all unknown to the map ("Schools were closed on Velamo, Tarisi and Oskuna", "the villages of Kembara, Sotile and Mavuri"). Three to six single capitalised words, separated by commas and closed by "and", right after on/across/near/around/off (or "of" after a plural of places), each unread or read with doubt (below 0.6) as a person or a body, none a given name, a word of the language, a demonym, a day or month, a title, or a word of a person named in full, are places. Not after "to", "from" or "in", which lists of people follow too.',
  examples: [
    {
      text: 'Schools were closed on Velamo, Tarisi and Oskuna after the cyclone.',
      expect: 'place:Velamo | place:Tarisi | place:Oskuna',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_15: readonly RuleRow<unknown>[] = [
  GIVEN_NAMES_SHARED_SURNAME_ROW,
  ACRONYM_THING_FRAME_ROW,
  UNKNOWN_PLACE_LIST_ROW,
];
