/**
 * Rows from the blind entity batches 41 and 42 (3 Dec 2026, helper ents23a; the batches are in
 * detect/news-entities-41.cases.ts). Batch 43 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-14.ts, called by applyNameRules
 * right after the blind-13 rows. Example texts are written for the rows, not taken from a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const COMMODITY_TAIL_ROW: RuleRow = {
  id: 'organisation.commodity-tail',
  value: words(
    'Copper Lithium Cobalt Nickel Zinc Aluminium Aluminum Uranium Potash Phosphate Phosphates Minerals Metals Mining Cement Steel Gold Coal Power Electric Petroleum Chemicals Fertilizers Fertilisers',
  ),
  reason:
    'Miners, smelters and utilities are named by a town, a lake, a province, a farm or a family and the metal or trade they deal in ("Jiangxi Copper", "Sohar Aluminium", "Arcadia Lithium", "Bikita Minerals", "Aboitiz Power"); the model, meeting the unfamiliar first word, reads the whole as a person or as the place. One to three capitalised words on the line ending in one of these words, the first neither a given name ("Samantha Power", "Nate Silver", also with its accents: "Séamus Power"), a word the language writes in lowercase ("General Electric", "Black Power"), nor a function word, nor in a title-case headline a nationality ("Tariffs Hit Indian Coal"), and the whole not a place the map knows, a person an earlier rule read from its context ("Aoife Power, a nurse from Waterford") or a name ending in a surname of the article\'s people ("Caoimhe Power" beside her), are one organisation.',
  examples: [
    {
      text: 'The smelter will be built by Jiangxi Copper, and the ore goes to Sohar Aluminium in Oman.',
      expect: 'organization:Jiangxi Copper | organization:Sohar Aluminium | place:Oman',
    },
    {
      text: 'Samantha Power spoke at the United Nations on Monday.',
      expect: 'person:Samantha Power | organization:United Nations',
    },
  ],
};

export const CLUB_TOWN_PAIR_ROW: ListsRow<'prepositions' | 'clubNouns' | 'before' | 'after'> = {
  id: 'sport.club-town-pair',
  value: {
    prepositions: words('in from of near'),
    clubNouns: words('club side team'),
    // Words before a side in a match sentence, and after it.
    before: words('beat beats beating as at against over v vs and host hosts face faces visit visits sent leaves'),
    // Not "had": a player's line ("Kyrie Irving had 30 points", "Raheem Sterling had a goal ruled out").
    after: words(
      'beat beats drew draw lost lose won win are were have go went top lead trail host hosts face faces visit visits v vs to',
    ),
  },
  reason:
    'Central and Eastern European clubs are named by a word of their own (a patron, a mine, a river, a tribe) and the city they play in ("Górnik Zabrze", "Lech Poznań", "Wisła Płock", "Dinamo Zagreb"); the model reads the pair as a person, as it would "Jack London", or as the place. In a sports report, a name of two or three capitalised words whose last is a city the map knows, whose first is no given name, no word the language writes in lowercase, no place itself and no word of a person the article names, standing where a side stands in a match sentence (after the sentence\'s start or a word such as "beat", "at", "and", and before a word such as "beat", "drew", "are", "top" or a score, not "had", a player\'s line: "Kyrie Irving had 30 points"; not after a player\'s role: "quarterback Dak Prescott", "coach Conchita Martínez"), is the club, an organisation, and so is its first word alone where the model read a person ("Górnik have reached"). The city of such a club standing alone after a preposition of where ("the academy in Zabrze", "a district of Częstochowa") or between "the" and "club", "side" or "team" ("the Warsaw club") is the place.',
  examples: [
    {
      text: 'Górnik Zabrze beat Lech Poznań 3-1 on Sunday. The striker scored twice in the second half, and the academy in Zabrze has produced three of the starting eleven. The keeper made five saves.',
      expect: 'organization:Górnik Zabrze | organization:Lech Poznań | place:Zabrze',
    },
    {
      text: 'Jack London wrote about the sea, and Ana Ruiz moved to Poznań last year.',
      expect: 'person:Jack London | person:Ana Ruiz | place:Poznań',
    },
  ],
};

export const FILIPINO_PARTICLE_ROW: ListsRow<'particles' | 'afterDe'> = {
  id: 'person.filipino-particle',
  value: { particles: words('dela delos delas'), afterDe: words('los las') },
  reason:
    'Filipino surnames write the Spanish particle as one lowercase word or two ("Rosario dela Peña", "Maria Teresa delos Reyes", "Jose de los Santos"), which the model has seldom seen inside a name: it reads the given name as a place and the surname as an organisation. The particle and one or two capitalised words after it on the line are a person (the spaced Spanish "de los"/"de las" only after a given name or a person: it names feasts, summits and squares too, "Día de los Muertos", "the Cumbre de las Américas"), with the name that ends right before the particle, or else the one or two capitalised words before it (not a title with its full stop: "Ms. dela Peña" starts at the particle), unless the whole is a place the map knows.',
  examples: [
    {
      text: 'Rosario dela Peña sells fish at the market. Ms. dela Peña, 58, said the power was out.',
      expect: 'person:Rosario dela Peña | person:dela Peña',
    },
  ],
};

export const GIVEN_NAME_BEFORE_BIN_ROW: ListsRow<'links'> = {
  id: 'person.given-name-before-bin',
  value: { links: words('bin bint ibn binti') },
  reason:
    'An Arabic or Malay name never opens with "bin" or "ibn": the word before it is the given name, even when that given name is also a title ("Sultan bin Salim al-Habsi", "Amir bin Khalid"), which the title rows then strip. A person whose name opens with one of these lowercase links takes the capitalised word before it on the line. The surname with "al-" or "el-" alone, written with a capital at the head of a sentence ("Al-Habsi told reporters"), is that person wherever the article names him in full with it.',
  examples: [
    {
      text: 'Its chairman, Sultan bin Salim al-Habsi, said the fund would invest. Al-Habsi told reporters the plan was final.',
      expect: 'person:Sultan bin Salim al-Habsi | person:Al-Habsi',
    },
  ],
};

export const MAKER_BEFORE_MODEL_ROW: ListsRow<'vehicles' | 'series'> = {
  id: 'organisation.maker-before-model',
  value: {
    vehicles: words(
      'jets planes aircraft airliners helicopters drones trucks lorries tippers buses coaches cars vans tractors locomotives trains trams ships tankers',
    ),
    // Nouns that number a series, not a maker ("40 Class 800 trains", "the Type 26 ships").
    series: words('Class Type Series Model Mark Route Line Flight Platform Block Batch Phase Tier Stage Grade Version'),
  },
  reason:
    'An order or a fleet names the maker right before the model\'s number ("12 Airbus A350-1000 jets", "six Boeing 737 MAX 8 planes", "140 BelAZ 75710 dump trucks") or, after a count, right before the kind of vehicle ("12 Airbus jets"); the maker is an organisation and the model none of the three. The model reads nothing, or the maker and model as one name. A capitalised word (no given name, month, demonym, place or word the language writes in lowercase) right before a model (up to three tokens with a digit and letters, with three digits or more but no year, or in capitals) that one of these vehicle words follows (after at most one lowercase modifier: "dump trucks"), or after a number and right before one of them where the text also writes it before a model (after a count alone it is as often the model: "12 Rafale jets", "four Chinook helicopters"), is the maker; an index with its number is no maker ("the FTSE 100 index", "the S&P 500 fell"), nor a noun that numbers a series ("40 Class 800 trains"). A maker and a model\'s word read together as a person or left unread right before one of these vehicle words ("mostly Sinotruk Howo tippers") are the maker, an organisation, and the model, none (neither word a given name, a word of the language or a place).',
  examples: [
    {
      text: 'The airline will buy 12 Airbus A350-1000 jets and lease six Boeing 737 MAX 8 planes.',
      expect: 'organization:Airbus | organization:Boeing',
    },
    {
      text: 'The army bought 12 Chinese jets in 2019 and sold them in 2024.',
      expect: '',
    },
    {
      text: 'Its trucks, mostly Sinotruk Howo tippers, were blocked on the road. The Black Hawk helicopters landed.',
      expect: 'organization:Sinotruk',
    },
  ],
};

export const POSSESSIVE_BEFORE_VERB_ROW: ListsRow<'objects'> = {
  id: 'organisation.possessive-before-verb',
  // Not "to": "'s" before "expected to", "planned to" is "is" or "has".
  value: { objects: words('the a an its their his her') },
  reason:
    'Firms named in the possessive ("Moody\'s", "Sainsbury\'s", "Macy\'s") are cut before the "\'s" by the model, as if something of theirs followed. Where the word after the "\'s" is a past-tense verb that takes an object ("Moody\'s raised the country to investment grade", "Macy\'s closed its store"), the "\'s" is no possessive: a name the model reads as an organisation right before "\'s", a lowercase word ending in -ed and one of these words, keeps the "\'s", unless the text also writes the name without it ("Apple\'s expected to … Apple said": there the "\'s" is "is" or "has").',
  examples: [
    {
      text: "Rating agency Moody's raised the country to investment grade in September.",
      expect: "organization:Moody's",
    },
  ],
};

export const TWO_TOWN_ROAD_ROW: RuleRow = {
  id: 'place.two-town-road',
  value: words('Road Highway Expressway Motorway Railway Pipeline Corridor'),
  reason:
    'Roads, railways and pipelines between two towns are named by both joined with a dash ("the Harare–Mutare Road", "the Beira–Harare Railway"); the model reads the first town alone and the rest as a second place. A town the map knows, a dash with no space around it, and one or two capitalised words ending in one of these words are one place.',
  examples: [
    {
      text: 'Villagers blocked the Harare–Mutare Road on Monday.',
      expect: 'place:Harare–Mutare Road',
    },
  ],
};

export const REGION_BODY_ROW: RuleRow = {
  id: 'organisation.region-body',
  value: ['Region'],
  reason:
    'Swedish and Danish regions, the bodies that run hospitals and buses, write "Region" before the name ("Region Norrbotten", "Region Skåne", "Region Hovedstaden"), while a region as land writes it after ("the Issyk-Kul Region"). "Region" with a capital, not after a capitalised word on the line, and one or two capitalised words after it are one organisation.',
  examples: [
    {
      text: 'The hospital is run by Region Norrbotten, which said it would open in 2031.',
      expect: 'organization:Region Norrbotten',
    },
    { text: 'Farmers in the Naryn Region sold more wool.', expect: 'place:Naryn Region' },
  ],
};

export const KIND_NOUN_APPOSITION_ROW: ListsRow<'nouns' | 'bodies' | 'after'> = {
  id: 'place.kind-noun-apposition',
  value: {
    nouns: words(
      'mountain mountains river rivers lake lakes island islands peak peaks volcano volcanoes glacier glaciers valley valleys hill hills',
    ),
    // Words that end a body's name, not a place's ("the river Authority", "the island Council").
    bodies: words(
      'Authority Council Board Company Commission Agency Trust Club Association Corporation Institute Police Service Group Fund Foundation Department Ministry',
    ),
    // Lowercase words an apposition's name goes on with; after an organisation any other opens a
    // clause about the place ("the valley Rio Tinto bought").
    after: words(
      'and or in of on at near north south east west outside above below along across around by from to into through between beyond which where',
    ),
  },
  reason:
    'A land or water noun written before a name in apposition ("the mountains Luossavaara and Kiirunavaara", "the river Tana", "the volcano Sabancaya") names those places; the model, meeting an unfamiliar word, leaves it out or reads an organisation. After "the" and one of these lowercase nouns, one or two capitalised words on the line (not a word the language writes in lowercase, a weekday or a month, not a given name, not ending in a body\'s word such as "Authority" or "Council", not an organisation opening a clause about the place: "the valley Rio Tinto bought"), and after a plural noun a second such name joined by "and", are places.',
  examples: [
    {
      text: 'The mine takes its name from the mountains Luossavaara and Kiirunavaara outside the town.',
      expect: 'place:Luossavaara | place:Kiirunavaara',
    },
    { text: 'The river Authority met on Monday.', expect: '' },
  ],
};

export const SETTLEMENT_APPOSITION_ROW: ListsRow<'kinds' | 'after'> = {
  id: 'place.settlement-apposition',
  value: {
    kinds: words(
      'district suburb neighbourhood neighborhood quarter village town hamlet borough municipality commune township',
    ),
    after: words(
      'in of on near north south east west where that which whose with at by outside above below along across around',
    ),
  },
  reason:
    'A name followed by a comma and an article with a settlement noun ("Malmberget, the district north of the centre", "Gällivare, the Arctic mining municipality in Norrbotten") is that settlement, a place; the model reads an unfamiliar one as an organisation or not at all, and then misses its other mentions too. One or two capitalised words the model read, or one word it left unread that the article writes again, before ", the" (or "a"), at most three modifiers and one of these nouns followed by punctuation or a word of where or which (not a noun: "the town clerk", and not a possessive: "the town\'s mayor"), are a place, kept as the mention\'s own type, unless a person the model is sure of; its other mentions the model left unread are the place too.',
  examples: [
    {
      text: 'The mine has emptied most of Malmberget, the district north of the centre. Ore from Malmberget goes to Luleå.',
      expect: 'place:Malmberget | place:Malmberget | place:Luleå',
    },
    {
      text: 'Ana Ruiz, the town clerk, said the vote was fair.',
      expect: 'person:Ana Ruiz',
    },
  ],
};

export const OFFICE_ADJECTIVE_OPENING_ROW: RuleRow = {
  id: 'none.office-adjective-opening',
  value: words(
    'municipal regional provincial federal national local communal cantonal parliamentary presidential ministerial judicial',
  ),
  reason:
    'An adjective of government opens a sentence before a job ("Municipal director Erik Lund said", "Provincial officials met") with the capital of the sentence\'s first word, and the model reads it alone as an organisation. The sentence\'s first word, one of these, read alone as a name and followed by a lowercase word, is no name, unless the text capitalises it inside a sentence too (New Zealand\'s "National won 38 seats … the National party").',
  examples: [
    {
      text: 'Municipal director Erik Lund said the square would open in June.',
      expect: 'person:Erik Lund',
    },
  ],
};

export const TITLE_CASE_HEADLINE_ROW: RuleRow = {
  id: 'none.title-case-headline',
  value: words('Over Against After Amid Into With From For Before Despite Across Behind Beyond Toward Towards'),
  reason:
    'Newspaper headlines in title case capitalise every word ("A Blackout, a Family Empire and a City Hall Fight Over Iloilo\'s Lights"), so the model reads runs of common words as names and joins them to the real name after a preposition. In a title-case headline, a name that holds one of these prepositions after its first word is cut to the words after the last of them (the place when the map knows them; not when the story writes the words around the preposition with it in lowercase, "The Institute for Fiscal Studies said"), and, in the headline over a story of five sentences or more, a one-word name right after a capitalised headline word that is no name, which the story never writes again and the map does not know as a place ("a Family Empire"), is no name: a real name in a headline comes back in the story. (Common words alone are left to the model: GUM\'s title-case captions and lists name airlines and places with them, "United", "Southwest", "the Desert".)',
  examples: [
    {
      text: "A Family Empire and a City Hall Fight Over Iloilo's Lights\n\nThe power went out in Iloilo on Monday. It came back at night. Shops closed. Schools shut. Buses stopped.",
      expect: 'place:Iloilo | place:Iloilo',
    },
  ],
};

export const TOP_OF_LEAGUE_ROW: ListsRow<'positions'> = {
  id: 'sport.top-of-league',
  value: { positions: words('top bottom') },
  reason:
    'A sports report puts a club at the top or bottom of its league by the league\'s name ("went top of the Ekstraklasa", "bottom of the Eredivisie"); the model, meeting an unfamiliar league, reads a person. In a sports report, "top" or "bottom", "of the" and one to three capitalised words on the line that the map does not know as a place, read by the model as a person or a place, are the league, an organisation (one it left unread stays so: a new organisation would draw a later "it" away from the club).',
  examples: [
    {
      text: 'The win sent them top of the Ekstraklasa on goal difference. The striker scored twice in the 2-1 win, and the keeper made four saves.',
      expect: 'organization:Ekstraklasa',
    },
  ],
};

export const SIDE_BESIDE_CLUB_ROW: ListsRow<'verbs'> = {
  id: 'sport.side-beside-club',
  value: { verbs: words('drew draw played play meet met') },
  reason:
    'A match report names two sides joined by "and" before a verb both did together ("In Kraków, Cracovia and Pogoń Szczecin drew 1-1"); the model, meeting a club named by one unfamiliar word, reads a person. In a sports report, one capitalised word read as a person (not sure of it) or left unread, "and", a name read as an organisation and one of these verbs are two clubs: the first is an organisation too; so are two such words before one of these verbs and a score ("Grêmio and Internacional drew 1-1"). Two players who drew in chess are people: no organisation and no score.',
  examples: [
    {
      text: 'In Kraków, Cracovia and Pogoń Szczecin drew 1-1 in front of 9,000 fans. The striker scored twice in the second half. The goalkeeper made five saves.',
      expect: 'place:Kraków | organization:Cracovia | organization:Pogoń Szczecin',
    },
    {
      text: 'Carlsen and Nepomniachtchi drew in 30 moves. The striker scored twice in the second half. The goalkeeper made five saves.',
      expect: '',
    },
  ],
};

export const PARTICLE_DOUBLE_SURNAME_ROW: RuleRow = {
  id: 'person.particle-double-surname',
  value: words('van von de der den du da di del della la le ter ten dos das'),
  reason:
    'A double-barrelled surname whose second part opens with a particle is written with the particle after the hyphen ("Tinashe Mhlanga-van Rooyen", "Anna Schmidt-von Berg"); the model, meeting a word ending in "-van" before a capitalised one, reads nothing of the name. A word with a capital, a hyphen and one of these particles, the capitalised word after it, and the one or two capitalised words before it on the line (not a function word, a title or another word the language writes in lowercase) are one person, over names read as people or left unread.',
  examples: [
    {
      text: 'Lawyer Tinashe Mhlanga-van Rooyen said the families had farmed there since 1982.',
      expect: 'person:Tinashe Mhlanga-van Rooyen',
    },
    { text: 'The Rhine-de Gaulle project stalled.', expect: '' },
  ],
};

export const BLIND_NEWS_ROWS_14: readonly RuleRow<unknown>[] = [
  COMMODITY_TAIL_ROW,
  CLUB_TOWN_PAIR_ROW,
  FILIPINO_PARTICLE_ROW,
  GIVEN_NAME_BEFORE_BIN_ROW,
  MAKER_BEFORE_MODEL_ROW,
  POSSESSIVE_BEFORE_VERB_ROW,
  TWO_TOWN_ROAD_ROW,
  REGION_BODY_ROW,
  KIND_NOUN_APPOSITION_ROW,
  SETTLEMENT_APPOSITION_ROW,
  OFFICE_ADJECTIVE_OPENING_ROW,
  TITLE_CASE_HEADLINE_ROW,
  TOP_OF_LEAGUE_ROW,
  SIDE_BESIDE_CLUB_ROW,
  PARTICLE_DOUBLE_SURNAME_ROW,
];
