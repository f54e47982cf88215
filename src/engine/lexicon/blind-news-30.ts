/**
 * Rows from the blind entity batches 89 and 90 (5 Dec 2026, helper ents41a; the batches are in
 * detect/news-entities-89.cases.ts). Batch 91 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-30.ts, called by applyNameRules
 * after the rows of batches 86 and 87. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const TRADE_NOUN_BEFORE_ROW: RuleRow<readonly string[]> = {
  id: 'organisation.trade-noun-before',
  value: words(`shipbroker shipbrokers consultancy consultancies refiner refiners insurer reinsurer lender lenders
    carmaker automaker chipmaker drugmaker drugmakers retailer brokerage shipowner utility airline
    exporter homebuilder shipbuilder shipyard`),
  reason:
    'Business wires name a firm right after a lowercase word for its trade, with no article or comma between: "said an analyst at shipbroker Braemar", "founder of consultancy Energy Aspects", "shares in refiner Neste". A firm named so is often one the model has never seen, so it reads it as a person or a place, or leaves it unread. One to three capitalised words right after one of these trade words, on its line, that nothing or only the model read (as a person or a place below 0.6), whose first word is no given name and which the map does not know as a place, are an organisation. People are not named after these words: "trader", "miner" and "builder" are left out ("the rogue trader Jérôme …", "the coal miner Jenkins"; "the state miner Gécamines" belongs to organisation.state-kind-firm).',
  examples: [
    {
      text: 'Rates rose, said Tom Harlow, head of research at shipbroker Kelmar in Singapore.',
      expect: 'person:Tom Harlow | organization:Kelmar | place:Singapore',
    },
  ],
};

export const FIRM_FRAME_ROW: RuleRow<{ frames: readonly string[]; shows: readonly string[] }> = {
  id: 'organisation.firm-frame',
  value: {
    // Words right before the firm; "data from" counts only before a verb of showing.
    frames: ['arm of', 'unit of', 'subsidiary of', 'division of', 'traders at', 'dealers at', 'data from'],
    shows: words('showed shows show'),
  },
  reason:
    'Some frames name only a firm: the trading "arm of" a group, a "unit of" or "subsidiary of" a company, "traders at" a trading house, "data from" an analytics firm that "showed" something. The model, seeing an unknown short name ("Sinopec", "Vitol", "Kpler"), reads it as a person or a place. One or two capitalised words right after such a frame, that nothing or only the model read (below 0.6), with no given name first and not a place the map knows ("data from China showed", "a unit of Texas" stay), are an organisation.',
  examples: [
    {
      text: 'Marlo, the trading arm of Kestrova, booked two ships, data from Vantrix showed.',
      expect: 'organization:Marlo | organization:Kestrova | organization:Vantrix',
    },
  ],
};

export const BODY_TAIL_WORD_ROW: RuleRow<{ tails: readonly string[]; hyphenTails: readonly string[] }> = {
  id: 'organisation.body-tail-word',
  value: {
    // Last words that make a name a body, whatever comes before them.
    tails: words('consortium lab labs fm institutet universitet electronics petrochemical petrochemicals'),
    // Newspaper words after a hyphen closing a paper's name ("Review-Journal", "Herald-Leader").
    hyphenTails: words('journal herald leader tribune dispatch gazette courier'),
  },
  reason:
    'A name that ends in "Consortium" ("the Caspian Pipeline Consortium"), "Lab" or "Labs" ("Rocket Lab", "Jet Propulsion Lab"), a trade no person is named after ("LG Electronics", "Zhejiang Petrochemical"), "FM" (a radio station: "Joy FM") or a Swedish or Norwegian head ("Karolinska Institutet"), or in a hyphenated newspaper word ("the Las Vegas Review-Journal", "the Lexington Herald-Leader"), is a body: a firm, a station, a paper. The model leaves such names unread or reads them as a person or a place from their first words. Two to four capitalised words on a line ending in one of these, that nothing or only the model read (no rule), whose first word is no given name, are an organisation; a common word opening the sentence that the model left out of the firm it read right after is no part of it ("Rival Samsung Electronics apologised": the firm is "Samsung Electronics").',
  examples: [
    {
      text: 'The Baltic Cable Consortium said on Monday that Torvik Lab would build the link.',
      expect: 'organization:Baltic Cable Consortium | organization:Torvik Lab',
    },
  ],
};

export const BUILDING_TAIL_ROW: RuleRow<{ tails: readonly string[]; numbered: readonly string[] }> = {
  id: 'place.building-tail',
  value: {
    // A building a name ends in.
    tails: words('capitol'),
    // A site named by a word and a number ("Launch Complex 1", "Pad 39A").
    numbered: words('complex pad'),
  },
  reason:
    'A capitol is a building ("told reporters at the Arizona State Capitol"), a place where people stand, not the legislature that sits in it; the model reads "State Capitol" as a body. A launch site is named by a word and a number ("Launch Complex 1", "Space Launch Complex 40"), which the model cuts before the number. Two to four capitalised words ending in "Capitol", that only the model read, are a place; so are capitalised words ending in "Complex" or "Pad" and the number after them.',
  examples: [
    {
      text: 'Reporters waited at the Idaho State Capitol. The rocket lifted off from Launch Complex 2 at noon.',
      expect: 'place:Idaho State Capitol | place:Launch Complex 2',
    },
  ],
};

export const FULL_NAME_OPENING_ROW: RuleRow<{
  weak: number;
  locatives: readonly string[];
  holdings: readonly string[];
}> = {
  id: 'organisation.full-name-opening',
  value: {
    // The model's surest place reading this row overrules.
    weak: 0.6,
    // Words before a place: the word written after one of them anywhere in the article is a place.
    locatives: words('in at near outside around across into toward towards'),
    // Words before "in" after which the name is a firm ("shares in Samsung", "a stake in Rakuten").
    holdings: words('shares share stake stakes holding holdings investment investments investors'),
  },
  reason:
    'A firm named once in full ("Samsung Electronics", "Rakuten Group") is named after by its first word alone ("Samsung said", "shares in Rakuten"). The model, reading that word alone, often makes it a place, and the map does not know it. A one-word name that only the model read, as a place below 0.6, which the map does not know as a place, and which is the first word of an organisation of two words or more named in the same article, is an organisation. A place the map knows stays ("Texas" after "Texas Instruments", "London" after "London Stock Exchange"), and so does a word the article writes after "in", "at", "near" … anywhere (but "shares in", "a stake in"), or reads as a place alone with more surety elsewhere: a body named after its town ("Hull City", "Balkhash Copper", "the Gällivare Party") names the town too.',
  examples: [
    // What the row must leave, through the whole engine; what it decides is tested on tagger output
    // written by hand in detect/blind-rules-30.test.ts (in a text this short the model reads a
    // firm's lone first word as the firm or leaves it unread).
    {
      text: 'Texas Instruments forecast higher profit. Storms hit Texas on Monday.',
      expect: 'organization:Texas Instruments | place:Texas',
    },
  ],
};

export const BLIND_NEWS_ROWS_30: readonly RuleRow<unknown>[] = [
  TRADE_NOUN_BEFORE_ROW,
  FIRM_FRAME_ROW,
  BODY_TAIL_WORD_ROW,
  BUILDING_TAIL_ROW,
  FULL_NAME_OPENING_ROW,
];
