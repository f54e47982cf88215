/**
 * Rows from the blind entity batches 125 and 126 (7 Dec 2026, helper ents63a; the batches are in
 * detect/news-entities-125.cases.ts). Batch 127 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-42.ts, called by applyNameRules
 * after the rows of batches 122 and 123. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone. (The widening of
 * person.role-before-apposition from the same batches lives in lexicon/apposition-names.ts.)
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const SITES_JOINED_ROW: RuleRow<{
  sites: readonly string[];
  between: number;
  after: readonly string[];
  below: number;
  firmVerbs: readonly string[];
  firmOwns: readonly string[];
}> = {
  id: 'place.sites-joined-by-and',
  value: {
    // Plural nouns for sites that stand somewhere: two names joined by "and" before one of them are
    // two sites named by where they stand.
    sites: words('mines plants smelters refineries dams fields terminals ports mills reactors shipyards factories'),
    // Most lowercase words between the second name and the site noun ("copper", "aluminium").
    between: 2,
    // The prepositions after the site noun before two names joined by "and" ("plants at X and Y").
    after: words('at in near'),
    // The model's reading of a body at or above which a name is left as read.
    below: 0.7,
    // news-leftovers-30: words after one of the names elsewhere in the text that only a firm takes
    // ("Ineos said"), and, after its possessive, things only a firm has ("Sabic's chief executive").
    firmVerbs: words('said says told announced reported employs'),
    firmOwns: words('shares profits profit chief executive chairman chairwoman spokesman spokeswoman boss workforce'),
  },
  reason:
    'Mining and energy copy names two sites at once, each by where it stands, before one plural site noun or after it: "their neighbouring Los Bronces and Andina copper mines", "the Hoa Binh and Son La dams", "its plants at Sunndalsøra and Karmøy". The model reads an unfamiliar Spanish or Norwegian name beside firms as a body (Los Bronces 0.52, Andina 0.43). Two runs of one to three capitalised words on the line joined by "and", then at most two lowercase words and one of these plural nouns — or after the plural noun and "at", "in" or "near" —, are two places when neither is a person, a firm the organisation list knows, a word in capitals, a name ending in a word for a body ("Tata Steel") or a body the model or a rule is sure of (0.7) — "the Toyota and Honda plants" are two firms; so are the same words elsewhere in the text where the model alone read them as a body below 0.7 ("Codelco\'s Andina mine"). The review of stop 63: an article opening the sentence is left out of the first name ("The Three Gorges and Xiluodu dams"), and "works" is no site noun ("The Picasso and Matisse works fetched $120m"). Widened by ents64c (stop 63\'s review: "The Ineos and Sabic plants" read as places): the pair names two firms when either name stands elsewhere in the text as a firm does — before "said", "says", "told", "announced", "reported" or "employs", before a capitalised word for a body, or before a possessive and a thing only a firm has ("Sabic\'s chief executive", "Ineos\'s shares"; a site has output too, so "Andina\'s output" says nothing) —, or when one of them is a body (a rule\'s or the model\'s at 0.7, a known firm, a body\'s word at its end: "the Acme and Zenith factories" where Acme is a workplace): then each name of the pair that is no person, no rule\'s reading, no place the model reads at 0.7 and no place the map knows is an organisation. "factories" is a site noun.',
  examples: [
    {
      text: 'The firm will cut output at its Sunndalsøra and Karmøy aluminium smelters, the company said.',
      expect: 'place:Sunndalsøra | place:Karmøy',
    },
    {
      text: 'Its plants at Sunndalsøra and Karmøy have long contracts.',
      expect: 'place:Sunndalsøra | place:Karmøy',
    },
    {
      text: 'Workers at the Toyota and Honda plants in Ohio voted to strike.',
      expect: 'organization:Toyota | organization:Honda | place:Ohio',
    },
    {
      text: "The Ineos and Sabic plants were shut. Ineos said the fire was out, and Sabic's chief executive said the plant would reopen.",
      expect: 'organization:Ineos | organization:Sabic | organization:Ineos | organization:Sabic',
    },
    {
      text: 'Workers at the Acme and Zenith factories walked out.',
      expect: 'organization:Acme | organization:Zenith',
    },
  ],
};

export const AIRPORT_SHORT_NAME_ROW: RuleRow<{
  heads: readonly string[];
  qualifiers: readonly string[];
  below: number;
}> = {
  id: 'place.airport-short-name',
  value: {
    // The words that end an airport's full name.
    heads: words('Airport Airfield Aerodrome'),
    // Words between the name and the head that the short form drops.
    qualifiers: words('International Regional Municipal Liberty City'),
    // The model's reading at or above which a short form is left as read.
    below: 0.9,
  },
  reason:
    'Aviation copy names an airport in full once and then by its name alone: "John F. Kennedy International Airport … delays at Kennedy", "LaGuardia Airport … LaGuardia\'s rebuilt terminals", "Newark Liberty International Airport … at Newark". The model reads the short form beside airlines as a body (Kennedy 0.6, LaGuardia 0.8) or, for a person\'s surname, a person. When the text holds a place ending in Airport, Airfield or Aerodrome, the word before the head and its qualifiers (International, Regional, Municipal, Liberty, City) — the surname of a person-named airport ("Kennedy"), or the one-word name ("LaGuardia") — is a place wherever the model alone read it as a body or a person below 0.9, unless the text names a person of two words or more ending in it outside the airport\'s name ("President John Kennedy said"). The review of stop 63: a surname the text gives a title ("Senator Kennedy") or a suffix ("Robert F. Kennedy Jr.") keeps the person, as does the word after a title.',
  examples: [
    {
      text: 'Delays hit John F. Kennedy International Airport on Friday. Flights out of Kennedy were held for two hours, the airline said.\n\nThe new terminal at John F. Kennedy International Airport opens in May. Kennedy handled 62 million passengers last year.',
      expect:
        'place:John F. Kennedy International Airport | place:Kennedy | place:John F. Kennedy International Airport | place:Kennedy',
    },
  ],
};

/** Every row of this file, for the tests that run their examples (lexicon/rows.test.ts). */
export const BLIND_NEWS_ROWS_42: readonly RuleRow<unknown>[] = [SITES_JOINED_ROW, AIRPORT_SHORT_NAME_ROW];
