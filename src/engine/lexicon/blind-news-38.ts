/**
 * Rows from the blind entity batches 113 and 114 (7 Dec 2026, helper ents59a; the batches are in
 * detect/news-entities-113.cases.ts). Batch 115 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-38.ts, called by applyNameRules
 * after the rows of batches 110 and 111. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const WHICH_BODY_ROW: RuleRow<{ verbs: readonly string[]; unsure: number; maxWords: number }> = {
  id: 'organisation.which-body',
  value: {
    // What a body does in the clause after "which": it has members, sets rules, runs things.
    verbs: words(
      'has have had sets set runs ran represents represented owns owned operates operated employs employed holds held controls controlled manages managed counts speaks sells sold buys bought builds built publishes published governs governed organises organized organizes organised',
    ),
    unsure: 0.6,
    maxWords: 2,
  },
  reason:
    'People are followed by "who", bodies by "which": "Muhammadiyah, which sets its calendar by calculation", "Nahdlatul Ulama, which has about 90 million followers", "Ugacof, which runs three mills". The model reads an unfamiliar one- or two-word body (a movement, a cooperative, a firm named in another language) as a person at low confidence. A name of one or two words the model alone read as a person, below 0.6, with no known given name in it, right before ", which" and a verb of what a body does (has, sets, runs, represents, owns, operates, employs, holds, sells …), is an organisation, and so are the text\'s other mentions of the same words the model alone read as a person below that bar. A sure person stays ("Maria Lopez, which has …" is rare and left), and "which" after a place is left to the place.',
  examples: [
    {
      text: 'Muhammadiyah, which sets its calendar by calculation, said members would fast on Monday.',
      expect: 'organization:Muhammadiyah',
    },
  ],
};

export const SAINT_BUILDING_ROW: RuleRow<{ saints: readonly string[]; heads: readonly string[] }> = {
  id: 'place.saint-building',
  value: {
    saints: words('St St. Saint SS Sts Sts. Ss'),
    heads: words('Church Cathedral Chapel Basilica Abbey Priory Minster Oratory Shrine'),
  },
  reason:
    'A church named after its saint is a building, a place where mass is said and choirs sing: "St Brendan\'s Church in Birr", "at St Aidan\'s Church", "SS Peter and Paul\'s Cathedral". The model reads "Church" as the head of a body (the Catholic Church, the Church of England, which stay organisations) and the run as an organisation, or reads the saints of a double dedication as two people. A saint\'s abbreviation (St, Saint, SS, Sts), one capitalised name or two joined by "and", a possessive and Church, Cathedral, Chapel, Basilica, Abbey, Priory, Minster, Oratory or Shrine is one place, over what the model alone read there or a rule read as exactly that run (organisation.possessive-inside joins "St Brendan\'s Church" as a body).',
  examples: [
    {
      text: "Mass will be said at St Brendan's Church in Birr every second week.",
      expect: "place:St Brendan's Church | place:Birr",
    },
  ],
};

export const SAINT_TOWN_ROW: RuleRow<{ saints: readonly string[]; unsure: number }> = {
  id: 'place.saint-town',
  value: { saints: words('San Santa Santo São Sao'), unsure: 0.9 },
  reason:
    'Towns in Latin America, Spain, Italy and Portugal are named after saints: "Santa María Huatulco", "San Miguel del Puerto", "São José dos Campos", "Santo Domingo Tehuantepec". Unknown to the map, they read to the model as a person (a given name after "San"). A person of two words or more the model alone read, below 0.9, that opens with San, Santa, Santo or São (and so has no given name before it) is a place, unless it is that word and a given name alone ("General Santa Anna", "Santa Claus" stay people; "San Miguel" is left with them), and so is its last word named alone elsewhere in the text ("to Huatulco on Thursday") where the model alone read it as a person below that bar, unless that word is a given name.',
  examples: [
    {
      text: 'Residents of San Miguel del Puerto said they would keep their blockade.',
      expect: 'place:San Miguel del Puerto',
    },
  ],
};

export const BLIND_NEWS_ROWS_38: readonly RuleRow<unknown>[] = [WHICH_BODY_ROW, SAINT_BUILDING_ROW, SAINT_TOWN_ROW];
