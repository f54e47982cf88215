/**
 * Rows from the blind entity batches 38 and 39 (3 Dec 2026, helper ents22a; the batches are in
 * detect/news-entities-38.cases.ts). Batch 40 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-13.ts, called by applyNameRules
 * right after the blind-12 rows. Example texts are written for the rows, not taken from a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const NICKNAME_TEAM_ROW: ListsRow<'notNicknames' | 'compassLeads'> = {
  id: 'sport.nickname-team',
  value: {
    // Plural capitalised words that end names which are no club: events, lands, ranges, bodies,
    // and the avenue a cycling tour ends on ("the Champs Elysees").
    notNicknames: words(
      'Series Games Olympics Paralympics Championships Finals Playoffs Awards Globes Masters Classics Trials Islands States Nations Emirates Mountains Alps Andes Hills Falls Highlands Lowlands Midlands Isles Heights Gardens Springs Rapids Keys Lakes Times News Affairs Sciences Studies Arts Services Forces Sports Sisters Brothers Hebrides Territories Provinces Counties Countries Dales Plains Elysees Élysées',
    ),
    // Demonyms of a compass point, which do lead clubs' names ("the Western Bulldogs").
    compassLeads: words('Northern Southern Eastern Western'),
  },
  reason:
    'Leagues in North America, Japan and Australia name a club by a city, a province or the firm that owns it and a plural nickname ("the Winnipeg Blue Bombers", "the BC Lions", "the Hamilton Tiger-Cats", "the Hanshin Tigers", "the Tokyo Yakult Swallows"), then by the nickname alone ("the Swallows", "Blue Bombers"). The model cuts the name after the city or the owner, reads the owner as a person, or leaves the whole out. In a sports report, after "the" (or after "and" that follows such a club), two to four capitalised words on the line ending in a capitalised plural word (not an event, land or range word such as Series, Games, Islands, Mountains, and not a place the map knows) are one club, an organisation; and the last word, or the last two of a longer name, standing alone elsewhere in the report are that club too. A people is no club ("the South Koreans beat Japan": the whole name a demonym), nor is a land led by a nationality ("the Canadian Rockies", "the Scottish Borders"; a compass demonym may lead a club: "the Western Bulldogs").',
  examples: [
    {
      text: 'The Winnipeg Blue Bombers beat the BC Lions 24-20 in the West final on Sunday. The Hamilton Tiger-Cats missed the playoffs, and the Blue Bombers play in the final.',
      expect:
        'organization:Winnipeg Blue Bombers | organization:BC Lions | organization:Hamilton Tiger-Cats | organization:Blue Bombers',
    },
    {
      text: 'The Toronto Argonauts and Montreal Alouettes lost 3-1 on Saturday. Swallows fans sang after the 4-2 win over the Hanshin Tigers.',
      expect: 'organization:Toronto Argonauts | organization:Montreal Alouettes | organization:Hanshin Tigers',
    },
    {
      text: 'The striker scored twice in the 2-1 win at the Asian Games on Sunday, and fans flew home from the Solomon Islands.',
      expect: 'place:Solomon Islands',
    },
    {
      text: 'The South Koreans beat Japan 2-1 in the final on Sunday, and the squad flew home over the Canadian Rockies.',
      expect: 'organization:Japan',
    },
  ],
};

export const KIND_OF_TOWN_ROW: ListsRow<'kinds'> = {
  id: 'place.kind-of-town',
  value: { kinds: words('town city village port suburb hamlet municipality borough township') },
  reason:
    'A lowercase settlement noun with "of" ("the neighboring town of Berlin", "the port of Mwanza") names a place, whatever the name reads like elsewhere: a surname the article gives a person ("Ms. Berlin") is read as that person, and spreads to the town through the document\'s vote. One to three capitalised words on the line after such a noun and "of", not followed by a possessive or another capitalised word, read as a person or an organisation, are a place, kept as the mention\'s own type; not a person of two words or an organisation the model is sure of (0.8). An unread name is left to apposition.place-of: GUM, which the folds score, leaves many a town after its kind noun unnamed ("the modern town of Esna", "the ancestral village of Mazirat").',
  examples: [
    {
      text: 'Dorothy Berlin has lived here since 1979. Ms. Berlin and her neighbours in the nearby town of Berlin want to sell.',
      expect: 'person:Dorothy Berlin | person:Berlin | place:Berlin',
    },
    {
      text: "The city of Boston's mayor spoke. He was a friend of Ana Ruiz.",
      expect: 'place:Boston | person:Ana Ruiz',
    },
  ],
};

export const AGE_APPOSITION_ROW: RuleRow = {
  id: 'person.age-apposition',
  value: [],
  reason:
    'News gives a person\'s age between commas after the surname ("Takahata, 24, was named the most valuable player"), a mark only people carry. A one-word name followed by a comma, a number from 1 to 119 and a comma, whose word ends the name of a person the document names in full, is that person, whatever the model read.',
  examples: [
    {
      text: 'Ryusei Takahata hit a homer. Takahata, 24, was named the best player.',
      expect: 'person:Ryusei Takahata | person:Takahata',
    },
    {
      text: 'Ryusei Takahata won. Ohio, 12, and Texas, 9, sent delegates.',
      expect: 'person:Ryusei Takahata | place:Ohio | place:Texas',
    },
  ],
};

export const TRADE_APPOSITION_ROW: ListsRow<'heads' | 'after' | 'alsoPeople' | 'relative'> = {
  id: 'organisation.trade-apposition',
  value: {
    heads: words(
      'maker makers carmaker automaker chipmaker drugmaker producer manufacturer operator retailer brewer miner lender insurer contractor club franchise',
    ),
    after: words('of owned based that which whose founded run in from'),
    // Heads that name a person's work as often as a firm ("Spielberg, the producer of the film",
    // "Kowalski, a miner from Silesia"), and the words after them that only a firm takes.
    alsoPeople: words('producer operator brewer miner contractor'),
    relative: words('owned based that which whose founded run'),
  },
  reason:
    'A firm or a club unknown to the model is often explained by an apposition right after its name ("Yakult Honsha, the maker of the drink", "Orix, the Osaka club owned by a leasing company", "Grundfos, a Danish pump maker based in …"). The model reads such a name as a person or leaves it out, and the city among the modifiers as the club. One to three capitalised words followed by a comma, "the" or "a", at most three modifiers and a trade or club noun that goes on with "of", a participle or a relative word are an organisation, and a one-word modifier the map knows as a city is a place; the name is not a place the map knows, not a person whose first word is a given name or whom the model is sure of (0.9), not a word of the language at a sentence\'s start ("Still, the club that …"). A person is no firm: not after a title ("Mr. Lee, the operator of the crane"); and after a noun of a trade people work in as often as firms (producer, operator, brewer, miner, contractor), not a name the model reads as a person ("Jones, a brewer in Leeds"), and an unread name only before a word only a firm takes ("Carlsberg, the Danish brewer that owns …", not "Kowalski, a miner from Silesia").',
  examples: [
    {
      text: 'The team is owned by Yakult Honsha, the maker of the drink. Orix, the Osaka club owned by a leasing firm, won in 2024.',
      expect: 'organization:Yakult Honsha | organization:Orix | place:Osaka',
    },
    {
      text: 'Still, the club that won the title lost. Ana Ruiz, a maker of violins in Lyon, said so.',
      expect: 'person:Ana Ruiz | place:Lyon',
    },
    {
      text: 'Mr. Lee, the operator of the crane, was hurt. Kowalski, a miner from Silesia, said the pit would close.',
      expect: 'person:Lee | place:Silesia',
    },
  ],
};

export const VENUE_TAIL_ROW: ListsRow<'tails' | 'notFirst'> = {
  id: 'place.venue-tail',
  value: {
    tails: words('Field Dome Arena Stadium Ballpark Coliseum Speedway'),
    notFirst: words('Super Rose Sugar Orange Cotton'),
  },
  reason:
    'Stadiums are named after a sponsor and a venue word ("BMO Field", "Mizuho PayPay Dome Fukuoka", "Tim Hortons Field"), sometimes with their city after the venue word in Japan ("Kyocera Dome Osaka"). The model reads the sponsor as a firm or a person and cuts the name. In a sports report, after "at" or "the", one to three capitalised words and one of these venue words, with a city the map knows right after it, are one place; after "the", not when the model reads the venue word as the end of a person\'s name ("the Sally Field tribute", "the Bruce Arena era": people surnamed Field or Arena).',
  examples: [
    {
      text: 'The home side won 5-1 at Mizuho PayPay Dome Fukuoka on Saturday. The teams meet again in a 2-2 series at BMO Field in Toronto.',
      expect: 'place:Mizuho PayPay Dome Fukuoka | place:BMO Field | place:Toronto',
    },
    {
      text: 'Shares of BMO rose 2% at the close in Toronto.',
      expect: 'organization:BMO | place:Toronto',
    },
  ],
};

export const OFF_COAST_ROW: ListsRow<'before'> = {
  id: 'place.off-coast',
  value: {
    before: words(
      'kilometres kilometers km miles metres meters coast sea waters anchored sank sunk seabed shore moored fishing',
    ),
  },
  reason:
    'A place at sea is given by the land it lies off ("22 kilometres off Pātea", "the sea off Taranaki", "anchored off Malta"): after a distance, a sea word or a mooring verb, "off" and one to three capitalised words on the line (with "the coast of" between, if written) name a place, which the model, seeing an unknown word after a preposition it rarely meets before names, leaves out or reads as a person. Not a name the model is sure (0.8) is a person or an organisation, nor a name in the possessive the map does not know: the owner of the thing off which something lies ("off Shell\'s platform", not "off Alaska\'s coast").',
  examples: [
    {
      text: 'The mine lies 22 kilometres off Pātea. The sea off Taranaki feeds the town.',
      expect: 'place:Pātea | place:Taranaki',
    },
    { text: 'He took 20 kilometres off Ana Ruiz in the race.', expect: 'person:Ana Ruiz' },
    { text: "Divers searched the waters off Shell's platform.", expect: 'organization:Shell' },
  ],
};

export const MAORI_O_NAME_ROW: RuleRow = {
  id: 'organisation.maori-o-name',
  value: ['Te', 'o'],
  reason:
    'Māori bodies are named "Te … o …" ("Te Rūnanga o Ngāti Ruanui", "Te Wānanga o Aotearoa", "Te Rūnanga o Ngāi Tahu"): the lowercase "o" means "of", and the model breaks the name at it into two people. "Te", one or two capitalised words, "o" and one to three capitalised words on the line are one organisation.',
  examples: [
    {
      text: 'The case was brought by Te Rūnanga o Ngāti Ruanui, the tribal authority.',
      expect: 'organization:Te Rūnanga o Ngāti Ruanui',
    },
    { text: 'Te Rangi Walker said the tribe would appeal.', expect: 'person:Te Rangi Walker' },
  ],
};

export const HYPHEN_LEAD_ROW: RuleRow<readonly string[]> = {
  id: 'organisation.hyphen-compound-lead',
  value: ['language', 'speaking'],
  reason:
    'A hyphen compound of a place and a participle ("the Sydney-listed Manuka Resources", "the Zurich-based Kestrel Labs") is an adjective before the name, not its first word (none.hyphen-compound lists the participles), yet the model runs the name over it. So is a language compound ("the English-language Buenos Aires Herald", "the Spanish-speaking Radio Bilingüe"; ents36a, blind batch 74), which the value adds. A name of two tokens or more whose first token is such a compound starts after it, with its type kept.',
  examples: [
    {
      text: 'It is a subsidiary of the Sydney-listed Manuka Resources, which wants to dredge.',
      expect: 'place:Sydney | organization:Manuka Resources',
    },
    {
      text: 'A reporter for the English-language Buenos Aires Herald said the vote was close.',
      expect: 'organization:Buenos Aires Herald',
    },
  ],
};

export const DATELINE_AGENCY_ROW: RuleRow = {
  id: 'organisation.dateline-agency',
  value: [],
  reason:
    'Wire copy opens with a capitalised dateline, its region and the agency in brackets before the dash ("HAMILTON, Ontario (CP) —", "TOKYO (AP) —"). An agency\'s short name the model has not met is left out. On a line that opens with a dateline place in capitals, an acronym of two to five capitals alone in brackets, followed by a dash, is an organisation.',
  examples: [
    {
      text: 'HAMILTON, Ontario (CP) — The game was played on Sunday.',
      expect: 'place:HAMILTON | place:Ontario | organization:CP',
    },
    { text: 'The game (PDF) — was played in Hamilton.', expect: 'place:Hamilton' },
  ],
};

export const CIVIC_TITLE_PLACE_ROW: ListsRow<'titles' | 'pairs'> = {
  id: 'place.before-civic-title',
  value: {
    titles: words('Premier Governor Gov Mayor Senator Sen'),
    pairs: ['Prime Minister', 'Chief Minister', 'Lieutenant Governor'],
  },
  reason:
    'A province, state or city names its office-holder in a title before the person ("Saskatchewan Premier Scott Moe", "Texas Gov. Greg Abbott", "Toronto Mayor Olivia Chow"); a club has no premier, governor or mayor. In a sports report the team rules read such a word as the side that shares its name. A word the map knows as a place, followed by one of these titles and a person, is the place, kept as the mention\'s own type.',
  examples: [
    {
      text: 'Saskatchewan beat Winnipeg 27-20 in the final on Sunday. Saskatchewan Premier Scott Moe said he would hold a parade.',
      expect: 'organization:Saskatchewan | organization:Winnipeg | place:Saskatchewan | person:Scott Moe',
    },
  ],
};

export const PLACE_BY_PREPOSITION_ROW: ListsRow<'streets' | 'prepositions'> = {
  id: 'place.in-opening-and-streets',
  value: {
    streets: words('Street Road Avenue Boulevard Lane'),
    prepositions: words('on onto along down up into across near off at in'),
  },
  reason:
    'A sentence that opens with "In" and a one-word name and a comma sets a scene in a place ("In Regina, thousands of fans …"), and a capitalised name ending in a street word after a preposition of where is a street ("poured onto Albert Street"), yet the model reads a given name (Regina, Albert) as a person. The first: a one-word name read as a person that the model is not sure of (below 0.6; an unread one is as often a case or a program: "In Lavan, the Court stated", "In FrameNet, words are described"), not a given name of a person the text names; the second: one or two capitalised words and the street word after one of these prepositions, whatever the model read; both are places.',
  examples: [
    {
      text: 'In Regina, fans poured onto Albert Street after the game.',
      expect: 'place:Regina | place:Albert Street',
    },
    {
      text: 'Regina King won. In Regina, King said nothing.',
      expect: 'person:Regina King | person:Regina | person:King',
    },
  ],
};

export const CONFERENCE_ROUND_ROW: ListsRow<'compass' | 'rounds'> = {
  id: 'none.conference-round',
  value: {
    compass: words('West East North South'),
    rounds: words('final finals semi-final semifinal division conference title crown'),
  },
  reason:
    'North American leagues split into conferences named by a compass word ("the West final", "the East division"); in a sports report, such a word between "the" and a round or a division is no place, and the compass rows that make "the West" a region are undone there.',
  examples: [
    {
      text: 'Winnipeg beat the BC Lions 24-20 in the West final on Sunday. The Toronto Argonauts won the East final 30-12.',
      expect: 'organization:Winnipeg | organization:BC Lions | organization:Toronto Argonauts',
    },
    { text: 'Fighting went on in the East on Sunday.', expect: 'place:East' },
  ],
};

export const AMPERSAND_INITIALS_ROW: ListsRow<'marks' | 'terms'> = {
  id: 'organisation.ampersand-initials',
  value: {
    marks: ['&'],
    // Set terms written the same way, never a firm's short form.
    terms: words('R&D Q&A R&B P&L M&A'),
  },
  reason:
    'A firm named after two founders is shortened to their initials joined by "&" ("Bang & Olufsen" … "B&O", "Marks & Spencer" … "M&S", "Procter & Gamble" … "P&G"). The model reads the short form as nothing. Two single capitals joined by "&" with no space, which the engine has not read, are an organisation when an organisation of the text with "&" in its name has those initials; not a set term written the same way ("R&D", "Q&A", "M&A"), whatever firm the text names. The pair is the firm\'s name too when an organisation was read over its first letter alone ("Shares in H&M" read as "H" by business.shares-in) or ends right before it on its line ("Samsung C&T" read as "Samsung" and nothing), or when an unread capitalised word that is no word of the language stands right before it ("Samsung C&T shareholders", all unread): the name and the pair are one (ents61b).',
  examples: [
    {
      text: 'Bang & Olufsen cut 350 jobs. B&O is the reason half of this town came here.',
      expect: 'organization:Bang & Olufsen | organization:B&O',
    },
    { text: 'The R&D budget of Bang & Olufsen grew.', expect: 'organization:Bang & Olufsen' },
    {
      text: 'Samsung C&T shareholders approved the merger. Shares in H&M rose.',
      expect: 'organization:Samsung C&T | organization:H&M',
    },
    { text: 'Robinson & Dawson spent more on R&D this year.', expect: 'organization:Robinson & Dawson' },
  ],
};

export const POSSESSIVE_FIRM_ROW: ListsRow<'verbs'> = {
  id: 'organisation.possessive-firm',
  value: {
    verbs: words('said says makes sells opens closes employs owns operates'),
  },
  reason:
    'Shops and brands named in the possessive ("Ben & Jerry\'s makes ice cream", "McDonald\'s said", "Sainsbury\'s sells") keep the "\'s" in their name; followed by a verb of business in the present or "said", the "\'s" is no possessive (a possessive is followed by the thing owned; a participle or a plural may be a modifier or the thing: "Tesla\'s planned plant", "Tesla\'s plans", so none is listed). One to three capitalised words with "\'s" right before one of these verbs are one organisation, whatever the model read before the "\'s" (a person, or an organisation cut before it); not when the words are a person the model is sure of (0.9) with a given name first, nor a person the text names in full, read as one ("Joe Biden … Biden\'s said so twice": "\'s" for "has").',
  examples: [
    {
      text: "In Waterbury, Ben & Jerry's makes ice cream near the river. McDonald's said on Monday it would close stores.",
      expect: "place:Waterbury | organization:Ben & Jerry's | organization:McDonald's",
    },
    {
      text: "Ana Ruiz's car was stolen. Tesla's planned plant and Tesla's plans were delayed.",
      expect: 'person:Ana Ruiz | organization:Tesla | organization:Tesla',
    },
  ],
};

export const FJORD_WORD_ROW: RuleRow = {
  id: 'place.fjord-word',
  value: ['fjord', 'fjorden'],
  reason:
    'Norwegian and Danish inlets are one word ending in "fjord" ("the Limfjord", "Sognefjord", "Oslofjorden"); the model, meeting a word it has never seen after "the", reads an organisation. A capitalised word ending in one of these, longer than the ending, is a place, unless it is a word of a longer name ("Ana Nordfjord"; "Westfjord Shipping", a firm the model left unread).',
  examples: [
    {
      text: 'Towns on the Limfjord lost jobs, and the ferry crossed the Sognefjord.',
      expect: 'place:Limfjord | place:Sognefjord',
    },
    { text: 'Ana Nordfjord said the ferries would run.', expect: 'person:Ana Nordfjord' },
  ],
};

export const BLIND_NEWS_ROWS_13: readonly RuleRow<unknown>[] = [
  NICKNAME_TEAM_ROW,
  KIND_OF_TOWN_ROW,
  AGE_APPOSITION_ROW,
  TRADE_APPOSITION_ROW,
  VENUE_TAIL_ROW,
  OFF_COAST_ROW,
  MAORI_O_NAME_ROW,
  HYPHEN_LEAD_ROW,
  DATELINE_AGENCY_ROW,
  CIVIC_TITLE_PLACE_ROW,
  PLACE_BY_PREPOSITION_ROW,
  CONFERENCE_ROUND_ROW,
  AMPERSAND_INITIALS_ROW,
  POSSESSIVE_FIRM_ROW,
  FJORD_WORD_ROW,
];
