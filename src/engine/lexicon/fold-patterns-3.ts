/**
 * Rows for patterns of travel guides and papers across the held-out fold documents (1 Dec 2026,
 * evening, helper ents12b, issue #9). Kept in their own file so they merge cleanly with rows added
 * in parallel; the rules that apply them are in detect/fold-rules-3.ts, called last by applyNameRules.
 */
import type { RuleRow } from './rule-row';

export const FOLD_PATTERN_ROWS_3: readonly RuleRow[] = [
  {
    id: 'citation.numbered-pair',
    value: ['&', 'and'],
    reason:
      'Papers that number their references cite two authors as "Carrano & Biewener [7]" or "Smith and Jones [12]": two capitalised single words joined by "&" or "and" right before a bracketed reference number are two surnames, so two people, never a firm ("Marks & Spencer" is not followed by a reference number) nor a place. Once an article cites them so, the same surnames elsewhere in it ("the subjects of Carrano and Biewener", "In Carrano & Biewener\'s study") are those people too, unless the surname is also a common word.',
    examples: [
      {
        text: 'The present study was inspired by Carrano & Biewener [7] but our results differ.',
        expect: 'person:Carrano | person:Biewener',
      },
      {
        text: 'Shares of Marks & Spencer rose 7% after the report.',
        expect: 'organization:Marks & Spencer',
      },
    ],
  },
  {
    id: 'place.street-abbreviation',
    value: ['St', 'St.', 'Ave', 'Ave.', 'Blvd', 'Blvd.', 'Rd', 'Rd.', 'Hwy', 'Hwy.', 'Pkwy', 'Pkwy.'],
    reason:
      'Addresses and directions abbreviate the street\'s kind after its name ("1214 Anderson Ave", "along N 44th St", "Also on Main St. is …"): the name, with a compass letter or an ordinal before it, and the abbreviation together are a street, a place. The model, which has seen few of them, reads "Anderson Ave" as a person or keeps only "St". Only after the name: "St" before a capitalised word is "Saint" ("St Nicholas\' Fair", "St. Louis") and is left to the model, and so is a run that goes on with another capitalised word ("Washington St Station").',
    examples: [
      { text: 'The shop is at 1214 Anderson Ave, open daily.', expect: 'place:Anderson Ave' },
      { text: 'Also on Main St. is a flower shop.', expect: 'place:Main St.' },
      { text: 'They held the St Nicholas Fair in December.', expect: '' },
    ],
  },
  {
    id: 'place.numbered-terminal',
    value: ['Terminal', 'Concourse'],
    reason:
      'An airport\'s or a port\'s terminal is named by its number or letter ("Terminal 2", "from Terminal 4", "Concourse B"): a building, a place as GUM marks facilities. Capitalised and followed by the number, the two words are the name. Not after another capitalised word, which makes it part of a longer name the model reads ("Heathrow Terminal 5").',
    examples: [
      { text: 'The bus leaves from Terminal 2 every hour.', expect: 'place:Terminal 2' },
      { text: 'The terminal 2 hours away was closed.', expect: '' },
    ],
  },
  {
    id: 'organisation.airline',
    value: [
      'JetBlue',
      'WestJet',
      'Ryanair',
      'easyJet',
      'Lufthansa',
      'Aeroméxico',
      'Aeromexico',
      'Volaris',
      'Qantas',
      'Aeroflot',
      'Alitalia',
      'Finnair',
      'Icelandair',
      'Jetstar',
      'AirAsia',
      'Avianca',
      'Etihad',
      'Vueling',
      'Interjet',
      'Flybe',
      'Transavia',
      'Eurowings',
      'SpiceJet',
      'Aer Lingus',
      'Air Canada',
      'Air France',
      'Air India',
      'Air China',
      'Air New Zealand',
      'Air Transat',
      'Air Europa',
      'Norwegian Air Shuttle',
      'Norwegian Air',
    ],
    reason:
      'Airlines are firms, organisations, and these names mean nothing else: "JetBlue", "Ryanair", "Air Canada". The model, which has seen few of them, reads "Air Canada" as a place (for "Canada") and "Volaris" or "Aeroméxico" as people. Written exactly so and not inside a longer name ("Air Canada Centre" is left to the model).',
    examples: [
      { text: 'Ryanair and Air Canada cut their fares.', expect: 'organization:Ryanair | organization:Air Canada' },
      { text: 'He played at the Air Canada Centre in Toronto.', expect: 'place:Air Canada Centre | place:Toronto' },
    ],
  },
  {
    id: 'organisation.airline-shared',
    value: [
      'Delta',
      'United',
      'American',
      'Southwest',
      'Frontier',
      'Spirit',
      'Alaska',
      'Hawaiian',
      'Sun Country',
      'Great Lakes',
      'Allegiant',
      'Emirates',
      'Norwegian',
      'Iberia',
      'Copa',
    ],
    reason:
      'These airlines go by a word that is also a place, a demonym or a common word ("Delta", "United", "American", "Alaska", "the Great Lakes"), so they name the airline only where the sentence is about flying: it names another airline (a row above, or a name ending in "Airlines" or "Airways"), an airport terminal ("Terminal 3: Delta, Frontier, Hawaiian, JetBlue"), or says "airline", "carrier" or "flights". Standing alone there, not inside a longer name ("United Nations", "Delta Air Lines" are left to the model).',
    examples: [
      {
        text: 'JetBlue, Delta and Frontier fly from here.',
        expect: 'organization:JetBlue | organization:Delta | organization:Frontier',
      },
      { text: 'He moved to Alaska in 1990.', expect: 'place:Alaska' },
    ],
  },
];
