/**
 * Rows from the blind entity batches 35 and 36 (3 Dec 2026, helper ents21a; the batches are in
 * detect/news-entities-35.cases.ts). Batch 37 was written with them and is never fixed against.
 * Kept in their own file so they merge cleanly with rows added in parallel; the rules that apply
 * them are in detect/blind-rules-12.ts, called by applyNameRules right after the blind-11 rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const COUNTY_SIDE_ROW: ListsRow<
  | 'after'
  | 'beAfter'
  | 'roles'
  | 'before'
  | 'pairs'
  | 'locatives'
  | 'civic'
  | 'county'
  | 'objectNamed'
  | 'results'
  | 'notWon'
  | 'margins'
  | 'marginNumbers'
  | 'irishCounties'
> = {
  id: 'sport.county-side',
  value: {
    after: words(
      'beat beats won win wins lost lose loses drew draw draws need needs play plays host hosts visit visits',
    ),
    // Widened (ents63c): "Leeds were beaten 2-0 by Derby", a side beaten ("were beaten", and the
    // side after "by" past a score).
    beAfter: words('relegated promoted beaten defeated thrashed'),
    roles: words('manager coach captain skipper boss'),
    before: words('beat beating beats against play plays face faces host hosts visit visits meet meets'),
    pairs: [
      'at home to',
      'losing to',
      'lost to',
      'lose to',
      'draw with',
      'drew with',
      'out by',
      'beaten by',
      'played for',
      'plays for',
      'playing for',
    ],
    locatives: words('in from near across around throughout outside inside into'),
    civic: words('council councillors police mayor residents voters schools hospital hospitals farmers people'),
    county: words('County'),
    // Review (ents22b): a city hosts an event, needs a thing or wins a bid ("Paris hosts the final",
    // "Manchester needs more pitches", "Glasgow won the bid to host the Games").
    objectNamed: words('need needs host hosts'),
    results: words('win wins point points draw victory result goal goals run runs wicket wickets try tries'),
    notWon: words('bid bids vote contract contracts rights right'),
    // Widened (ents64b): a win's margin ("beat Tipperary by four points", "by 40 runs").
    margins: words('point points goal goals run runs wicket wickets try tries'),
    marginNumbers: words('one two three four five six seven eight nine ten eleven twelve'),
    // The Irish counties, which Gaelic games name as sides and the map holds only in part ("Kerry",
    // "Tipperary" are no towns); "Down" is left out, a word before it is everywhere (ents64b).
    irishCounties: words(
      `Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Dublin Fermanagh Galway Kerry Kildare Kilkenny
      Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Tyrone
      Waterford Westmeath Wexford Wicklow`,
    ),
  },
  reason:
    'Gaelic games, county cricket and many leagues name a side by its county or region ("Kerry beat Donegal", "Surrey need Somerset to lose", "Lancashire were relegated", "played for London"), and the same report names the county as a place ("schools in Donegal", "fans travelled from Somerset", "home to County Kerry"). The model reads such a name as the place, or as a person where it is also a given name (Kerry). In a sports report that names no election, a one-word name on either side of a match word (not one that beats a thing: "Queensland beat the target"), or right before a team role and a name ("Kerry manager Jack O\'Connor"; not a country\'s or region\'s: "England captain" is a national side), is the side when the map knows it as a place (not a month or a weekday: "Ana Ruiz of March won") or the text writes it with "County" ("County Kerry", "Donegal County Council"), unless it is a word of a person\'s full name. After "need" or "host" a side names its opponent, a number or a result ("Galway host Mayo", "Surrey need 120 runs", "need a win"), not a thing ("Paris hosts the final", "Manchester needs more pitches"), and a side wins no bid or vote ("Glasgow won the bid to host the Games"). Its other one-word mentions are the side too (not, outside a match word, those the model reads surely, 0.8 and up, as a place or a person: "Geelong is cold"), except after a preposition of where ("in", "from"), which makes them the place whatever the document\'s vote, after "to" outside a fixture ("come to Leeds"), or before a civic noun ("Donegal council"); "County" and the name are the place. No side is read in a sentence that names a sport of players, sets or frames, or has two set scores in a row ("At the chess olympiad, Nakamura drew with Firouzja": review ents31e, the test of sport.result-sides). Widened by ents63c (stop 62\'s reading: "Leeds were beaten 2-0 by Derby" read two towns): "were beaten", "defeated" or "thrashed" after the name is a match word, and so is "by" after such a verb and a score ("beaten 2-0 by Derby"); a side of that frame with its score in the sentence is read in a brief too (one sentence is no sports report), when the text names no election. Widened by ents64b for Gaelic games and margins: a score of goals and points ("Kerry were beaten 1-15 to 0-12 by Dublin") is a score of that frame, and so is a win by a margin in a sentence with a further sport word ("Kilkenny beat Tipperary by four points to reach the final", "by 40 runs in the match"; not "Texas beat Ohio by four points in the survey"); the sides of such a frame are named even where the model named them nowhere, since the frame itself is the evidence; and the Irish counties (the value\'s list) are counties though the map holds few of them, except one that is also a given name the model reads as a person (0.5 and up) somewhere in the text ("Kerry", "Clare"), which needs "County" or the map as before.',
  examples: [
    {
      text: 'Kerry beat Donegal 1-20 to 0-17 in the final on Sunday. Kerry manager Jack Doyle praised his side. Donegal County Council put up screens, and flags flew in Donegal on Monday. The team brings the cup home to County Kerry.',
      expect:
        'organization:Kerry | organization:Donegal | organization:Kerry | person:Jack Doyle | organization:Donegal County Council | place:Donegal | place:County Kerry',
    },
    {
      text: 'Surrey beat Somerset by an innings and 42 runs on Thursday. Somerset must beat Hampshire and win at home to Essex. Surrey play Hampshire on Tuesday. About 2,000 fans travelled from Somerset.',
      expect:
        'organization:Surrey | organization:Somerset | organization:Somerset | organization:Hampshire | organization:Essex | organization:Surrey | organization:Hampshire | place:Somerset',
    },
    {
      text: 'Kerry were beaten 1-15 to 0-12 by Dublin in the league on Sunday.',
      expect: 'organization:Kerry | organization:Dublin',
    },
    {
      text: 'Kilkenny beat Tipperary by four points to reach the hurling final.',
      expect: 'organization:Kilkenny | organization:Tipperary',
    },
    {
      text: 'Kerry Smith beat Ann Jones by two points in the county final.',
      expect: 'person:Kerry Smith | person:Ann Jones',
    },
    {
      text: 'Kerry Washington won the award on Sunday. Flooding in Somerset closed roads, and roads in Surrey were shut.',
      expect: 'person:Kerry Washington | place:Somerset | place:Surrey',
    },
    {
      text: 'Paris hosts the final on Saturday. Surrey need 120 runs to beat Kent by the close. The striker scored twice in the 2-1 win.',
      expect: 'place:Paris | organization:Surrey | organization:Kent',
    },
  ],
};

export const PATERNAL_SURNAME_ROW: RuleRow = {
  id: 'person.paternal-surname',
  value: [],
  reason:
    'Spanish and Portuguese names carry two surnames ("Tomás Villacrés Ortiz", "Iñigo Ugarte Larrañaga"), and news then calls the person by the first of them alone ("Villacrés said", "Ugarte said"), a word the model has never seen as a person and reads as a firm or a place. Once the text has named a person of three words or more whose last two words are capitalised, the second-to-last word alone is that person, unless it is a given name ("Rosa Elvira Quilumbango": Elvira), a place the map knows or a nationality word.',
  examples: [
    {
      text: 'Energy Minister Tomás Villacrés Ortiz said the government would appeal. Villacrés said the firm had not asked to leave.',
      expect: 'person:Tomás Villacrés Ortiz | person:Villacrés',
    },
    {
      text: 'Rosa Elvira Quilumbango spoke for the farmers. Ana Toledo Ruiz said the talks were held in Toledo on Monday.',
      expect: 'person:Rosa Elvira Quilumbango | person:Ana Toledo Ruiz | place:Toledo',
    },
  ],
};

export const KIND_BEFORE_FIRM_ROW: ListsRow<
  'heads' | 'determiners' | 'trailing' | 'notTrades' | 'holidays' | 'personTrades'
> = {
  id: 'organisation.kind-before-firm',
  value: {
    // "contractor": ents22a, blind batch 38 ("the Turkish contractor Yapı Merkezi"); "refiner",
    // "shipyard", "airline", "utility", "trader": ents27a, blind batch 50 ("the Polish refiner Orlen",
    // "the Polish shipyard Remontowa").
    heads: words(
      'maker makers carmaker automaker chipmaker drugmaker steelmaker planemaker shipbuilder miner lender insurer retailer grocer brewer carrier operator firm company cooperative conglomerate bank contractor refiner shipyard airline utility trader',
    ),
    determiners: words('the a an its their his her our'),
    trailing: words('chain group maker firm company cooperative'),
    // Review (ents22b): compounds that end in a trailing word and name no trade, and holidays that
    // open such a phrase ("the Christmas supply chain", "the Easter chocolate maker").
    notTrades: [
      'supply chain',
      'food chain',
      'value chain',
      'cold chain',
      'island chain',
      'mountain chain',
      'age group',
      'ethnic group',
      'blood group',
      'focus group',
      'peer group',
      'income group',
    ],
    holidays: words('Christmas Easter Thanksgiving Halloween Ramadan Diwali Hanukkah Passover Eid Lent Advent'),
    // Review (ents28b): trades a person also plies ("the rogue trader Kweku Adoboli"): a full name
    // the model read as a person at all stays one after them.
    personTrades: words('trader miner operator'),
  },
  reason:
    'Business copy gives an unfamiliar firm\'s trade right before its name ("the lift maker Orona", "the Swedish maker Electrolux", "the state miner ENAMI EP", "its appliance maker Etxegai") or in an apposition before it ("A second firm, Genera PR, took over", "The group\'s savings bank, Laboral Kutxa, has lent"); the model, meeting a word it does not know, reads nothing or a person. After a determiner, up to four modifiers (lowercase words, nationality words, a possessive) and one of these trade nouns, one to three capitalised words on the line, ended by a function word ("in", "and"), a bracket or punctuation (with the apposition, by a comma; not a verb: "the company Elon Musk founded" names its founder), are an organisation. So is a name the model did not read between "the" and a lowercase trade ("the Eroski supermarket chain", up to two words between), when the trade ends the phrase and the words before it are no compound that names no trade ("the Christmas supply chain", "an age group"). Not a holiday ("the Easter chocolate maker"), not a title or role word ("the company Chief Executive Ana Ruiz"), not a weekday or month, not a place the map knows, not a person of two words or more the model is sure of (half-sure after a comma, or after a trade a person also plies: "the rogue trader Kweku Adoboli"), and no apposition after "of" ("the governor of the central bank, Jean-Claude Brou," names the governor). Nor a hyphenated modifier ending in a participle of name.compound-modifier (ents44a, batch 99): "the Leeds-based company" holds a place, not a firm.',
  examples: [
    {
      text: 'Members may move to the lift maker Orona in Hernani. Shares of the Swedish maker Electrolux fell 3%.',
      expect: 'organization:Orona | place:Hernani | organization:Electrolux',
    },
    {
      text: 'A second firm, Genera PR, took over the old plants. The company Chief Executive Ana Ruiz said on Monday that the bank Friday had closed.',
      expect: 'organization:Genera PR | person:Ana Ruiz',
    },
    {
      text: 'Members may move to the Eroski supermarket chain. Shares of the Texas oil company rose, and the Swiss drug group fell.',
      expect: 'organization:Eroski | place:Texas',
    },
    {
      text: 'Most of the line was built by the Turkish contractor Yapı Merkezi, and the rest by the contractor Bob.',
      expect: 'organization:Yapı Merkezi',
    },
    {
      text: 'Shortages hit the Christmas supply chain, and sales rose at the Easter chocolate maker.',
      expect: '',
    },
  ],
};

export const TITLE_WORD_PLACE_ROW: ListsRow<'titles' | 'prepositions'> = {
  id: 'place.title-word-place',
  value: {
    titles: words('Sri Shri Lord Sir Saint'),
    prepositions: words('in to from at near of across outside via into'),
  },
  reason:
    'Some places begin with a word that is also an honorific ("Sri Lanka", "Lord Howe Island"): the title rows strip the word and leave a person ("Lanka"). When the title word and the name after it together are a place the map knows, they are that place; when the name is also a given name ("Saint John", "Saint George", "Saint Paul") and the place is no country ("Saint Lucia"), only after a preposition of place ("flew to Saint Louis", "the city of Saint Paul"): "Saint John said", "pilgrims honour Saint George" name the saint.',
  examples: [
    {
      text: 'He was named in the squad for the tour of Sri Lanka. Sri Ram Kumar said the team was ready.',
      expect: 'place:Sri Lanka | person:Ram Kumar',
    },
    {
      text: 'Saint John said the ferry was late.',
      expect: 'person:John',
    },
  ],
};

export const SPORT_GROUND_ROW: ListsRow<'tails' | 'notFirst' | 'atOnly'> = {
  id: 'place.sport-ground',
  value: {
    tails: words('Oval Bowl Velodrome'),
    notFirst: words('Super Rose Cotton Sugar Orange Dust'),
    // Review (ents22b): the bowl games are events ("named to the Pro Bowl", "won the Fiesta Bowl").
    atOnly: words('Bowl'),
  },
  reason:
    'Cricket and football grounds are named with "Oval" or "Bowl" after a sponsor or a district ("the Kia Oval", "the Utilita Bowl", "Adelaide Oval"), and reports place a match at a ground in its city ("a draw with Nottinghamshire at Headingley in Leeds"). The model reads the sponsor as a person, the ground as a team or nothing. In a sports report, after "at" or "the", one to three capitalised words ending in one of these words are a place (not the bowl games "Super Bowl", "Rose Bowl", which are events; a "Bowl" only where a match is played at it, "at the Utilita Bowl", since "named to the Pro Bowl" and "won the Fiesta Bowl" are games too); and a single word after "at" and before "in" and a place the map knows, not itself a known place, read as no name or half-read as an organisation, is the ground, a place.',
  examples: [
    {
      text: 'Surrey beat Somerset by an innings at the Kia Oval in London on Thursday. Yorkshire drew 1-1 with Durham at Headingley in Leeds.',
      expect:
        'organization:Surrey | organization:Somerset | place:Kia Oval | place:London | organization:Yorkshire | organization:Durham | place:Headingley | place:Leeds',
    },
    {
      text: 'The Chiefs beat the Eagles 38-35 at the Super Bowl in Phoenix. The striker scored twice in the 2-1 win. Sales rose at Microsoft in Seattle. He was named to the Pro Bowl.',
      expect: 'organization:Chiefs | organization:Eagles | place:Phoenix | organization:Microsoft | place:Seattle',
    },
  ],
};

export const FACILITY_IN_ROW: ListsRow<'facilities' | 'prepositions'> = {
  id: 'place.facility-in',
  value: {
    facilities: words(
      'plant plants factory factories mill mills refinery refineries smelter mine mines site campus depot',
    ),
    prepositions: words('in at near outside'),
  },
  reason:
    'A plant, factory, mill, refinery or mine stands somewhere: business copy names the town after it ("a plant in Bergara", "the old oil plant at Aguirre", "its site outside Visp"). Towns named like firms (Basque, Finnish, Swiss) are half-read by the model as organisations, and the document\'s vote then carries that reading to their other mentions. One to three capitalised words on the line after one of these nouns and "in", "at", "near" or "outside", read as no name, as an organisation below 0.6 or as a place below 0.5, not after a pronoun ("it mines in", "we plant in") or "of" ("a friend of mine in Paris"), not a month, a weekday or a holiday ("farmers plant in April", "a mine in May 2019 killed 12"), and not a name running on past them or before a possessive, are a place, kept whatever the other mentions say; so are that town\'s other mentions after "in", "at", "near", "from", "outside" or "to" that the model half-read as an organisation ("not everyone will stay in Bergara").',
  examples: [
    {
      text: 'The company makes ovens at a plant in Bergara, where 900 people work. The old oil plant at Aguirre closed in 2019.',
      expect: 'place:Bergara | place:Aguirre',
    },
    {
      text: 'Farmers plant in April, and a mine in May 2019 killed 12 workers.',
      expect: '',
    },
    {
      text: "Workers at the plant in Tesla's Berlin factory went on strike. The plant in Ford Motor's network closed.",
      expect: 'organization:Tesla | place:Berlin | organization:Ford Motor',
    },
  ],
};

export const FIRM_OF_CITY_ROW: ListsRow<'tails' | 'public'> = {
  id: 'organisation.firm-of-city',
  value: {
    tails: words('Services Holdings Industries Partners Group Systems Technologies Inc Corp Corporation Co Ltd LLC'),
    // Review (ents22b): a charity's or a public service's name runs on with its city.
    public: words(
      "Family Families Social Community Legal Human Health Youth Child Children Children's Senior Seniors Veterans Housing Emergency Rescue Catholic Jewish Lutheran Refugee Disability",
    ),
  },
  reason:
    'American copy places a company by its home city after "of" ("owned by Quanta Services of Houston", "Acme Holdings of Denver"); the model joins the two into one organisation. A name whose words run up to a corporate tail word, then "of" and a city the map knows, ending the name, is the company and the city, when at least one word comes before the tail ("Corporation of London" is one name) and the word before the tail names no public service or charity ("Jewish Family Services of Houston", "Lutheran Social Services of Minneapolis" are one body).',
  examples: [
    {
      text: 'The grid operator is owned by Quanta Services of Houston and a Canadian firm.',
      expect: 'organization:Quanta Services | place:Houston',
    },
    {
      text: 'The Bank of America and the University of Houston signed the deal.',
      expect: 'organization:Bank of America | organization:University of Houston',
    },
    {
      text: 'The gift went to Jewish Family Services of Houston on Monday.',
      expect: 'organization:Jewish Family Services of Houston',
    },
  ],
};

export const SPORT_ROLE_NOUN_ROW: ListsRow<'nouns' | 'determiners'> = {
  id: 'person.sport-role-noun',
  value: {
    nouns: words(
      'spinner off-spinner leg-spinner seamer paceman bowler batsman batter opener wicketkeeper all-rounder hurdler sprinter jumper thrower swimmer rower skater skier jockey',
    ),
    determiners: words('the a'),
  },
  reason:
    'Sports reports introduce a player by the part he plays before the name ("The off-spinner Dom Bess-Hartley took six for 51", "the seamer Jamie Porter", "the hurdler Lieke van den Broek"); a model that does not know the name reads nothing or an organisation. After "the" or "a", a nationality word allowed, one of these nouns and two or three capitalised words on the line ending there are a person, unless the model reads them as a place or an organisation with confidence (0.6).',
  examples: [
    {
      text: 'The off-spinner Dom Bess-Hartley took six for 51 on Thursday. The seamer Jamie Porter took two wickets.',
      expect: 'person:Dom Bess-Hartley | person:Jamie Porter',
    },
    {
      text: 'The batsman Manchester United signed scored twice. A bowler from Leeds took three wickets.',
      expect: 'organization:Manchester United | place:Leeds',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const BLIND_NEWS_ROWS_12: readonly RuleRow<unknown>[] = [
  COUNTY_SIDE_ROW,
  PATERNAL_SURNAME_ROW,
  KIND_BEFORE_FIRM_ROW,
  TITLE_WORD_PLACE_ROW,
  SPORT_GROUND_ROW,
  FACILITY_IN_ROW,
  FIRM_OF_CITY_ROW,
  SPORT_ROLE_NOUN_ROW,
];
