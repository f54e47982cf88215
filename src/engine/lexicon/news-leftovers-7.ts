/**
 * Rows for leftovers met on the review texts of the blind-20 rows (helper ents31b, issue #9,
 * detect/review-31b.cases.ts): a place given its own-language name, a federal state named
 * "<name> State" outside the United States, and the World Heritage designation read alone as a
 * name. Each is a construction of news writing, not a phrase of a text. The rules that apply them
 * are in detect/leftover-rules-7.ts, called by applyNameRules right after the leftover-6 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const PLACE_KNOWN_IN_LANGUAGE_ROW: RuleRow<{ places: readonly string[] }> = {
  id: 'place.known-in-language-as',
  value: {
    // The nouns of a place a report gives its own-language name to.
    places: words(`island islands town village city region province district river lake mountain
      mountains valley peninsula bay county country capital area forest desert`),
  },
  reason:
    'organisation.known-in-language-as gives a body its own-language name ("The office, known in Icelandic as Veðurstofa Íslands"); a report names a place the same way ("The island, known in Irish as Inis Mór, has 800 residents"), and the model, which cannot read the name, makes it a person. After a subject that is "the" and a noun for a place, ", known in <Language> as" followed by capitalised words (with the particles of the language between them): those words are the place (unless a rule decided them), and the language word is no name. A person ("The poet, known in Welsh as Hedd Wyn") has no place noun before the comma.',
  examples: [
    {
      text: 'The island, known in Irish as Inis Mór, has about 800 residents.',
      expect: 'place:Inis Mór',
    },
    {
      text: 'The poet, known in Welsh as Hedd Wyn, died in 1917.',
      expect: 'person:Hedd Wyn',
    },
  ],
};

export const FEDERAL_STATE_ROW: RuleRow<{
  before: readonly string[];
  owners: readonly string[];
  after: readonly string[];
}> = {
  id: 'place.federal-state-named-state',
  value: {
    // "in Abia State", "across Kaduna State".
    before: words('in across into throughout from'),
    // "the governor of Abia State": "of" only after these.
    owners: words('governor governorship government capital parts people residents north south east west'),
    // "the Lagos State government".
    after: words('government governor police assembly commissioner command legislature residents capital'),
  },
  reason:
    'Nigeria, Sudan, Myanmar, Mexico and Venezuela name their states "<name> State" ("Lagos State", "Abia State", "Blue Nile State", "Mexico State"), and the model, which reads "<name> State" as an American university ("Kansas State"), makes them an organisation. "<name> State", with no capital after it, whose name the map knows as a region or city of a country other than the United States (where "Kent State", "Georgia State" and "Norfolk State" are universities, the row also leaves a name the map places in the United States), read by the model as an organisation or a person, is the place when a word of where is before it ("in", "across", "the governor of") or a word of its government after it ("the Lagos State government").',
  examples: [
    {
      text: 'The Lagos State government said the schools would reopen on Monday.',
      expect: 'place:Lagos State',
    },
    {
      text: 'Kansas State beat Iowa State 24-21 on Saturday.',
      expect: 'organization:Kansas State | organization:Iowa State',
    },
  ],
};

export const HERITAGE_ALONE_ROW: RuleRow<{ designations: readonly string[] }> = {
  id: 'none.heritage-designation-alone',
  value: {
    designations: ['World Heritage Site', 'World Heritage site', 'World Heritage List', 'World Heritage list'],
  },
  reason:
    'organisation.heritage-designation takes the body out of "a UNESCO World Heritage Site"; a report also writes the designation with no body ("The reef was named a World Heritage Site in 1981"), and the model reads it as a place. The designation is no name (the news batches leave it unmarked): exactly these words, read by the model alone as a place or an organisation, are no name.',
  examples: [
    {
      text: 'The reef was named a World Heritage Site in 1981, officials in Cairns said.',
      expect: 'place:Cairns',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_7: readonly RuleRow<unknown>[] = [
  PLACE_KNOWN_IN_LANGUAGE_ROW,
  FEDERAL_STATE_ROW,
  HERITAGE_ALONE_ROW,
];
