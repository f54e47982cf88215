/**
 * Rows for the weak patterns issue #9 names, seventeenth round (helper ents58b, 7 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-48b.cases.ts, gold committed in
 * 7c4f7aa before the first run). The rules that apply them are in detect/leftover-rules-24.ts,
 * called by applyNameRules after the leftover-23 rows. (The round also widens
 * sport.team-nickname-shared where the fault lives: a people's name after a place, "Pacific
 * Islanders", is left outside sport.)
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);
/** Names of one or more words, separated by commas. */
const names = (s: string) => s.split(',').map((n) => n.trim().replace(/\s+/g, ' '));

export const THE_COUNTRY_ROW: RuleRow<{ countries: readonly string[] }> = {
  id: 'place.the-country-unread',
  value: {
    // Countries and territories whose English name takes "the": a closed set. "The Gambia" and
    // "The Hague" keep their capital "The" (place.the-name) and are left to that row.
    countries: names(`
      Philippines, Netherlands, Bahamas, Maldives, Seychelles, Comoros, Solomon Islands, Marshall Islands,
      Cayman Islands, Falkland Islands, Faroe Islands, Cook Islands, British Virgin Islands, Virgin Islands,
      Turks and Caicos Islands, Dominican Republic, Czech Republic, Central African Republic,
      United Arab Emirates, Vatican`),
  },
  reason:
    'A few countries are named with "the" ("the Philippines", "the Bahamas", "the Maldives"); opening a sentence as "The Philippines has lodged a protest", the model, which has learnt a capital "The" as the start of a title or a body, leaves the country unread. One of these names (a closed set), matched whole right after "The" or "the", unread, not followed by a capitalised word on its line ("the Netherlands Institute") nor read inside a longer name, is a place, without the article.',
  examples: [
    {
      text: 'The Philippines has lodged a protest over the water cannon.',
      expect: 'place:Philippines',
    },
    // Must leave: a body that opens with the country.
    {
      text: 'The Philippines Coast Guard said two ships were hit.',
      expect: 'organization:Philippines Coast Guard',
    },
  ],
};

export const VENUE_OF_CROWD_ROW: RuleRow<{ crowds: readonly string[]; at: readonly string[] }> = {
  id: 'place.venue-of-crowd',
  value: {
    // People gathered at a venue.
    crowds: words(
      'fans supporters spectators crowd crowds onlookers mourners worshippers protesters protestors queues visitors',
    ),
    // Where they stand.
    at: words('at outside inside'),
  },
  reason:
    'A venue named by one word of its own ("Anfield", "Ibrox", "the Bernabéu") is where a crowd stands: "Fans at Anfield said …", "Protesters outside Ibrox". The model, which sees the ground named beside its club, reads it as a body. A crowd noun (fans, supporters, spectators, crowds, mourners, protesters …) right before at/outside/inside (an optional "the" after it), then one to three capitalised words on the line, not followed by another, read by the model alone as an organisation it is unsure of (below 0.5), or left unread and no common word, are a place. A club the model is sure of stays ("Fans at Liverpool are angry": the club).',
  examples: [
    { text: 'Fans at Anfield said they had never seen such a comeback.', expect: 'place:Anfield' },
    // Must leave: staff of a body.
    {
      text: 'Workers at Amazon said they would strike.',
      expect: 'organization:Amazon',
    },
  ],
};

export const LIST_BESIDE_BODY_ROW: RuleRow<{ least: number; unsure: number }> = {
  id: 'organisation.list-beside-body',
  value: { least: 3, unsure: 0.5 },
  reason:
    'Firms, parties and clubs come in lists ("Boeing, Lockheed Martin and Raytheon", "Labour, the Greens and the Liberal Democrats", "The Maple Leafs, Canadiens and Senators"): the model reads one member as a body and leaves the others unread, or reads them as a place or a person it is unsure of. In a list of at least three members on a line, each one to three capitalised words (an optional "the" before them), joined by commas and a last "and" or "or", where one member is an organisation and no member is a person or a place read surely (0.5) or by a rule, nor a place the map knows, the other members, unread or read by the model alone below 0.5, are organisations. A member that opens its sentence must not be a word of the language ("Today, Apple and Google"), nor a weekday or a month; other members made of words of the language only are read beside two bodies or after "the" ("the Greens"), not beside one ("Betting, Gaming and Lotteries Commission" is one name); no member may touch an ampersand ("Rothschild & Co."). Widened by ents64c (stop 63\'s wires: "sold for €1.19 in Tesco, Dunnes Stores and SuperValu" made Tesco a place): a member the organisation list knows counts as a body however the model read it, and is one when the model read it below 0.5 (a place the map knows among the others still leaves the list: "in Tesco, Dublin and Cork").',
  examples: [
    {
      text: 'Labour, the Greens and the Liberal Democrats backed the motion.',
      expect: 'organization:Greens | organization:Liberal Democrats',
    },
    {
      text: 'A litre of milk sold for €1.19 in Tesco, Dunnes Stores and SuperValu last week.',
      expect: 'organization:Tesco | organization:Dunnes Stores | organization:SuperValu',
    },
    // Must leave: a list with places the map knows.
    {
      text: 'Flights to Paris, Berlin and the Netherlands resumed.',
      expect: 'place:Paris | place:Berlin | place:Netherlands',
    },
  ],
};

export const AFTER_PLACE_POSSESSIVE_ROW: RuleRow<{ prepositions: readonly string[]; joiners: readonly string[] }> = {
  id: 'place.after-place-possessive',
  value: {
    // Prepositions of where, before the owner place.
    prepositions: words('on along in across near at off through around over down up'),
    // Lowercase words that may stand inside such a place's name ("Costa del Sol").
    joiners: words('del de la du des di da dos das do von van'),
  },
  reason:
    'A street, a valley, a river or a coast is named after its country\'s or city\'s possessive: "Barges on Germany\'s Rhine", "along Spain\'s Costa del Sol", "on Paris\'s Champs-Élysées". The model leaves the second name unread, or reads a name with a lowercase joiner as a person. After a preposition of where and a place with "\'s", one to four capitalised words on the line (a lowercase joiner such as "del" or "de" inside), not followed by another, unread and no common word, or read by the model alone as a person below 0.5, are a place. A person the model is sure of stays ("in France\'s Emmanuel Macron"), and so does a body it reads ("shares in Germany\'s Lufthansa"); nothing is read after "shares", "stake" or "investors in", nor in a title-case headline ("In Vermont\'s Flood Towns, a Buyout Divides the Neighbors").',
  examples: [
    {
      text: "Barges on Germany's Rhine ran aground as the river fell.",
      expect: 'place:Germany | place:Rhine',
    },
    // Must leave: a person the model is sure of.
    {
      text: "A visit by France's Emmanuel Macron was cancelled.",
      expect: 'place:France | person:Emmanuel Macron',
    },
  ],
};

export const TRADE_AND_TAIL_ROW: RuleRow<{ tails: readonly string[] }> = {
  id: 'organisation.trade-and-tail',
  value: {
    // The second trade of a miner's or an energy firm's name, after "and".
    tails: words('Resources Minerals Metals Energy Exploration Gas Power Chemicals Infrastructure Refining'),
  },
  reason:
    'Miners and energy firms join two trades with "and" at the end of their name ("Bravus Mining and Resources", "Carrington Mining and Resources", "Sinai Oil and Gas"); the firm-tail rows read the first trade as the end of the firm ("Bravus Mining") and the model reads the second alone as a body ("Resources"). An organisation ending in a trade word of organisation.commodity-tail (or "Oil"), right before "and" and one of these words, with no capitalised word after it on the line, is one organisation with it. Two firms stay two when the second has words of its own ("Bikita Minerals and Sohar Aluminium"). A tail another rule read as a body alone is taken in as well ("Sinai Oil and Gas shares rose", "Gas" a common-word firm; ents59b).',
  examples: [
    {
      text: 'Bravus Mining and Resources said the mine would ship its first coal in March.',
      expect: 'organization:Bravus Mining and Resources',
    },
    {
      text: 'Sinai Oil and Gas shares rose 4% after the find was confirmed.',
      expect: 'organization:Sinai Oil and Gas',
    },
    // Must leave: two firms, the second with a name of its own.
    {
      text: 'Workers at Bikita Minerals and Sohar Aluminium went on strike.',
      expect: 'organization:Bikita Minerals | organization:Sohar Aluminium',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_24: readonly RuleRow<unknown>[] = [
  THE_COUNTRY_ROW,
  VENUE_OF_CROWD_ROW,
  LIST_BESIDE_BODY_ROW,
  AFTER_PLACE_POSSESSIVE_ROW,
  TRADE_AND_TAIL_ROW,
];
