/**
 * Rows from the blind entity batches 31-33 (2 Dec 2026, helper ents19a; the batches are in
 * detect/news-entities-29.cases.ts and detect/news-entities-32.cases.ts). Batch 34 was written with
 * 32 and 33 and is never fixed against. Kept in their own file so they merge cleanly with rows
 * added in parallel; the rules that apply them are in detect/blind-rules-11.ts, called by
 * applyNameRules after the blind-10 and leftover-2 rows and before the review rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const CLUB_SUFFIX_ROW: ListsRow<'sure' | 'sporting' | 'locatives'> = {
  id: 'sport.club-suffix',
  value: {
    sure: words('FC AFC'),
    // FF and IK added by ents30a (batch 59: "Malmö FF", "Sandvikens IK").
    sporting: words('SC CF FK SK BK IF FF IK'),
    locatives: words('in at from near into across outside around inside through'),
  },
  reason:
    'Clubs in North America and Scandinavia put the short form of "football club" or "sport club" after their city ("Charlotte FC", "San Diego FC", "New York City FC", "Nashville SC"), and a report then calls them by the city alone ("after Charlotte had levelled"). The model reads a given name ("Charlotte FC" a person), cuts the city ("York City", "San Diego") or misses the name. One to four capitalised words on a line right before "FC" or "AFC" (anywhere) or "SC", "CF", "FK", "SK", "BK", "IF" (in a sports report naming no election, since "SC" is also South Carolina) are one organisation; in such a report, a mention of the same words alone read as a person or a place is the club too, unless a preposition of where comes before it ("in Charlotte"), a possessive after it, or, for a place reading, the text writes those words after a preposition of where anywhere.',
  examples: [
    {
      text: 'Charlotte FC lost 2-1 at home on Saturday. Charlotte had levelled through a header, but the visitors scored late. New York City FC won 3-0.',
      expect: 'organization:Charlotte FC | organization:Charlotte | organization:New York City FC',
    },
    {
      text: 'Nashville SC beat Atlanta United 2-0 on Sunday. Nashville SC have now won four in a row, and Atlanta United are fifth.',
      expect:
        'organization:Nashville SC | organization:Atlanta United | organization:Nashville SC | organization:Atlanta United',
    },
    {
      text: 'The governor of Columbia, SC, signed the bill. Charlotte Edwards said the vote was close.',
      expect: 'place:Columbia | place:SC | person:Charlotte Edwards',
    },
  ],
};

export const GERMAN_PARTICLE_TOWN_ROW: ListsRow<'single' | 'pairs' | 'times'> = {
  id: 'place.german-particle-town',
  value: {
    single: words('am im'),
    pairs: ['an der', 'ob der', 'in der', 'vor der', 'auf der', 'an den'],
    // Review (ents21b): "am Sonntag" is "on Sunday": newspapers ("Welt am Sonntag", "Bild am
    // Sonntag") and German phrases ("in Bonn am Montag"), not a river or a region.
    times: words(
      'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Wochenende Morgen Vormittag Mittag Nachmittag Abend Anfang Ende',
    ),
  },
  reason:
    'German and Austrian towns are told apart by their river or region after a lowercase particle ("Frankfurt am Main", "Neuburg an der Donau", "Mülheim an der Ruhr", "Rothenburg ob der Tauber", "Freiburg im Breisgau", "Zell am See"). The model reads the town and then the particle and river as a person ("der Donau") or stops at the particle. A capitalised word (not a pronoun, a function word or a given name), one of these particles and a capitalised word on the same line are one place. Not when the word after the particle is a German day or time of day ("Welt am Sonntag" and "Bild am Sonntag" are newspapers, "Bonn am Montag" a date).',
  examples: [
    {
      text: 'The engine is built at the motorsport factory in Neuburg an der Donau. Parts come from Mülheim an der Ruhr and Frankfurt am Main.',
      expect: 'place:Neuburg an der Donau | place:Mülheim an der Ruhr | place:Frankfurt am Main',
    },
    {
      text: '"I am Spartacus," he said in Frankfurt. The band played in Dresden on Monday.',
      expect: 'place:Frankfurt | place:Dresden',
    },
    {
      text: 'The talks in Bonn am Montag were cancelled, the ministry said.',
      expect: 'place:Bonn',
    },
  ],
};

export const DEMONYM_NOUN_ROW: ListsRow<'nouns' | 'determiners' | 'groups'> = {
  id: 'person.demonym-noun-before',
  value: {
    nouns: words(
      'Dane Danes Swede Swedes Finn Pole Spaniard Briton Scot Scotsman Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Welshman Icelander Kiwi Turk Serb Croat Slovene Luxembourger Monegasque',
    ),
    determiners: words('the a fellow'),
    // Review (ents21b): lowercase words after the name that make it a team, a firm or a venue
    // ("the Pole Position Racing team").
    groups: words('team teams club side squad outfit group company firm brand stadium arena'),
  },
  reason:
    'Sports and wire copy introduce a foreign player by a nationality noun before the name ("the Dane Mikkel Hansen", "the Swede Felix Claar", "a Spaniard Pello Iturriaga"); the model, meeting a capitalised word it takes for part of the name, reads "Dane Mikkel Hansen" as one place or one person. After "the", "a" or "fellow", a name that begins with one of these nouns and runs on to two capitalised words or more is the person those words name, without the noun. Not when the noun is a given name at the start of a sentence ("Finn Russell kicked", no determiner) or is followed by one word only ("the Dane County clerk" is a county). Not a firm, a team or a venue either (review, ents21b): a name with an organisation\'s, a building\'s or a place\'s tail word ("the Swede Ikea Group", "the Turk Telekom Arena", "the Finn Racing Team"), a name followed by "team", "club", "company" and the like ("the Pole Position Racing team"), or a name the model reads as an organisation or a place with some confidence ("the fellow Swede Volvo Cars").',
  examples: [
    {
      text: 'The hosts led at half-time through six goals from the Dane Mikkel Hansen-Vestergaard. The Swede Lars Olsson-Berg scored twice.',
      expect: 'person:Mikkel Hansen-Vestergaard | person:Lars Olsson-Berg',
    },
    {
      text: 'The Dane County clerk certified the count. Finn Russell kicked two penalties for Scotland.',
      expect: 'place:Dane County | place:Scotland',
    },
    {
      text: 'Fans packed the Turk Telekom Arena on Sunday. He joined the Pole Position Racing team last year.',
      // The team is a body (sport.sponsor-team, ents33a and ents34c); no person is read from "Pole".
      expect: 'place:Turk Telekom Arena | organization:Pole Position Racing',
    },
  ],
};

export const FIRM_APPOSITION_ROW: ListsRow<
  'heads' | 'determiners' | 'after' | 'stateHeads' | 'personHeads' | 'firmModifiers' | 'firmSuffixes'
> = {
  id: 'organisation.firm-apposition',
  value: {
    heads: words(
      'bank lender insurer carmaker automaker drugmaker chipmaker steelmaker planemaker shipbuilder maker company firm conglomerate retailer grocer miner airline carrier brewer utility developer broker manufacturer producer supplier operator platform startup start-up',
    ),
    determiners: words('the a an its'),
    after: words('based headquartered which that whose'),
    // Review (ents21b): heads a country or a state is called too ("Norway, a major supplier,").
    stateHeads: words('producer supplier maker manufacturer operator developer miner carrier'),
    // Review (ents21b): heads that name a person's trade as often as a firm ("Garcia, a broker,").
    personHeads: words('broker developer operator miner producer supplier brewer grocer maker'),
    // ... unless a modifier only a firm has says which ("Codelco, the state miner,"); words ending
    // in one of the `firmSuffixes` too ("a state-owned rocket maker", "the Denver-based developer").
    firmModifiers: words('state listed biggest largest nationalised nationalized privatised privatized'),
    firmSuffixes: words('-based -owned -run -listed -controlled -largest -biggest'),
  },
  reason:
    'Business copy says what an unfamiliar firm is in an apposition right after its name ("Banorte, the Monterrey-based bank, said", "Siegfried, a smaller drugmaker based in Zofingen, rose"); the model, meeting a word it does not know, reads nothing or a person. One to three capitalised words (a ticker in brackets may follow them) then a comma, a determiner, up to three modifiers and a firm\'s head word followed by a comma, a full stop or "based", "which", "that", are an organisation. Not a person of two words or more ("Ana Ruiz, a bank manager," has no comma after the head; "John Smith, the company\'s founder," a possessive), not when the head word runs on into a noun ("a company spokesman"), and not a single common word or adverb opening the sentence ("Separately, the bank, which ..."). Review (ents21b): not a country or a state before a head a state is called too ("Norway, a major supplier,", "Peru, the second-largest producer,"), not a name a person\'s row decided ("Mr. Wang, a supplier,"), and not one word before a head that is as often a person\'s trade ("Garcia, a broker,", "Okafor, the developer,") unless a ticker, "based", "headquartered" or a modifier only a firm has ("the state miner", "a state-owned rocket maker", "the biggest broker") says it is a firm. Not "marketplace", a square\'s word as often as a firm\'s ("Covent Garden, the old marketplace," is a place; mendN55).',
  examples: [
    {
      text: 'Banorte (GFNORTEO.MX), the Mexican bank, said loans rose 18%. Siegfried, a smaller drugmaker based in Zofingen, rose 1.9%.',
      expect: 'organization:Banorte | organization:Siegfried | place:Zofingen',
    },
    {
      // Lead, stop 55: the trades of the web ("platform", "startup"; not "marketplace", a square's word too:
      // "Covent Garden, the old marketplace," is a place, mendN55).
      text: 'Vinted, the resale platform, said it had 80 million users.',
      expect: 'organization:Vinted',
    },
    {
      text: "Maria Lopez, a company spokeswoman, declined to comment. Okafor, the bank's chief economist, said rates would fall.",
      expect: 'person:Maria Lopez',
    },
    {
      text: 'Norway, a major supplier, raised output. Mr. Wang, a supplier, said demand fell.',
      expect: 'place:Norway | person:Wang',
    },
  ],
};

export const ADMIN_UNIT_OF_ROW: ListsRow<'units' | 'before'> = {
  id: 'place.admin-unit-of',
  value: {
    units: words('canton cantons commune prefecture governorate oblast voivodeship emirate riding constituency'),
    before: words('the a its own neighbouring neighboring southern northern eastern western central mountainous'),
  },
  reason:
    'Reports from Switzerland, France, Japan, Iraq, Ukraine and Poland name a region by its kind of administrative unit before "of" ("the canton of Valais", "the governorate of Nineveh", "the prefecture of Fukushima", "the oblast of Kharkiv"), and so do Canadian and British election reports a seat ("her own riding of Moncton East", "the constituency of Orkney"; ents36a, blind batch 74), kinds apposition.place-of does not hold; the model, meeting an unfamiliar word, reads nothing or an organisation. After "the", "a", "its", "own" or a word of direction, one of these lowercase unit words, "of" and one to three capitalised words on the line are a place, unless a name runs on past them. Review (ents21b): not a body of the unit, named with an organisation\'s tail word after its first word ("the canton of Geneva Police Department", "the oblast of Kharkiv Regional Council") or read by the model with confidence as one organisation of two words or more ("the governorate of Nineveh Operations Command").',
  examples: [
    {
      text: 'She won her own riding of Moncton East by 300 votes.',
      expect: 'place:Moncton East',
    },
    {
      text: 'The canton of Valais will pay part of the cost. Fighting spread in the governorate of Nineveh.',
      expect: 'place:Valais | place:Nineveh',
    },
    {
      text: 'The Canton of Geneva Police said the road was closed. He took a commune of artists to the coast.',
      expect: 'organization:Canton of Geneva Police',
    },
    {
      text: 'The oblast of Kharkiv Regional Council said two people died.',
      expect: 'organization:Kharkiv Regional Council',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const BLIND_NEWS_ROWS_11: readonly RuleRow<unknown>[] = [
  CLUB_SUFFIX_ROW,
  GERMAN_PARTICLE_TOWN_ROW,
  DEMONYM_NOUN_ROW,
  FIRM_APPOSITION_ROW,
  ADMIN_UNIT_OF_ROW,
];
