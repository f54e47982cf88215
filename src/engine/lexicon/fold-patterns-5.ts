/**
 * Rows for patterns of travel guides and papers across the held-out fold documents (1 Dec 2026,
 * night, helper ents13b, issue #9). Kept in their own file so they merge cleanly with rows added
 * in parallel; the rules that apply them are in detect/fold-rules-5.ts, called by applyNameRules
 * after every other row table but the review rows.
 */
import type { RuleRow } from './rule-row';

export const FOLD_PATTERN_ROWS_5: readonly RuleRow[] = [
  {
    id: 'place.compass-of',
    value: ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'],
    reason:
      'A compass word followed by "of" and a capitalised name ("Northeast of Temescal", "South of Rockridge", "20 km south of Hadibo") places one thing relative to another, so the name is a place, even one the map does not know (a neighbourhood, a village). The model, which has never seen such local names, leaves them out or reads them as people. Not a run of common or calendar words only ("north of the Financial District", "north of January levels"); only a name nothing else reads, or one the model read as a person or organisation with little confidence; not a possessive ("west of Smith\'s farm"), nor a name that goes on past a capitalised word the rule did not read.',
    examples: [
      { text: 'Northeast of Temescal and near the border lies a quiet park.', expect: 'place:Temescal' },
      { text: 'The farm lies west of Smith\u2019s house.', expect: 'person:Smith' },
    ],
  },
  {
    id: 'place.compass-adjective-joins',
    value: [
      'North',
      'South',
      'East',
      'West',
      'Northern',
      'Southern',
      'Eastern',
      'Western',
      'Central',
      'Northeast',
      'Northwest',
      'Southeast',
      'Southwest',
    ],
    reason:
      'A capitalised compass word right before a place the map knows names the part of it as one place ("West Oakland", "Southern Senegal", "East Jerusalem"); the model keeps only the known place. Capitalised only ("southern Senegal" is a direction and a place), not inside a longer name ("University of Southern California" is read whole), and not after another capitalised word that is no sentence\'s first. The model also reads the pair whole as an organisation ("throughout Northeast Ohio", twice in the study folds of seed 7, ents45c): a pair the model alone reads so after a preposition of where (of, in, throughout, across …), whose rest the map knows as a region or a country (not a town: "at Western Union") and whose whole it does not ("South Africa" is left), is the place, outside sports reports ("Eastern Michigan beat Toledo" is a university\'s side).',
    examples: [
      { text: 'The dialect is spoken in Southern Senegal by farmers.', expect: 'place:Southern Senegal' },
      { text: 'Floods hit southern Senegal on Monday.', expect: 'place:Senegal' },
    ],
  },
  {
    id: 'place.shared-kind-plural',
    value: [
      'lakes',
      'rivers',
      'islands',
      'districts',
      'mountains',
      'valleys',
      'bays',
      'villages',
      'neighborhoods',
      'neighbourhoods',
      'peninsulas',
      'canyons',
      'beaches',
    ],
    reason:
      'Two names joined by "and" or "or" before one plural kind of place ("Barracuda and Kayangan lakes", "the Thissio and Pláka districts", "the Tigris and Euphrates rivers") are two places that share the kind word; GUM marks each name alone. The model reads the first as a place at most. Not for capitalised adjectives that are no names (demonyms, "Republican and Democratic districts"), common words, or a name that runs on past either word.',
    examples: [
      { text: 'The Barracuda and Kayangan lakes are both stunning.', expect: 'place:Barracuda | place:Kayangan' },
      { text: 'Both Republican and Democratic districts voted for it.', expect: '' },
    ],
  },
  {
    id: 'place.facility-kind-tail',
    value: [
      'Hotel',
      'Resort',
      'Building',
      'Theater',
      'Theatre',
      'Theaters',
      'Theatres',
      'Mosque',
      'Minster',
      'Gardens',
      'Grounds',
      'Swamp',
      'Expressway',
      'Turnpike',
      'Freeway',
    ],
    reason:
      'A run of capitalised words that ends in the kind of a building, a garden or a road ("Taj Socotra Hotel", "Kaiser Building", "Grand Lake Theater", "York Minster", "Mingo Valley Expressway") is that building or road, a place as GUM marks facilities; the model reads the road as an organisation, or keeps only the part before the kind word. Not when another capitalised word follows (a longer name: "Eastern Theater Command", "Hotel Workers Union" is left to the model), nor when every word before the kind word is a common one ("The Grand Hotel" could be any grand hotel), nor before a firm\'s noun (guard.firm-noun-after: "Wynn Resort shares", "the Trump Hotel company").',
    examples: [
      { text: 'There are four hotels in town: Taj Socotra Hotel and others.', expect: 'place:Taj Socotra Hotel' },
      { text: 'The Eastern Theater Command held drills.', expect: '' },
    ],
  },
  {
    id: 'place.coordinated-with-place',
    value: ['and', 'or'],
    reason:
      'A list of places goes on with places: the last member of "Tempe, Glendale, Chandler, and Gilbert", "from Svendborg or Faaborg", "via Edgewater and Weehawken" is a place when the member before it is, even where the model, not knowing the small town, reads it as a person or nothing. Only one capitalised word that is no common word, left unread or read with little confidence, not followed by another capitalised word or a possessive; a given name ("Gilbert") only after two places, so "Paris and Hilton" in a sentence that names one place is left alone; not before "who" (guard.relative-person: "in Paris and Schmidt, who chairs the panel"), nor after a pair that closed the list ("in Paris and Berlin, and Scholz").',
    examples: [
      { text: 'Ferries leave from Svendborg or Faaborg every morning.', expect: 'place:Svendborg | place:Faaborg' },
      { text: 'Talks in Paris and Macron said nothing.', expect: 'place:Paris | person:Macron' },
    ],
  },
  {
    id: 'place.neighbourhood-word',
    value: ['Chinatown', 'Koreatown', 'Japantown', 'Uptown', 'Midtown'],
    reason:
      'These words name a part of a city ("Oakland\'s famous Chinatown", "north of Uptown"), a place; the model reads "Uptown" as a person and leaves "Chinatown" out. Capitalised and standing alone: a longer name holding them ("Midtown Manhattan", "Uptown Funk") is left to the model. "Downtown" is not among them: travel guides write it capitalised for "the centre" as often as for a district.',
    examples: [
      { text: 'Slightly north of the square is Uptown, with bars.', expect: 'place:Uptown' },
      { text: 'Rents rose in uptown areas and in Midtown Manhattan.', expect: 'place:Midtown Manhattan' },
    ],
  },
  {
    id: 'citation.year-pair',
    value: ['&', 'and'],
    reason:
      'Papers that cite by author and year write two authors as "Baron & Beresford 2014" or "Polio and Gass 1997" (also "(2017)"): two capitalised single words joined by "&" or "and" right before a year are two surnames, people. The model, seeing a common word ("Cross", "Baron"), leaves them out. Not when either word is a place the map knows ("between France and Germany 2014"), a function word, both are common words ("Arts and Crafts 2020"), or the model reads the pair as one firm ("Johnson & Johnson 2020"), nor when a lowercase word follows a bare year (a firm\'s year: "Procter and Gamble 2022 results", "the Smith and Wesson 2020 model"; a citation closes at a bracket or a stop).',
    examples: [
      {
        text: 'It has a long history in scholarship (Baron & Beresford 2014), but not here.',
        expect: 'person:Baron | person:Beresford',
      },
      { text: 'Trade between France and Germany 2014 figures rose.', expect: 'place:France | place:Germany' },
    ],
  },
];
