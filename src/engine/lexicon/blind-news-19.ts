/**
 * Rows from the blind entity batches 56 and 57 (4 Dec 2026, helper ents29a; the batches are in
 * detect/news-entities-56.cases.ts). Batch 58 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-19.ts, called by applyNameRules
 * right after the blind-18 rows. Example texts are written for the rows, not taken from a batch:
 * each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const NATIONALITY_OPENING_ROW: ListsRow<'suffixes' | 'verbs'> = {
  id: 'none.nationality-opening',
  value: {
    // Endings that turn a country or region into its adjective: Slovenia-n, Iceland-ic, Vietnam-ese.
    suffixes: words('n an ian ic ese ish i'),
    // A word of the firm's own after the name: "American said" can be the airline.
    verbs: words('said says told reported rose fell posted announced agreed plans won'),
  },
  reason:
    'A headline opens with a nationality adjective, capitalised by its place, before a noun ("Slovenian court halts vote", "Icelandic singer dies"); the model, which has not seen the adjective, reads it as a one-word organisation. A one-word name opening a headline (a line without final punctuation), before a lowercase word, that is a demonym or is made from a country or region the map knows by -n, -an, -ian, -ic, -ese, -ish or -i ("Slovenian", "Cambodian", "Icelandic", "Vietnamese") is no name, unless a verb of its own follows ("American said"), the document names it alone elsewhere, or a rule decided it. Not inside a sentence of the body: "European bicycle makers welcomed the decision" is a claim whose source the claim rows read from that name.',
  examples: [
    {
      text: 'Slovenian court halts vote\n\nThe Slovenian Democratic Party said the ruling was a gift. The court in Ljubljana agreed.',
      expect: 'organization:Slovenian Democratic Party | place:Ljubljana',
    },
    {
      text: 'American said it would cut 20 flights at Dallas.',
      expect: 'organization:American | place:Dallas',
    },
  ],
};

export const STATE_UNREAD_ROW: ListsRow<'states'> = {
  id: 'place.state-unread',
  value: {
    states: words(`Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
      Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
      Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
      Tennessee Texas Utah Vermont Wisconsin Wyoming`),
  },
  reason:
    'A US state named alone before a lowercase noun ("a new Kentucky law", "Kentucky voters") can come out of the model as nothing at all when the document also holds a university, a council and a court named after the state: the state word is then read as the start of a body that never comes. place.subnational-state turns such a word read as an organisation into the state; this row takes the state word that no name covers, on its own (no capitalised word on the line beside it), outside any report with sports sentences ("Arizona beat Utah" in election copy). Not a word that is part of a person\'s name in the document ("Georgia Whitfield").',
  examples: [
    {
      text: 'Western Kentucky and the University of Louisville sued on Monday. Students said a new Kentucky law punished them. The Kentucky Council on Postsecondary Education said nothing.',
      expect:
        'organization:University of Louisville | place:Kentucky | organization:Kentucky Council on Postsecondary Education',
    },
    {
      text: 'Kentucky Fried Chicken said sales rose.',
      expect: 'organization:Kentucky Fried Chicken',
    },
  ],
};

export const PLAYER_POSITION_ROW: ListsRow<'positions' | 'clubTails' | 'clubDeals'> = {
  id: 'person.player-position',
  value: {
    positions: words(`guard forward centre center winger prop hooker scrum-half fly-half full-back
      fullback halfback half-back stand-off flanker lock loosehead tighthead second-rower striker
      midfielder defender goalkeeper keeper pitcher catcher shortstop quarterback linebacker receiver
      running-back tight-end point-guard shooting-guard power-forward playmaker batter bowler
      all-rounder wicketkeeper`),
    clubTails: words('fc afc cf sc united city town rovers wanderers athletic county'),
    // Review (ents30c): verbs of a club's deal with a player ("the defender Crystal Palace sold").
    clubDeals: words('sold signed bought loaned released wanted drafted traded acquired recruited sacked'),
  },
  reason:
    'Sports copy puts a player\'s position, in lowercase, right before the name ("American guard Dallas Brooks scored 24 points", "a try from centre Kent Halliwell"). When the given name is also a city or a county that has a side ("Dallas", "Kent", "Denver"), the model reads the two words as a club. In a sports report, two capitalised words right after a position noun, no more, read as an organisation or a place by the model alone (no rule) below 0.8, are a person; not when the second word ends a club\'s name ("winger Dallas United"), nor in a relative clause whose subject is the club ("the defender Crystal Palace sold last summer": a determiner before the position, a verb of a club\'s deal after the name with no object after it).',
  examples: [
    {
      text: 'Valencia beat Unicaja 84-79 in the cup semi-final on Saturday, with American guard Dallas Brooks scoring 24 points. The coach praised the defence after the win.',
      expect: 'organization:Valencia | organization:Unicaja | person:Dallas Brooks',
    },
    {
      text: 'Leeds beat Hull 32-12 on Friday in the league, and the coach praised the forwards after the win. The winger Leeds signed in June scored twice.',
      expect: 'organization:Leeds | organization:Hull | organization:Leeds',
    },
  ],
};

export const ADJACENT_PARTS_ROW: RuleRow<number> = {
  id: 'person.adjacent-parts',
  value: 3,
  reason:
    'Chinese, Korean and Vietnamese names put the family name first ("Tan Wei Ming", "Le Van Hung"), and the model, trained on given-name-first names, can cut one into two people ("Tan" and "Wei Ming"), after which coreference makes "Tan" the surname of another Tan in the article. Two people read side by side with nothing but a space between them on one line, the first of one word, three words in all at most, are one person. No sentence of news names two people with nothing between them.',
  examples: [
    {
      text: 'Reporting by Ashley Tan. "Buyers are waiting," said Tan Wei Ming, a trader at a Singapore-based brokerage.',
      expect: 'person:Ashley Tan | person:Tan Wei Ming | place:Singapore',
    },
    {
      text: 'Ashley Tan reported from Kuala Lumpur. Wei Ming told Tan, a trader, that buyers were waiting.',
      expect: 'person:Ashley Tan | place:Kuala Lumpur | person:Wei Ming | person:Tan',
    },
  ],
};

export const FIRM_ELSEWHERE_ROW: ListsRow<'rules'> = {
  id: 'organisation.firm-named-elsewhere',
  value: {
    // Rules that read a name as a firm from its own words: a legal form, a ticker.
    rules: words(
      'legal-form.outside organisation.legal-form-late organisation.ticker apposition.org-noun-after organisation.kind-before-firm',
    ),
  },
  reason:
    'person.descriptor-before-name makes a person of the name after a descriptor such as "farmer" or "trader", but business copy writes "Salmon farmer Frøya Havbruk cuts outlook" of a company, whose name a later sentence gives with its legal form or ticker ("Frøya Havbruk ASA (FROYA.OL)"). A name that rule made a person, whose words are elsewhere in the document an organisation decided by its own legal form, ticker or a firm apposition, and whose first word is no given name, is that organisation.',
  examples: [
    {
      text: 'Salmon farmer Vestvik Havbruk cuts outlook\n\nShares in Vestvik Havbruk ASA (VESTV.OL) fell 9% on Thursday.',
      expect: 'organization:Vestvik Havbruk | organization:Vestvik Havbruk',
    },
    {
      text: 'Dairy farmer Tom Hale said prices fell. Hale Foods Inc. (HALE.N) buys his milk.',
      expect: 'person:Tom Hale | organization:Hale Foods',
    },
  ],
};

export const ACRONYM_AFTER_SEAT_ROW: RuleRow<string[]> = {
  id: 'organisation.acronym-after-seat',
  value: words('in at of'),
  reason:
    'A body is often named with its seat before its acronym, which then follows the place, not the body: "the Academy of Arts, Architecture and Design in Prague (UMPRUM)", "the Academy of Performing Arts in Bratislava (VSMU)". The acronym, often in the body\'s own language, does not match the English words, so organisation rows that check initials leave it unread. An all-capital word of three or more letters, no place the map knows ("… in Abu Dhabi (UAE)"), in brackets right after "organisation in/at/of place", where the organisation\'s name has three capitalised words or more, is that organisation\'s short name (fold-rules-16\'s "The Acme Group in Oslo (XYZ)" stays unread).',
  examples: [
    {
      text: 'She studied at the Academy of Fine Arts in Prague (AVU) and taught there.',
      expect: 'organization:Academy of Fine Arts | place:Prague | organization:AVU',
    },
    {
      text: 'She moved to Prague (the capital) and then to Brno (CZ).',
      expect: 'place:Prague | place:Brno',
    },
  ],
};

export const BARE_NICKNAME_CLUB_ROW: ListsRow<'notNicknames' | 'nicknames' | 'transfers'> = {
  id: 'sport.town-nickname-bare',
  value: {
    notNicknames: words('Games Series Awards Islands Mountains Highlands Sports Studies News Times Brothers Sisters'),
    // Animals and figures clubs are named after that the list of common words lacks.
    nicknames: words(`tigers dragons wolves rhinos lions eagles sharks panthers falcons hawks cougars
      jaguars leopards cobras vikings pirates raiders titans knights broncos rams bulls stallions
      hornets wasps bees owls foxes badgers magpies ravens storm rebels cardinals blues reds`),
    // Words that move a player between clubs: a sentence with one is about clubs even outside a
    // sports report ("Sale Sharks have signed the prop from Leicester Tigers"; ents57b).
    transfers: words('sign signs signed signing joins joined join re-signed re-sign loan loaned'),
  },
  reason:
    'British and Australian leagues name clubs by a town (or a people) and a plural nickname without "the" ("host Castleford Tigers", "lost to Catalans Dragons", "Wigan Warriors dropped to second"); sport.nickname-team needs "the", and the model reads a nickname club after a verb as a person or leaves a people-led one out. In a sports report, two capitalised words on the line, no more, the first a place the map knows, a demonym (only before a nickname of the list: "Catalans Dragons", not "the Canadian Rockies") or a word the report names alone as a club (or any word once the report names two such clubs), the second a plural of a word of the language ("Tigers", "Dragons", "Wolves"), are a club, an organisation — not over a person with a known given name or a name a rule decided. Three such words are one too when the first is a town the map knows (no word of the language), the second no given name and no plural, the third the plural ("Chennai Super Kings", "Kolkata Knight Riders"; ents46b). Outside a sports report, a one-sentence signing story is enough for a pair whose first word is a town the map knows and whose second is a nickname of the list, in a sentence with a word that moves a player ("Sale Sharks have signed the prop from Leicester Tigers"; ents57b).',
  examples: [
    {
      text: 'Wigan Warriors beat Leeds Rhinos 20-18 on Friday in the league. Castleford Tigers lost 30-12 to Catalans Dragons in Perpignan, and the coach praised the forwards after the win.',
      expect:
        'organization:Wigan Warriors | organization:Leeds Rhinos | organization:Castleford Tigers | organization:Catalans Dragons | place:Perpignan',
    },
    {
      text: 'Wigan Warriors beat Leeds Rhinos 20-18 on Friday in the league. Sam Woods scored twice, and the coach praised the forwards after the win.',
      expect: 'organization:Wigan Warriors | organization:Leeds Rhinos | person:Sam Woods',
    },
  ],
};

export const VENUE_NOUN_ROW: ListsRow<'venues'> = {
  id: 'place.venue-noun-after',
  value: {
    venues: words('arena stadium ground velodrome racecourse ballpark speedway oval pavilion complex'),
  },
  reason:
    'A venue is often named before a lowercase venue noun, after "the": "at the Martín Carpena arena", "the Rey Baudouin stadium". The words are often a person\'s name (the venue is named after someone), and the model reads them as a club or a person. One to three capitalised words after "the" and before one of these nouns (not itself before another noun: "the Taylor Swift arena tour"), read by the model alone, whatever its type, and not a known organisation or a body the document names elsewhere with the same words, are the venue, a place.',
  examples: [
    {
      text: 'Fans filled the Jorge Martín arena on Saturday as Baskonia beat Murcia 80-75 in the league.',
      expect: 'place:Jorge Martín | organization:Baskonia | organization:Murcia',
    },
    {
      text: 'Bayern Munich won 2-0. Fans left the Bayern Munich stadium happy, and the Taylor Swift arena tour sold out.',
      expect: 'organization:Bayern Munich | organization:Bayern Munich',
    },
  ],
};

export const ADJECTIVE_OPENING_ROW: ListsRow<'adjectives'> = {
  id: 'none.adjective-opening',
  value: {
    adjectives: words('neighbouring neighboring'),
  },
  reason:
    '"Neighbouring", capitalised because it opens the sentence ("Neighbouring Pawtucket Water Supply Board raised its rates"), is read by the model as the first word of the name after it (place.neighbouring takes "neighbouring Ekiti" inside a sentence). Opening its sentence and a name of three more words or more, it is left out of the name, which keeps its type.',
  examples: [
    {
      text: 'Neighbouring Pawtucket Water Supply Board raised its rates by 11%.',
      expect: 'organization:Pawtucket Water Supply Board',
    },
    {
      text: 'Neighbouring towns voted against the plan, and Neighbouring Rights Ltd said nothing.',
      expect: 'organization:Neighbouring Rights',
    },
  ],
};

export const POWER_PLANT_ROW: ListsRow<'heads'> = {
  id: 'place.power-plant-head',
  value: {
    heads: words('plant station'),
  },
  reason:
    'A power station named after its town ("the Krško Nuclear Power Plant", "Drax Power Station") is a site, a place, like a mine or a dam; the model reads the capitalised "Plant" as a company\'s last word, and coreference then makes the town alone a company too. A name ending in "Power Plant", "Power Station", "Nuclear Plant" or "Generating Station" that the model alone reads as an organisation below 0.8 is a place.',
  examples: [
    {
      text: 'Inspectors from the agency visited the Krško Nuclear Power Plant in Slovenia on Monday.',
      expect: 'place:Krško Nuclear Power Plant | place:Slovenia',
    },
    {
      text: 'The Nuclear Power Plant Workers Union said pay talks failed.',
      expect: 'organization:Nuclear Power Plant Workers Union',
    },
  ],
};

export const AREA_NOUN_ROW: ListsRow<'nouns'> = {
  id: 'place.area-noun-after',
  value: {
    nouns: words('area'),
  },
  reason:
    'A region is named before a lowercase noun for an area, after "the": "the towns of the Posavje area", "the Agreste region" (place.kind-noun-after of blind-6 takes "region", "valley" and others over any reading, but not "area", which follows too many capitalised words that are no place: "the Sales area", "the VIP area"). An unfamiliar region name alone is read by the model as a person or left to a body named after it. One or two capitalised words after "the" and before "area", read by the model alone below 0.8 as a person or an organisation, or unread and no word of the language, and no given name, demonym or known firm ("the Apple area"), are a place.',
  examples: [
    {
      text: 'The utility is owned by the towns of the Posavje area in the east of Slovenia.',
      expect: 'place:Posavje | place:Slovenia',
    },
    {
      text: 'The Ana Ruiz area of the museum opened.',
      expect: 'person:Ana Ruiz',
    },
  ],
};

export const CIVIC_TITLE_OF_ROW: ListsRow<'titles' | 'bankTitles'> = {
  id: 'place.civic-title-of',
  value: {
    titles: words('mayor governor premier prefect burgomaster reeve'),
    // Review (ents30c): titles a central bank's head has too ("Governor Ana Ruiz of Banxico").
    bankTitles: words('governor'),
  },
  reason:
    'A town or province has a mayor, a governor, a premier; a firm or a club has none. "Mayor Janko Pirc of Krško said", "Governor Ana Ruiz of Bohol": one or two capitalised words after "of" that follows a person whose title is one of these, ending the name (no capitalised word after), are the place the person governs, where the model read them as an organisation or a person below 0.8 or left them out — not a word of a person\'s name in the document, and not a name the model read as an organisation after "Governor", who heads a central bank as often as a province ("Governor Ana Ruiz of Banxico"). The town also stands right before its head\'s title ("former Camden mayor Ana Ruiz", "The Trenton mayor said"; lead, stop 54): a name the model read as an organisation right before a lowercase title that is no central banker\'s, and that the map knows as a place, is that place — below 0.8, or with a sentence-opening "The" the place\'s own name lacks (dropped; "The Hague" keeps it). A party has mayors too, and the map knows none ("the Labour mayor").',
  examples: [
    {
      text: 'Mayor Janko Pirc of Krško said the town had waited 15 years.',
      expect: 'person:Janko Pirc | place:Krško',
    },
    {
      text: 'Chairman Ana Ruiz of Velmora Foods said profit rose.',
      expect: 'person:Ana Ruiz | organization:Velmora Foods',
    },
    {
      text: 'A jury convicted former Camden mayor Luis Ortega. The Trenton mayor said the city would appeal.',
      expect: 'place:Camden | person:Luis Ortega | place:Trenton',
    },
  ],
};

export const PLAYER_GIVEN_NAME_ROW: RuleRow<null> = {
  id: 'person.player-given-name',
  value: null,
  reason:
    'A sports report names a player in full once and then, in a quotation, by the given name alone (“Dallas wanted the ball,” the coach said, after "guard Dallas Brooks"). When that given name is also a city with a side, the model reads it as the club. In a sports report, a one-word name read by the model alone as an organisation or a place below 0.5, opening a quotation or a sentence before a lowercase word, that is the first word of a person the report names in full and the first word of no organisation or place there, is that person.',
  examples: [
    {
      text: 'Valencia beat Unicaja 84-79 in the cup on Saturday, with American guard Dallas Brooks scoring 24 points. "Dallas wanted the ball," the coach said after the win.',
      expect: 'organization:Valencia | organization:Unicaja | person:Dallas Brooks | person:Dallas',
    },
    {
      text: 'Valencia beat Unicaja 84-79 in the cup on Saturday, and the coach praised the defence after the win. "Dallas wanted me in the summer," guard Iker Brooks said.',
      expect: 'organization:Valencia | organization:Unicaja | person:Iker Brooks',
    },
  ],
};

export const HYPHENATED_SURNAME_ROW: ListsRow<'estates'> = {
  id: 'person.hyphenated-surname-unread',
  value: {
    // Review (ents30c): words of other languages that open the name of an estate, a house or a wine.
    estates: words('chateau domaine clos schloss castello palazzo quinta hacienda bodega bodegas villa casa maison'),
  },
  reason:
    'A given name the lists lack before a double-barrelled surname ("Kristoffer Lund-Hagen at DNB Carnegie cut his target") is left out by the model: neither word is known, and the parts of the surname are towns. Two capitalised words on a line that no name covers, the second two capitalised parts joined by a hyphen, the first no word of the language (also written with its accents: "Château"), no word that opens an estate\'s name ("Domaine", "Quinta", "Schloss") and neither the first word nor the pair a place the map knows or a known organisation, followed by a lowercase word or a comma and not preceded by a capitalised word inside the sentence, are a person.',
  examples: [
    {
      text: 'Kristoffer Lund-Hagen at DNB Carnegie cut his price target.',
      expect: 'person:Kristoffer Lund-Hagen | organization:DNB Carnegie',
    },
    {
      text: 'Exports from Baden-Württemberg rose, and Chief Executive Anna Lund-Hagen said orders held up.',
      expect: 'place:Baden-Württemberg | person:Anna Lund-Hagen',
    },
  ],
};

export const BLIND_NEWS_ROWS_19: readonly RuleRow<unknown>[] = [
  NATIONALITY_OPENING_ROW,
  STATE_UNREAD_ROW,
  PLAYER_POSITION_ROW,
  ADJACENT_PARTS_ROW,
  FIRM_ELSEWHERE_ROW,
  ACRONYM_AFTER_SEAT_ROW,
  BARE_NICKNAME_CLUB_ROW,
  VENUE_NOUN_ROW,
  ADJECTIVE_OPENING_ROW,
  POWER_PLANT_ROW,
  AREA_NOUN_ROW,
  CIVIC_TITLE_OF_ROW,
  PLAYER_GIVEN_NAME_ROW,
  HYPHENATED_SURNAME_ROW,
];
