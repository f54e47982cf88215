/**
 * Rows from the blind entity batches 25-27 (2 Dec 2026, helper ents17a; the batches are in
 * detect/news-entities-23.cases.ts and detect/news-entities-26.cases.ts). Batch 28 was written with
 * 26 and 27 and is never fixed against. Kept in their own file so they merge cleanly with rows
 * added in parallel; the rules that apply them are in detect/blind-rules-9.ts, called by
 * applyNameRules after every other rule but the review rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

export const STATE_CHAMBER_ROW: ListsRow<'chambers' | 'seatWords' | 'houseCountries'> = {
  id: 'organisation.state-chamber',
  value: {
    chambers: ['legislature', 'senate', 'house', 'assembly'],
    houseCountries: ['U.S.', 'US', 'United States', 'U.S'],
    seatWords:
      'race races seat seats candidate candidates primary primaries election elections bid campaign contest district districts hopeful nominee delegation'.split(
        ' ',
      ),
  },
  reason:
    'A country\'s or a state\'s legislature is named by the place and the chamber ("the Montana Legislature", "the Alaska Senate", "the U.S. House"): the whole is an organisation. The model often stops at the place (a state row then keeps it a place) or runs on over the vote that follows ("Montana Senate 35-15"). A name the map knows as a country or a state/region, right before a capitalised chamber word on the same line (with "of" and a capitalised word after it: "House of Representatives"), is one organisation with the chamber, and digits the model ran on are cut. Not when the chamber word is followed by a seat word ("the Texas Senate race", "an Ohio House seat", "the Alaska House district"): there the place names whose seat it is; and not a town or county ("Somerset House" is a building). A country\'s "House" is a building too ("Canada House", "India House", "Australia House" in London), except the United States\' ("the U.S. House").',
  examples: [
    {
      text: 'The Montana Legislature voted on Friday. The Montana Senate 35-15 vote was close. Democrat Mary Peltola won a seat in the U.S. House in 2022.',
      expect:
        'organization:Montana Legislature | organization:Montana Senate | person:Mary Peltola | organization:U.S. House',
    },
  ],
};

export const FEATURE_TAIL_ROW: ListsRow<'always' | 'afterLocative' | 'baseBefore'> = {
  id: 'place.feature-tail',
  value: {
    always: [
      'Highway',
      'Freeway',
      'Motorway',
      'Expressway',
      'Cosmodrome',
      'Spaceport',
      'Creek',
      'Region',
      'Borough',
      // ents36a (blind batch 75): "the Narta Lagoon", no surname.
      'Lagoon',
    ],
    afterLocative: [
      'Lake',
      'River',
      'Mountain',
      'Mountains',
      'Island',
      'Islands',
      'Bay',
      'Valley',
      'Canyon',
      'Glacier',
    ],
    baseBefore: ['Force', 'Air', 'Naval', 'Military', 'Army', 'Navy', 'Marine', 'Submarine'],
  },
  reason:
    'Roads, launch sites, creeks, lagoons, regions and boroughs end in their kind ("the Trans-Canada Highway", "Baikonur Cosmodrome", "Monte Creek", "the Akmola Region", "Matanuska-Susitna Borough"), and so do air and naval bases ("Vandenberg Space Force Base"): a name of two words or more ending in one of these, with no capitalised word after it on the line (else the model cut a longer name: "Blue Creek Partners"), is a place, though the model, reading a first word it knows as a given name or a founder, makes it a person or an organisation. Lakes, rivers, mountains, islands, bays and valleys end in their kind too, but "Lake", "River" and "Hill" are also surnames ("Ricki Lake"): such a name is a place only after a preposition of where ("near Paul Lake", "at Ross Moore Lake"; not "to" or "from", which take people too: "spoke to Anna River"), and then its other mentions with the same words are the place too.',
  examples: [
    {
      text: 'The hotel stands beside the Keta Lagoon, where fishermen work.',
      expect: 'place:Keta Lagoon',
    },
    {
      text: 'The Trans-Canada Highway was closed east of the town. Crews worked near Paul Lake. Ricki Lake said she was safe.',
      expect: 'place:Trans-Canada Highway | place:Paul Lake | person:Ricki Lake',
    },
  ],
};

export const MEMBER_FROM_ROW: ListsRow<'parties' | 'roles'> = {
  id: 'place.member-from',
  value: {
    parties: ['Republican', 'Democrat', 'Democratic', 'Independent', 'Libertarian', 'Conservative', 'Liberal'],
    roles:
      'senator lawmaker legislator representative congressman congresswoman assemblyman assemblywoman delegate councillor councilman councilwoman commissioner'.split(
        ' ',
      ),
  },
  reason:
    'US and Canadian political copy names a lawmaker by party and home town ("a Republican from Wasilla", "State Rep. Ana Ruiz, a Democrat from Albert Lea", "a lawmaker from Kearney"): the name after "from" is the town, a place, though the model, reading an unfamiliar town or one that looks like a person\'s name, makes it a person or an organisation. After a party word and "from", a name of up to three words read as a person or an organisation, ending the phrase (a comma, a full stop, a semicolon or a bracket after it: not "a Democrat from Goldman Sachs joined", "a Republican from Donald Trump\'s circle") and holding no organisation head word ("a Conservative from Brexit Party,"), is a place; after a lawmaker\'s title and "from", only when the map knows it as a place ("a lawmaker from Fidesz" is a party).',
  examples: [
    {
      text: 'State Sen. Mike Tolliver, a Republican from Wasilla, asked for a recount. Rep. Peggy Bennett, a Republican from Albert Lea, filed a bill.',
      expect: 'person:Mike Tolliver | place:Wasilla | person:Peggy Bennett | place:Albert Lea',
    },
  ],
};

export const CLUB_OF_PLACE_ROW: RuleRow = {
  id: 'sport.club-of-place',
  value: ['of'],
  reason:
    'Reports of continental and cup football name a club with its country or city after "of" ("Nacional of Uruguay", "Palmeiras of São Paulo", "Independiente del Valle of Ecuador"): the country or city is a place, though sport.place-team reads a country in a game sentence as its national side, and the club is an organisation, though the model, meeting a club name it does not know, often reads it as a person. In a sports report, a name the map knows as a country or city right after another name and "of" is the place; and the name before "of", read as a person, whose first word is no known first name and none of whose words is in another person\'s name of two words or more, is the club, in all its mentions with the same words; a name of two words or more only when written in full again and never by its last word alone, as a player is ("the referee, Wilmar Roldán of Colombia" stays a person).',
  examples: [
    {
      text: 'Boca Juniors beat Nacional of Uruguay 2–1 in the second leg on Wednesday. Forward Ana Ruiz scored twice in the first half. Nacional coach Pablo Peirano said the first leg had decided the tie.',
      expect:
        'organization:Boca Juniors | organization:Nacional | place:Uruguay | person:Ana Ruiz | organization:Nacional | person:Pablo Peirano',
    },
  ],
};

export const PEOPLES_PARTY_ROW: ListsRow<'people' | 'tails' | 'fieldLinks'> = {
  id: 'organisation.peoples-party',
  value: {
    people: [
      'People',
      'Peoples',
      'Workers',
      'Farmers',
      'Citizens',
      'Peasants',
      'Women',
      'Voters',
      'Taxpayers',
      'Nation',
    ],
    tails: [
      'Power',
      'Party',
      'Front',
      'Alliance',
      'Movement',
      'Congress',
      'League',
      'Union',
      'Voice',
      'Force',
      'Coalition',
      'Liberation',
      'Democratic',
      'Progressive',
      'National',
      'Socialist',
      'Revolutionary',
      'Army',
      // Lead, stop 60: civic movements ("People's Solidarity for Participatory Democracy").
      'Solidarity',
      'Action',
      'Assembly',
    ],
    // A field named after the tail ("People's Alliance for Democracy"; lead, stop 60).
    fieldLinks: ['for', 'of'],
  },
  reason:
    'Parties and movements are named for a people in the possessive ("National People\'s Power", "Pakistan People\'s Party", "Workers\' Party", "Citizens\' Movement"): the model ends the name at the possessive, leaving a name ending in "People" and a stray "Power". A name ending in one of these words for a people, followed by the possessive and capitalised words the last of which is a party word, is one organisation over all of them. A place\'s possessive is not ("Britain\'s Labour Party" is the place and the party): the name must end in a word for a people. A field after "for" or "of" (one to three capitalised words) is the name\'s too: "People\'s Solidarity for Participatory Democracy" was read as "People", "Solidarity" and a person "Participatory Democracy", who was then given a claim (lead, stop 60).',
  examples: [
    {
      text: "The National People's Power coalition won. Britain's Labour Party lost.",
      expect: "organization:National People's Power | place:Britain | organization:Labour Party",
    },
    {
      text: "Civic group People's Solidarity for Participatory Democracy called the ruling a green light.",
      expect: "organization:People's Solidarity for Participatory Democracy",
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const BLIND_NEWS_ROWS_9: readonly RuleRow<unknown>[] = [
  STATE_CHAMBER_ROW,
  FEATURE_TAIL_ROW,
  MEMBER_FROM_ROW,
  CLUB_OF_PLACE_ROW,
  PEOPLES_PARTY_ROW,
];
