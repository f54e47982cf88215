/**
 * Rows for the weak patterns issue #9 names, eleventh round (helper ents42b, 6 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-42b.cases.ts, gold committed before the
 * first run). The rules that apply them are in detect/leftover-rules-18.ts, called by
 * applyNameRules after the leftover-17 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const PLUS_SIGN_ROW: RuleRow<{ ratings: readonly string[] }> = {
  id: 'organisation.plus-sign',
  value: {
    // Credit ratings written with a plus ("BBB+", "Aa1"): never a body however read.
    ratings: words('a aa aaa b bb bbb c cc ccc'),
  },
  reason:
    'Some bodies and services are named with a plus sign: "OPEC+" (OPEC and its allies, not OPEC), "Canal+", "Disney+". The tokenizer cuts the sign off, so the name loses it ("OPEC" for "OPEC+"). A name read as an organisation, right before a "+" that touches its last word and is followed by no word or number touching it, takes the sign in. Not a credit rating ("BBB+") and not a sum ("2+2").',
  examples: [{ text: 'OPEC+ agreed to cut output by one million barrels a day.', expect: 'organization:OPEC+' }],
};

export const CHANNEL_NUMBER_ROW: RuleRow<{ heads: readonly string[]; units: readonly string[] }> = {
  id: 'organisation.channel-number',
  value: {
    // Words that name a broadcaster with a number after them ("Channel 4", "TV 2", "Kanal 5").
    heads: words('channel tv kanal canal'),
    // Words of a count or a unit after the number: "watched TV 3 times a week", "TV 2 million".
    units: words(`million billion thousand hundred percent per times years weeks months days hours minutes
      seconds people points goals games episodes seasons channels km kilometres miles nights evenings mornings
      or to and`),
  },
  reason:
    'Broadcasters are named by a word for a channel and a number: "Channel 4", "TV 2", "Kanal 5". The model leaves the number out and reads the word as nothing or as a person ("told Channel 4" person). One of these words written with a capital (not after another capitalised word on its line: "Apple TV 4K"), then a number of one or two digits on its line that is not followed by another number, a word of a count or a unit ("watched TV 3 times a week") or a capitalised word, is an organisation.',
  examples: [{ text: 'Channel 4 said it would cut 200 jobs this year.', expect: 'organization:Channel 4' }],
};

export const COUNTRY_BEFORE_PLACE_ROW: RuleRow<{ countries: readonly string[]; waters: readonly string[] }> = {
  id: 'place.country-before-place',
  value: {
    // A country's short form that opens a longer name ("the U.S. Gulf of Mexico").
    countries: words('u.s. us u.k. uk'),
    // Words of a water named "… of <place>" ("Gulf of Mexico"), which the map may not hold.
    waters: words('gulf bay sea strait straits'),
  },
  reason:
    'A country\'s short form is written before a part of it or a sea by it: "output in the U.S. Gulf of Mexico", "the UK North Sea". The model reads the whole as one body or one place. A name read so whose first word is one of these short forms and whose rest, two words or more, is a water the map knows ("North Sea") or a water named "… of" a place the map knows ("Gulf of Mexico", "Bay of Bengal"), and the whole no place the map knows, is two places ("U.S. Virgin Islands" stays one): the country and the rest.',
  examples: [
    {
      text: 'Output in the U.S. Gulf of Mexico fell after the storm.',
      expect: 'place:U.S. | place:Gulf of Mexico',
    },
  ],
};

export const THE_TOWN_OPENING_ROW: RuleRow<{ kept: readonly string[] }> = {
  id: 'place.the-town-opening',
  value: {
    // Places named with their article though the map holds them without ("The Gambia").
    kept: words('gambia'),
  },
  reason:
    'At a sentence\'s start the model takes "The" into a place: "The Dallas and Houston offices will close" ("The Dallas" a place). A place read so whose first word is "The" opening its sentence, whose rest the map knows as a place under a name with no article ("The Hague", "The Bronx" stay; "The Gambia" is kept by name), loses the "The".',
  examples: [{ text: 'The Dallas and Houston offices will close next year.', expect: 'place:Dallas | place:Houston' }],
};

export const PLACE_PAIR_BEFORE_NOUN_ROW: RuleRow<null> = {
  id: 'place.place-pair-before-noun',
  value: null,
  reason:
    'Two towns named together before a noun they qualify: "the Atlanta and Savannah markets", "the Leeds and Bradford offices". The model reads the first as a place and, with no preposition before, the second as a person. After "the", a place the model read or a rule decided, "and", then one capitalised word read as a person the model was not sure of (below 0.8), that the map knows as a place (as a weak reading, one it also holds as a given name, only against a person below 0.5) and that no full person name of the text holds, followed by a lowercase word, is a place.',
  examples: [
    {
      text: 'The Atlanta and Savannah markets grew fastest in the state.',
      expect: 'place:Atlanta | place:Savannah',
    },
  ],
};

export const PARTY_STATE_TITLE_ROW: RuleRow<{ parties: readonly string[] }> = {
  id: 'none.party-state-title',
  value: {
    parties: words('democrat democratic republican gop'),
  },
  reason:
    'A party word and "State" open a legislator\'s title: "Democrat State Sen. Ana Ruiz", "Republican State Rep. Tom Hale". The model reads "Democrat State" as a place or a body. A name of a party word and "State" right before a title word ("Sen.", "Rep.", "Senator") is no name.',
  examples: [{ text: 'Democrat State Sen. Ana Ruiz voted against the bill.', expect: 'person:Ana Ruiz' }],
};

export const SECOND_FOR_BODY_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.second-for-body',
  value: {
    heads: words(
      'committee commission council office agency centre center board institute foundation fund panel authority',
    ),
  },
  reason:
    'Some bodies are named with two "for": "the Committee for Medicinal Products for Human Use", "the Office for Products for Children". The model ends the name at the second "for". A body read as an organisation that opens with one of these heads (past "the") and holds "for", then a lowercase "for" and one to three capitalised words that are all words of the language and end the run, is one body ("the Committee for Aid voted for Brexit" keeps its name: "Brexit" is no word of the language).',
  examples: [
    {
      text: 'The Committee for Medicinal Products for Human Use backed the drug.',
      expect: 'organization:Committee for Medicinal Products for Human Use',
    },
  ],
};

export const LEAGUE_WORD_ROW: RuleRow<{ endings: readonly string[]; before: readonly string[] }> = {
  id: 'organisation.league-word',
  value: {
    // How one-word leagues end in the Nordic, German, Dutch and Slavic languages ("Ekstraklasa", ents43b).
    endings: words('liga ligaen serien svenskan ettan divisie klasa'),
    // The words a league follows in a sentence ("in Eliteserien", "top of the Superliga").
    before: words('in of the from into to won win wins lead leads'),
  },
  reason:
    'Leagues in much of Europe are named by one word: "Eliteserien", "Allsvenskan", "Superettan", "Superliga", "Eredivisie". The model reads the word as a place or nothing. One capitalised word of eight letters or more that ends in one of these endings, right after "in", "of", "the" or another of the words a league follows, in a sentence about sport, read as a place or unread, is an organisation ("Ravenna\'s Camiliga festival" is not).',
  examples: [
    {
      text: 'Molde drew 1-1 with Rosenborg and stayed second in Eliteserien.',
      expect: 'organization:Molde | organization:Rosenborg | organization:Eliteserien',
    },
  ],
};

export const POLICE_FORCE_NAME_ROW: RuleRow<{ names: readonly string[] }> = {
  id: 'organisation.police-force-name',
  value: {
    // Police and gendarmerie forces named in their own language in foreign news.
    names: [
      'Carabinieri',
      'Guardia Civil',
      'Guardia di Finanza',
      'Polizia di Stato',
      'Ertzaintza',
      'Bundespolizei',
      'Gendarmerie Nationale',
      'Garda Síochána',
      // ents43b: Catalonia's and Spain's forces, Chile's, Brazil's and Mexico's.
      "Mossos d'Esquadra",
      'Policía Nacional',
      'Carabineros',
      'Polícia Federal',
      'Guardia Nacional',
    ],
  },
  reason:
    'Foreign news names a country\'s police forces in its own language: "the Carabinieri arrested 12 people", "Guardia Civil officers found the boat". The model, which has seen few of them, leaves them unread or unsure. These names, written with their capitals and not inside a longer name, are organisations, over what the model or a place rule read ("the Policía Nacional" is no facility named after a place; ents43b); a country the map knows opening the sentence right before one is the name\'s own.',
  examples: [
    {
      text: 'Guardia Civil officers found the boat off the coast.',
      expect: 'organization:Guardia Civil',
    },
  ],
};

export const LAND_WORD_INSTITUTION_ROW: RuleRow<{ leads: readonly string[]; nouns: readonly string[] }> = {
  id: 'organisation.land-word-institution',
  value: {
    // Land words that open the names of hospitals and firms as well as of mountains and capes.
    leads: words('mount mont cap'),
    // What such a body is right before: its trade or its building.
    nouns: words('hospital hospitals clinic clinics pens pen watches'),
  },
  reason:
    'Hospitals and firms are named after mountains and capes: "Mount Sinai hospital", "Mont Blanc pens", "Cap Gemini". The model reads a place or nothing. A name of two or three capitalised words opening with one of these land words, read as a place (by the model or by a land-word row, which reads the first word alone) or unread, right before a lowercase word for a hospital or a product, is an organisation ("climbed Mount Sinai before dawn" stays a place).',
  examples: [
    {
      text: 'She was treated at Mount Sinai hospital last year.',
      expect: 'organization:Mount Sinai',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_18: readonly RuleRow<unknown>[] = [
  PLUS_SIGN_ROW,
  CHANNEL_NUMBER_ROW,
  COUNTRY_BEFORE_PLACE_ROW,
  THE_TOWN_OPENING_ROW,
  PLACE_PAIR_BEFORE_NOUN_ROW,
  PARTY_STATE_TITLE_ROW,
  SECOND_FOR_BODY_ROW,
  LEAGUE_WORD_ROW,
  POLICE_FORCE_NAME_ROW,
  LAND_WORD_INSTITUTION_ROW,
];
