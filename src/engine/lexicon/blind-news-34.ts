/**
 * Rows from the blind entity batches 101 and 102 (6 Dec 2026, helper ents45a; the batches are in
 * detect/news-entities-101.cases.ts). Batch 103 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-34.ts, called by applyNameRules
 * after the rows of batches 98 and 99. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const TRADE_HEAD_FIRM_ROW: RuleRow<{
  heads: readonly string[];
  unreadHeads: readonly string[];
  founderJoins: readonly string[];
  skip: readonly string[];
  fields: readonly string[];
  studies: readonly string[];
}> = {
  id: 'organisation.trade-head-firm',
  value: {
    // Last words that name a firm's trade and are nobody's surname.
    heads: words(
      'Ferries Shipping Railway Railways Express Terminals Logistics Freight Research Analysis Analytics Insights Polling Consulting Construction Sugars Products Foods Hydro Aluminum Aluminium Metals',
    ),
    // The heads whose run makes a firm even where the model read nothing there: transport firms.
    // "Edison Research", "Google Analytics", "Operations Research" unread stay unread (older tests
    // of organisation.unnamed-firm-tail and acronym.unnamed-expansion; the whole unit suite, stop 55).
    unreadHeads: words('Ferries Shipping Railway Railways Express Terminals Logistics Freight'),
    // The joiner of a firm named after two founders before its trade word ("Tate and Lyle Sugars"; ents63b).
    founderJoins: words('and'),
    // Words a run of capitals may open with that are no part of the name ("The", "In").
    skip: words('the a an in at on by for from of to with and or but as'),
    // Words that with common words name a field of study, no firm ("Clinical Research", "Big Data Analytics").
    fields: words('clinical data cell political operations machine medical scientific social economic'),
    // "Director of …", "degrees in …": a field after these and "of"/"in" is no firm.
    studies: words(
      'degree degrees students student studies course courses professor lecturer department school faculty programme program centre center institute',
    ),
  },
  reason:
    'Transport firms, pollsters and consultancies are named by one to four capitalised words and a word for their trade: "Aegean Star Ferries", "Nordic Coast Shipping", "Prairie Northern Railway", "Harbour Global Container Terminals", "Lakeshore Research", "Ridgeway Analysis". The model, meeting a name it has never seen, reads a person (0.7 for "Aegean Star Ferries"), a place of the first words only, or nothing. A run of capitalised words on one line right before one of these trade words, the trade word ending the name (no capital after it), is an organisation when nothing but the model read its words and the model is not sure (0.9) of a person or a place there; after a transport word also where the model read nothing (an unread run before a pollster\'s or a consultancy\'s word is left: "Edison Research projected it"). No such word is a surname; metal and power makers are named so too ("Norsk Hydro", "Century Aluminum", a person 0.6 and 0.5; ents63b). A firm named after its two founders takes them both: one capitalised word, "and", and one capitalised word before the trade word ("Tate and Lyle Sugars", the model reading "Lyle Sugars" as a person of 0.95) is one firm over the model reading of any confidence when the word before "and" is unread or read by the model alone as no organisation and not surely, is not a place the map knows, and has no capital before it on the line. A run of one common word ("Market Research", "Container Shipping") names no firm and is left; so is a run the name goes on past ("Cancer Research UK"). Not a run of common words and field words ("Clinical Research", "Data Analytics and Operations Research", "Stem Cell Research"), nor one after "of"/"in" and a title or a word of study ("Director of …", "degrees in …"); a firm with "and" and a capitalised common word after it ("Atlantic Shipping and Trading") is left whole to the model (mendN55). Builders, millers and food firms are named so too ("Penta-Ocean Construction", "Renuka Sugars", "Pan Pac Forest Products", "Pioneer Foods": people at 0.68–0.87; ents61a).',
  examples: [
    {
      text: 'Sailings by Aegean Star Ferries were cancelled, and Prairie Northern Railway stopped taking grain.',
      expect: 'organization:Aegean Star Ferries | organization:Prairie Northern Railway',
    },
    // A rail or coach operator named "… Express" (stop 61).
    {
      text: 'The government will take over TransPennine Express next month.',
      expect: 'organization:TransPennine Express',
    },
    {
      text: 'Market Research is a growing field, analysts in Boston said.',
      expect: 'place:Boston',
    },
  ],
};

export const HM_BODY_ROW: RuleRow<{
  bodies: readonly string[];
  prisons: readonly string[];
  royals: readonly string[];
}> = {
  id: 'organisation.hm-body',
  value: {
    // "HM" opening a British state body's name ("Her/His Majesty's").
    bodies: words('HM'),
    // "HMP" and "HMYOI" opening a prison's name ("Her/His Majesty's Prison", "… Young Offender Institution").
    prisons: words('HMP HMYOI'),
    // Words after "HM" that make it a sovereign's style, not a body's ("HM King Charles").
    royals: words('King Queen Prince Princess'),
  },
  reason:
    'British state bodies are named with "HM" (His or Her Majesty\'s) before them: "HM Treasury", "HM Revenue and Customs", "HM Inspectorate of Probation", "HM Courts & Tribunals Service", "HM Prison and Probation Service"; prisons with "HMP" or "HMYOI": "HMP Belmarsh", "HMYOI Feltham". The model reads "HM" and a capitalised word as a person ("HM Treasury" 0.57) or cuts the name at "of" or "and". "HM" and the capitalised words after it on the line, through "of", "and" and "&" when a capital follows them, is one organisation; "HMP" or "HMYOI" and one or two capitalised words after it is a place, the prison, as GUM marks buildings and sites. Not when a rule decided a person or place in it or the model is sure (0.9) of one, nor "HM King Charles" or "HM the Queen" (a sovereign\'s style), nor a weekday or month after it.',
  examples: [
    {
      text: 'HM Revenue and Customs said it would appeal. HM Treasury declined to comment.',
      expect: 'organization:HM Revenue and Customs | organization:HM Treasury',
    },
    {
      text: 'Inspectors from HM Inspectorate of Probation visited HMP Belmarsh on Monday.',
      expect: 'organization:HM Inspectorate of Probation | place:HMP Belmarsh',
    },
    { text: 'Prison staff in Leeds said the new HMP would open in March.', expect: 'place:Leeds' },
  ],
};

export const JUDICIAL_DISTRICT_ROW: RuleRow<{ heads: readonly string[]; compass: readonly string[] }> = {
  id: 'organisation.judicial-district',
  value: {
    // Last words of the body a judicial district completes.
    heads: words('court office'),
    // The halves a federal district is named by.
    compass: words('Northern Southern Eastern Western Middle Central'),
  },
  reason:
    'American federal courts and prosecutors are named for their judicial district: "the U.S. District Court for the Eastern District of Texas", "the U.S. Attorney\'s Office for the Middle District of Florida". The model reads "Middle District of Florida" as a place of its own (0.8), and organisation.head-complement leaves a place after "for". A court or office read as an organisation (by the model or a rule), then "for the", a compass word, "District", "of" and the state (read as a place or organisation, or unread capitals), is one organisation. Not a person, and not a district without its compass word ("the Court for the District of Columbia" is left to the other rows).',
  examples: [
    {
      text: "The U.S. Attorney's Office for the Middle District of Florida charged him on Monday.",
      expect: "organization:U.S. Attorney's Office for the Middle District of Florida",
    },
    {
      text: 'The Sierra Club for the Northern District of Ohio met in Akron.',
      expect: 'organization:Sierra Club | organization:Northern District of Ohio | place:Akron',
    },
  ],
};

export const BLIND_NEWS_ROWS_34: readonly RuleRow<unknown>[] = [
  TRADE_HEAD_FIRM_ROW,
  HM_BODY_ROW,
  JUDICIAL_DISTRICT_ROW,
];
