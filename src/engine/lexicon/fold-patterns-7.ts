/**
 * Rows for patterns of travel guides and papers across the held-out fold documents (2 Dec 2026,
 * night, helper ents14b, issue #9). Kept in their own file so they merge cleanly with rows added
 * in parallel; the rules that apply them are in detect/fold-rules-7.ts, called by applyNameRules
 * after every other row table but the review rows.
 */
import type { RuleRow } from './rule-row';

export const FOLD_PATTERN_ROWS_7: readonly RuleRow[] = [
  {
    id: 'none.language-name',
    value: ['language', 'languages', 'dialect', 'dialects', 'speakers', 'speaking'],
    reason:
      'A name right before a lowercase word for a language ("the indigenous Moriori language", "Atlantic languages", "Bayot speakers", "the Bayot speaking area"), or one set beside "a … language" ("Siwu, a Kwa language spoken in Ghana"), names a language or the people who speak it as a kind, which GUM does not mark as a person, place or organisation; the model reads the unfamiliar word as a person or a place. The name is dropped. "speakers" and "speaking" only in a text that says "language" (a hall\'s "Bose speakers" is no language), "speaking" only before a noun of a land or a people ("area", "countries", "community"): "with Obama speaking at the rally" is a person speaking. Not a place the map knows ("Ghana language policy"), nor a known organisation ("Google speakers"), nor before a product\'s noun ("the OpenAI language model", "language apps"), nor a person the model is sure of, nor a name the text also uses elsewhere, away from such a word ("the Moriori" are the people, whom GUM marks; the mention keeps its vote in the name\'s group). In "X, a … language" a word of the family stands between "a" and "language" and the phrase ends there ("Smith, a French language teacher" is a person).',
    examples: [
      {
        text: 'The Chatham Islands (Rekohu in the indigenous Moriori language) lie east of New Zealand.',
        expect: 'place:Chatham Islands | place:Rekohu | place:New Zealand',
      },
      {
        text: 'Barack Obama, speaking in Chicago, said the language was clear.',
        expect: 'person:Barack Obama | place:Chicago',
      },
    ],
  },
  {
    id: 'organisation.company-kind-tail',
    value: [
      'Tours',
      'Transit',
      'Taxi',
      'Taxis',
      'Cabs',
      'Cruises',
      'Freighters',
      'Coaches',
      'Airlines',
      'Airways',
      'Ferries',
      'Trains',
      'Rail',
      'Buses',
      'Grid',
      'Bus Lines',
      'Cruise Lines',
      'Air Lines',
    ],
    reason:
      'A run of capitalised words that ends in the plural or kind word of a transport or tour business ("Vagabond Tours", "Tulsa Transit", "G W Taxi", "Black Robin Freighters", "Greyhound Bus Lines") is that firm, an organisation; the model reads the town in it as a place or keeps only a part. Two such firms read as one ("American Airlines and Southwest Airlines") are split at the join. Not when another capitalised word follows (a longer name), nor when the words before the kind word are common ones only and the model read no name there ("Public Transit", "Rapid Transit"), nor for the word alone ("in Tours", the French city), nor before a vehicle\'s noun ("Ford Transit vans" are a van model: VEHICLE_NOUNS). Ferries, trains, rail, buses and the grid are such kinds too ("Brittany Ferries cancelled sailings", "Network Rail said", "National Grid said", ents45b), and a common word opening the sentence is of the name where the model read it into one ("Network Rail" read as a person). Not a name whose first word is a given name that is no place the map knows ("John Ferries, a local farmer", "Marcus Rail, 34,"; "Brittany Ferries" stays a firm though the model reads it a person, 0.95, as it reads "John Ferries", 0.93; mendN55). A sentence adverb opening the sentence is no part of the name, read by the model or not ("Separately Brittany Ferries said": Separately, Meanwhile, Yesterday, Still, Also …).',
    examples: [
      {
        text: 'Package tours are available from Vagabond Tours in Tranekær.',
        expect: 'organization:Vagabond Tours | place:Tranekær',
      },
      { text: 'Ridership on Public Transit fell in Paris last year.', expect: 'place:Paris' },
      {
        text: 'Brittany Ferries cancelled sailings from Portsmouth.',
        expect: 'organization:Brittany Ferries | place:Portsmouth',
      },
    ],
  },
  {
    id: 'place.protected-area-tail',
    value: [
      'Scenic Reserve',
      'Nature Reserve',
      'Game Reserve',
      'Wildlife Reserve',
      'Marine Reserve',
      'Forest Reserve',
      'Biosphere Reserve',
      'Wildlife Sanctuary',
      'Bird Sanctuary',
      'Wildlife Refuge',
      'Heritage Site',
    ],
    reason:
      'A run of capitalised words that ends in the kind of a protected area ("Henga Scenic Reserve", "Hapupu National Historic Scenic Reserve", "a UNESCO World Heritage Site", "Arctic National Wildlife Refuge") is that area, a place as GUM marks it; the model, seeing "Reserve" or the agency\'s name, reads an organisation or nothing. "Federal Reserve" is no such kind (its word before "Reserve" is not one of these). Not when another capitalised word follows ("… Reserve Board"), nor a plural ("two Scenic Reserves" are kinds).',
    examples: [
      {
        text: 'Set beside the lodge is the magnificent Henga Scenic Reserve, open to guests.',
        expect: 'place:Henga Scenic Reserve',
      },
      {
        text: 'The Federal Reserve Bank of New York raised rates.',
        expect: 'organization:Federal Reserve Bank of New York',
      },
    ],
  },
  {
    id: 'place.foreign-kind-head',
    value: [
      'Anse',
      'Pointe',
      'Morne',
      'Plac',
      'Ulica',
      'Catedral',
      'Paseo',
      'Avenida',
      'Praça',
      'Piazza',
      'Piazzale',
      'Meidan',
      'Meydan',
      'Masjid',
      'Masjed',
      'Playa',
      'Bahía',
      'Cerro',
      'Porte',
    ],
    reason:
      'Travel guides keep local names whose first word is the local word for a kind of place: a cove ("Anse Bertrand"), a headland ("La Pointe des Chateaux"), a hill ("Morne à l\'eau"), a square ("Plac Wolności", "Meidan Emam", "Piazza Navona"), a cathedral ("Catedral de San Ildefonso"), an avenue ("Paseo de Montejo"), a beach ("Playa Norte"), a gate ("Porte d\'Enfer"). Such a word followed by a capitalised word or a particle and one ("de", "des", "d\'…") opens a place; the model, seeing two capitalised words, reads a person. A French article right before it ("La Pointe") is part of the name. Only where the word opens the run of capitalised words ("Mike Piazza" is a person), the run is at most four words and ends there, and the model read it neither as a person with full confidence nor as an organisation (a firm named after the place: "Cerro Verde" the copper miner).',
    examples: [
      { text: 'Anse Bertrand, not far from there, has a quiet beach.', expect: 'place:Anse Bertrand' },
      { text: 'Mike Piazza hit two home runs in the game.', expect: 'person:Mike Piazza' },
    ],
  },
  {
    id: 'place.greater-joins',
    value: ['Greater'],
    reason:
      '"Greater" capitalised right before a place names the wider area as one place ("the Greater Phoenix Metropolitan Area", "Greater London", "Greater Tokyo"); GUM marks it whole, the model keeps only the place after it. Only where the model or a rule reads a place starting right after it and nothing holds "Greater" itself ("Greater Manchester Police" read whole as a body is left), and not after another capitalised word that is no sentence\'s first (a longer name).',
    examples: [
      {
        text: 'Tempe, Chandler and Gilbert form the Greater Phoenix Metropolitan Area with the city.',
        expect: 'place:Tempe | place:Chandler | place:Gilbert | place:Greater Phoenix Metropolitan Area',
      },
      { text: 'Greater numbers of tourists visit Tokyo each year.', expect: 'place:Tokyo' },
    ],
  },
  {
    id: 'person.listed-with-people',
    value: ['and'],
    reason:
      'A list of people goes on with people: the last member of "Gertrude Stein, Jack London, Amy Tan, and Maya Angelou" is a person when the two members before it are people of two words or more, even where the model, seeing "Maya", reads a place. Only a name of two words or more, none of them the kind word of a place, a building or a firm ("Chicago Heights", "Fort Lee", "Acme Group"), which the model read as a place with little confidence; not a place the map knows. One read as an organisation is left: firms are named after two people ("Jane Fraser, David Solomon and Morgan Stanley", "Peter Thiel, Reid Hoffman and Andreessen Horowitz").',
    examples: [
      {
        text: 'Writers from the city include Jack London, Amy Tan, and Maya Angelou.',
        expect: 'person:Jack London | person:Amy Tan | person:Maya Angelou',
      },
      {
        text: 'The tour took Barack Obama, Joe Biden and Kamala Harris to Chicago Heights.',
        expect: 'person:Barack Obama | person:Joe Biden | person:Kamala Harris | place:Chicago Heights',
      },
    ],
  },
];

/**
 * Lowercase nouns of a vehicle after a run ending in a company kind word: the run is a model of
 * vehicle, not a transport firm ("Ford Transit vans", "the Mercedes Sprinter Coaches minibus").
 */
export const VEHICLE_NOUNS: ReadonlySet<string> = new Set([
  'van',
  'vans',
  'minibus',
  'minibuses',
  'pickup',
  'pickups',
  'truck',
  'trucks',
  'model',
  'models',
  'engine',
  'engines',
]);
