/**
 * Rows from the blind entity batches 62 and 63 (4 Dec 2026, helper ents31a; the batches are in
 * detect/news-entities-62.cases.ts). Batch 64 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-21.ts, called by applyNameRules
 * after the last rows. Example texts are written for the rows, not taken from a batch: each row has
 * sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const OFFICE_SPLIT_ROW: RuleRow<number> = {
  id: 'person.office-splits-name',
  value: 0.5,
  reason:
    'An office named by its field runs into the holder\'s name: "Disaster Management Adviser Rezaul Karim Bhuiyan said". The model, which knows neither the field nor the given name, reads "Disaster Management Adviser Rezaul" as a body and "Karim Bhuiyan" as a person. A name the model alone read as an organisation or a place, with an office word inside it (a title row: adviser, minister, secretary, director …) followed by one or two capitalised words at its end, and a person the model read right after it, is that person from the word after the office; the words before the office are the office\'s field, not a name.',
  examples: [
    {
      text: 'Disaster Management Adviser Rezaul Karim Bhuiyan said the army was using boats to deliver food to the villages.',
      expect: 'person:Rezaul Karim Bhuiyan',
    },
    {
      text: 'The Ministry of Disaster Management said on Monday that Rezaul Karim Bhuiyan would visit the villages.',
      expect: 'organization:Ministry of Disaster Management | person:Rezaul Karim Bhuiyan',
    },
  ],
};

export const FIRST_REPORTED_ROW: ListsRow<'verbs' | 'links'> = {
  id: 'organisation.first-reported-in',
  value: {
    verbs: words('reported published appeared carried broadcast aired'),
    links: words('by in on'),
  },
  reason:
    'A report closes by naming the publication that had the story first: "This report first appeared in The Mercury", "The purchase was first reported by The Lowell Sun", "This story was first published by Ziarul de Constanța". Such a paper is often named after a planet, a god or an unknown word, and the model reads it as a person or cuts off "The". One to five capitalised words (a particle such as "de" inside), starting with a capitalised "The" when there is one, right after "first reported/published/appeared/carried/broadcast/aired by/in/on" and ending the sentence, are the publication, an organisation, with "The" in its name (the gold\'s "[[O The Lowell Sun]]"). Not a place the map knows after "in" that the model read as a place ("The fungus was first reported in Taiwan.": where, not who), nor a name the model read as a person that opens with a given name ("first reported by Helga Sørensen", a scientist); review ents32c.',
  examples: [
    {
      text: 'The team won on Saturday. This report first appeared in The Mercury.',
      expect: 'organization:The Mercury',
    },
    {
      text: 'The bridge opened in 1932. It was first reported in March that the bridge would close.',
      expect: '',
    },
  ],
};

export const ACTIVITY_CENTRE_ROW: ListsRow<'heads' | 'venues'> = {
  id: 'organisation.activity-centre',
  value: {
    heads: words('centre center'),
    // Gerunds that name what is done in a building, not by a body: a mall, a market, a car park.
    // Buildings, and venues of a sport (review ents32c: "the Tollcross Swimming Centre").
    venues: words(`shopping trading parking sporting swimming rowing cycling skating diving sailing climbing
      bowling riding shooting boxing canoeing curling fencing`),
  },
  reason:
    'A centre named after what it does is a body, not a building: "the Flood Forecasting and Warning Centre (FFWC) said", "the Disease Monitoring Center". "Centre" lets the model read a place, and the acronym after it follows the name\'s type. A name read as a place that ends in Centre or Center and has a capitalised -ing word inside it (not shopping, trading, parking or sporting, which name buildings) is an organisation, and so is an acronym in brackets right after it that a rule or the model read as a place. The -ing word is no place the map knows ("the Beijing Exhibition Centre", "the Woking Leisure Centre" are named after their towns), and a venue of a sport is a building ("the Tollcross Swimming Centre", "the National Rowing Centre"); review ents32c.',
  examples: [
    {
      text: 'The river was 1.2 metres above danger level, the Flood Forecasting and Warning Centre (FFWC) said on Saturday.',
      expect: 'organization:Flood Forecasting and Warning Centre | organization:FFWC',
    },
    {
      text: 'Crowds filled the Westfield Shopping Centre in Sydney on Saturday.',
      expect: 'place:Westfield Shopping Centre | place:Sydney',
    },
  ],
};

export const NAMED_FACILITY_ROW: ListsRow<'facilities' | 'buildings'> = {
  id: 'place.person-named-facility',
  value: {
    // Last words no person's name has: a site named after someone ("Vera C. Rubin Observatory").
    // Not arena, bridge, temple or dam, which are also surnames ("Bruce Arena", "Shirley Temple").
    facilities: words(`observatory airport airfield stadium hospital clinic station theatre theater library
      reservoir cathedral mosque base`),
    // Buildings whose name the model may half-read as the body that sits in them.
    buildings: words('law courts'),
  },
  reason:
    'A site named after a person keeps the person\'s name whole, initials and all, and the model reads the run as a person: "The Vera C. Rubin Observatory, on Cerro Pachón", "landed at the Murtala Muhammed Airport". No person\'s name ends in observatory, airport, stadium, hospital, clinic, station, theatre, library, reservoir, cathedral, mosque or base (arena, bridge, temple and dam are surnames too, as in Bruce Arena): a name the model read as a person that ends in one of those words, written capitalised, is a place. The courts\' building is named the same way ("outside the Milimani Law Courts"): a name ending in "Law Courts" that the model half-read (below 0.5) as a body is a place. Not after a noun that describes a person ("The singer Marlon Station played"); review ents32c.',
  examples: [
    {
      text: 'The Vera C. Rubin Observatory, on a mountain in the Coquimbo region, found 2,000 asteroids.',
      expect: 'place:Vera C. Rubin Observatory | place:Coquimbo',
    },
    {
      text: 'The astronomer Vera C. Rubin studied how galaxies turn.',
      expect: 'person:Vera C. Rubin',
    },
    // A research or military base named after a person (lead, stop 56).
    {
      text: 'Samples taken near Scott Base and McMurdo Station had more particles.',
      expect: 'place:Scott Base | place:McMurdo Station',
    },
  ],
};

export const AIRLINE_HEAD_ROW: ListsRow<'aviation' | 'notAirlines'> = {
  id: 'organisation.airline-head',
  value: {
    // "Air" before these names a service, a rank or a weapon, not an airline.
    notAirlines: words(`force forces base bases station quality traffic defence defense command corps wing
      guard marshal show ambulance power raid raids strike strikes cavalry mobility national commodore`),
    aviation: words(`flight flights airline airlines airport airports aviation jet jets passengers aircraft
      plane planes runway fares route routes`),
  },
  reason:
    'Airlines are named "Air" and a word as often as a word and "Air": "Rival Air Peace said it would add flights", "Air Tanzania", "Air Serbia". organisation.airline-tail reads only the second form, and the model leaves the first unread when the word is new to it. In a document with words of flying (flights, airport, aviation, passengers …), "Air" and one capitalised word on the line that names no service, rank or weapon ("Air Force", "Air Quality", "Air Marshal", "Air Strike"), not followed by another capitalised word, that nothing read or the model alone read as a person or a place (below 0.8, or at any confidence a place the map knows read alone: a flag carrier is named after its country, "Air Albania", "Air Namibia"; ents36a, blind batch 75), is an airline, an organisation. Nor an office or rank ("The Air Minister said", "the Air Commodore") or the plural of a word of the language ("Air Miles", a loyalty scheme); review ents32c.',
  examples: [
    {
      text: 'The new airport opened in May. Air Namibia said flights to it would start in June.',
      expect: 'organization:Air Namibia',
    },
    {
      text: 'The regulator grounded three jets on Thursday. Rival Air Peace said it would add flights to Uyo until the jets return.',
      expect: 'organization:Air Peace | place:Uyo',
    },
    {
      text: 'The Air Force said on Monday that two jets had landed safely after the flights were cut short.',
      expect: 'organization:Air Force',
    },
  ],
};

export const ACRONYM_EXPANSION_ROW: RuleRow<{ minLength: number; stateHeads: readonly string[] }> = {
  id: 'organisation.acronym-then-expansion',
  value: {
    minLength: 3,
    // Heads of a gloss that names a state or a region, not a body (review ents32c: "TRNC (the
    // Turkish Republic of Northern Cyprus)", "BARMM, the Bangsamoro Autonomous Region,").
    stateHeads: words('republic kingdom region province territory emirate emirates islands state'),
  },
  reason:
    'A body known by the acronym of its own language is named by it first and then glossed: "JATAM, the Mining Advocacy Network, said", "PAFFREL (the People\'s Action for Free and Fair Elections) says". The acronym\'s letters need not match the English words, so organisation.acronym-definition does not join them, and the model leaves the acronym unread. An acronym of three or more capitals that nothing read, followed by ", the" and an organisation that ends at a comma, or by "(the" and three or more capitalised words up to the bracket, is an organisation; so is that bracketed name when nothing read it. Not when the gloss\'s head (its last capitalised word before a lowercase one) names a state or a region: "TRNC (the Turkish Republic of Northern Cyprus)" is a place.',
  examples: [
    {
      text: 'KOMPAS, the Forest Rights Network, said the slope had been cleared only last year.',
      expect: 'organization:KOMPAS | organization:Forest Rights Network',
    },
    {
      text: "Prices rose in the USA, the world's largest economy, on Monday.",
      expect: 'place:USA',
    },
  ],
};

export const KARTVELIAN_SURNAME_ROW: ListsRow<'endings'> = {
  id: 'person.kartvelian-surname',
  value: {
    endings: words('shvili dze'),
  },
  reason:
    'Georgian surnames end in -shvili ("child of") or -dze ("son of"): "Otar Beridze", "Nino Jorjadze-Kipiani", "Levan Gogichaishvili". The model, which knows neither name, reads such a pair as a place or a body. Two or three capitalised words on a line whose last word (or a hyphenated part of it) ends in -shvili or -dze, read by the model alone as a place or an organisation below 0.6, with no word the map knows as a place, are a person.',
  examples: [
    {
      text: 'She worked for a decade as an assistant to Otar Beridze before her first film.',
      expect: 'person:Otar Beridze',
    },
    {
      text: 'The talks were held in Kobuleti on the Black Sea coast.',
      expect: 'place:Kobuleti | place:Black Sea',
    },
  ],
};

export const ACRONYM_FIRST_ROW: RuleRow<number> = {
  id: 'organisation.acronym-first-word',
  value: 3,
  reason:
    'A person\'s name does not open with an acronym of three or more capitals (initials are written with points or two letters: "J.K. Rowling", "AJ Styles"), but a broadcaster\'s or a firm\'s does: "told ABC Sport", "BHP Billiton", "RTL Nieuws". A name of two or three words read by the model alone as a person whose first word is an acronym of three or more capitals and whose other words are capitalised is an organisation. Not when "who" follows the name, which a person takes ("JPR Williams, who won three grand slams"); review ents32c.',
  examples: [
    {
      text: 'The bowler took six wickets. "I just tried to hit the seam," he told ABC Sport after play.',
      expect: 'organization:ABC Sport',
    },
    {
      text: 'Riley Hart took six wickets, he told reporters after play.',
      expect: 'person:Riley Hart',
    },
  ],
};

export const LEADING_PT_ROW: ListsRow<'forms'> = {
  id: 'organisation.leading-legal-form',
  value: {
    // Indonesian "Perseroan Terbatas", written before the name; the gold keeps it ("PT Raputra Jaya").
    forms: ['PT'],
  },
  reason:
    'An Indonesian company is named with its legal form first, "PT Halmahera Nikel Mandiri Tbk", and the form written before the name is part of it in the gold ("PT Raputra Jaya", "PT PAL"); the rules that read the name from its ticker or its trailing form start after "PT", and a headline then calls the firm by its first words ("Halmahera Nikel halts lines"), which the model half-reads as a person. "PT" right before an organisation, with nothing read over it, is joined to it; and a name the model alone read as a person or a place below 0.5 whose words are the first two or more words after "PT" of such a firm is that firm, an organisation.',
  examples: [
    {
      text: 'Nickel miner PT Halmahera Nikel Mandiri Tbk (HNMD.JK) halted two smelter lines on Tuesday after a landslide.',
      expect: 'organization:PT Halmahera Nikel Mandiri',
    },
    {
      text: 'The patient saw a PT every week at the clinic in Jakarta.',
      expect: 'place:Jakarta',
    },
  ],
};

export const BLIND_NEWS_ROWS_21: readonly RuleRow<unknown>[] = [
  OFFICE_SPLIT_ROW,
  FIRST_REPORTED_ROW,
  ACTIVITY_CENTRE_ROW,
  NAMED_FACILITY_ROW,
  AIRLINE_HEAD_ROW,
  ACRONYM_EXPANSION_ROW,
  KARTVELIAN_SURNAME_ROW,
  ACRONYM_FIRST_ROW,
  LEADING_PT_ROW,
];
