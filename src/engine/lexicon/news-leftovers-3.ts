/**
 * Rows for the leftovers the notes named after the blind-18 review (helper ents29b, issue #9). Each
 * is a construction of news writing, not a phrase of a batch. The rules that apply them are in
 * detect/leftover-rules-3.ts, called by applyNameRules right after the blind-18 rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const COMPASS_SITE_ROW: ListsRow<'compass'> = {
  id: 'place.compass-site',
  value: {
    compass: words('north south east west central'),
  },
  reason:
    'Mining and energy copy names a deposit, a pit or a field by its place and a compass word ("Kamoa North", "Chambishi West", "Kakula West", "Rumaila North"); the model reads the pair as a body (the capital compass word is frequent at the end of firms\' units in its training) or as a person (a surname "West", "North"). Two capitalised words on the line, the second a compass word, the first no given name, no word of the language, no acronym and no place the map knows (a town with a compass word is read as a place already, and "Kanye West" is a person), read by the model as an organisation (whatever its confidence: the whole never names a firm the organisation list knows) are a place; so are such pairs read as a person below 0.5 in an article that has one of the first kind ("Chambishi West" beside "Kamoa North"; alone, "The top scorer at Leeds, Kanye West, said" is a person read at 0.42). Not where the pair is part of a longer name ("Kamoa North Holdings"), nor where the first word is a person the article names ("Oliver North" after "Oliver").',
  examples: [
    {
      text: 'Output at Kamoa North rose 12% in the quarter, the company said.',
      expect: 'place:Kamoa North',
    },
    {
      text: 'Kanye West said he would release the album in March.',
      expect: 'person:Kanye West',
    },
  ],
};

export const GIVEN_NAMES_LOST_ROW: RuleRow<readonly string[]> = {
  id: 'person.given-names-lost',
  value: words(
    'lewis carter rhys declan callum hamish ewan lachlan aled iwan ieuan cian oisin niall cillian darragh tadhg raheem jenson ayrton lando kimi',
  ),
  reason:
    'The generated given-name list (lexicon/generated.ts, from a US lexicon minus words it also tags as surnames) lacks common British, Irish and Welsh given names and a few of sport ("Lewis", "Carter", "Rhys", "Declan", "Callum", "Niall", "Oisín", "Raheem", "Lando"). The club rows (sport.club-town-pair, sport.club-city-anywhere) read a name of a word and a city as a club when its first word is no given name: "Lewis Hamilton won the Canadian Grand Prix" became a club, Hamilton being a city. These names count as given names for those rows. (The tagger\'s features keep the generated list: the shipped model was trained with it.)',
  examples: [
    {
      text: 'Lewis Hamilton won the Canadian Grand Prix on Sunday. The race was watched by 40,000 fans.',
      expect: 'person:Lewis Hamilton',
    },
    {
      text: 'Górnik Zabrze beat Lech Poznań 3-1 on Sunday. The striker scored twice in the second half. The keeper made five saves.',
      expect: 'organization:Górnik Zabrze | organization:Lech Poznań',
    },
  ],
};

export const TRAVEL_TO_SIDE_ROW: ListsRow<'travel'> = {
  id: 'sport.travel-to-side',
  value: {
    travel: words('travel travels travelled traveled travelling traveling'),
  },
  reason:
    'A match report says where a side plays next by its opponent: "Leeds travel to Brentford on Saturday", "Leicester travel to Nottingham Forest", "Genoa, who moved up to 11th, travel to Lecce next weekend" (batches 1 and 8 mark the destination as the club). A town cannot travel, so a town the map knows before the verb is its side too. In a sports report naming no election, a name right after a side\'s "travel to" — the side an organisation or a town the map knows, right before the verb — is the club the side visits, where the model read it as a place or a person below 0.8 or left it; and the town before the verb is the side. Not where "to play" or "to face" follows (sport.destination-place: "travel to Turkey to play Fenerbahçe", "travel to Leipzig to face RB Leipzig": the place), not a country or region (a club travels to Spain, the place), and not the city of a club the article names in full ("travel to Munich" beside "Bayern Munich": the city).',
  examples: [
    {
      text: 'Leeds beat Derby 2-0 at Elland Road on Saturday. The striker scored twice in the second half. Leeds travel to Brentford on Tuesday.',
      expect:
        'organization:Leeds | organization:Derby | place:Elland Road | organization:Leeds | organization:Brentford',
    },
    {
      text: 'Freiburg beat Mainz 2-0 on Saturday. The striker scored twice in the second half. Freiburg travel to Leipzig to face RB Leipzig next week.',
      expect:
        'organization:Freiburg | organization:Mainz | organization:Freiburg | place:Leipzig | organization:RB Leipzig',
    },
  ],
};

/** Given names the generated list lacks, for rules that ask whether a first word is one. */
export const GIVEN_NAMES_LOST: ReadonlySet<string> = new Set(GIVEN_NAMES_LOST_ROW.value);

export const NEWS_LEFTOVER_ROWS_3: readonly RuleRow<unknown>[] = [
  COMPASS_SITE_ROW,
  GIVEN_NAMES_LOST_ROW,
  TRAVEL_TO_SIDE_ROW,
];
