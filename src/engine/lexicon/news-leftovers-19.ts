/**
 * Rows for the weak patterns issue #9 names, twelfth round (helper ents43b, 6 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-43b.cases.ts, gold committed before the
 * first run). The rules that apply them are in detect/leftover-rules-19.ts, called by
 * applyNameRules after the leftover-18 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const AMPERSAND_ACRONYM_ROW: RuleRow<{
  abbreviations: readonly string[];
  firms: readonly string[];
  verbs: readonly string[];
}> = {
  id: 'organisation.ampersand-acronym',
  value: {
    // Abbreviations of two common nouns, never a body: research and development, questions and
    // answers, mergers and acquisitions, bed and breakfast, profit and loss, food and beverage,
    // rhythm and blues, accident and emergency, and the like.
    abbreviations: words('r&d q&a m&a b&b p&l f&b r&b a&e g&a o&m t&c d&o e&p l&d c&i s&l b&w'),
    // Firms known by their letters, taken whatever follows them ("AT&T shares", "H&M stores").
    firms: words('at&t h&m p&g s&p j&t m&s b&q j&j h&r l&t c&a a&p d&g e&y a&w'),
    // Verbs a firm's letters open a clause with ("P&O said", "K&L cut jobs"); other lowercase words
    // after unlisted letters are the noun an abbreviation stands before ("P&C insurers", "A&R executive").
    verbs: words(`said says told reported posted cut raised fell rose agreed planned announced sold bought
      hired declined denied expected`),
  },
  reason:
    'Firms are named by two short runs of capitals joined by an ampersand: "S&P Global", "AT&T", "H&M", "P&G", "J&T Express". The tokenizer cuts the name at the sign into one-letter words, so the model reads nothing or two halves ("S" and "P Global"). Capitals of one to three letters, an "&" touching them and capitals of one to three letters touching it, with nothing else glued on either side ("S&P/TSX" is an index), not one of the abbreviations of two common nouns ("R&D", "Q&A", "M&A") and not before a number ("the S&P 500", an index), after no capitalised word inside the sentence ("Texas A&M" is left whole or to other rows), and, unless they are one of the few firms known by their letters ("AT&T", "H&M"), before no lowercase word other than a function word or a verb of the row ("Shares of P&C insurers", "a new A&R executive", "Lloyd\'s P&I clubs" are trade abbreviations before their noun), are an organisation with the capitalised words right after them on the line (up to three: "S&P Global Ratings"), unless a place with more words is read there ("AT&T Stadium", which name.letters-ampersand takes its letters back to; that row needs a name read after the sign, this one reads the letters themselves).',
  examples: [
    {
      text: "S&P Global's ratings unit cut 100 jobs in London.",
      expect: 'organization:S&P Global | place:London',
    },
  ],
};

export const POSSESSIVE_FIRM_NAME_ROW: RuleRow<{ names: readonly string[] }> = {
  id: 'organisation.possessive-firm-name',
  value: {
    // Firms named in the possessive whose first word is no given name: a rating agency, shops, auction houses.
    names: words('Moody Sainsbury Macy Kellogg Sotheby Christie Kohl Dillard Nando Domino Hardee Applebee'),
  },
  reason:
    'Firms named in the possessive ("Moody\'s", "Sainsbury\'s", "Macy\'s", "Sotheby\'s") keep the "\'s" in their name whatever follows: "Moody\'s said", "Moody\'s cut Italy\'s rating", "Sainsbury\'s raised pay". The model cuts the "\'s" off and reads the word as a person or nothing; organisation.possessive-firm takes only a few verbs after it. One of these words, written with its capital, right before "\'s", after no capitalised word on its line ("Chris Christie\'s", "Harold Lloyd\'s") and before no capitalised word (a longer name: "Moody\'s Investors Service"), where no person of the text holds the word, the model does not read it as a person surely (0.6 or more) and no role or title stands right before it ("Ukraine envoy Kellogg\'s plan", "Former governor Christie\'s campaign", "The chancellor Kohl\'s legacy" are people), is an organisation with the "\'s".',
  examples: [
    {
      text: "Moody's said the outlook for the banks was stable.",
      expect: "organization:Moody's",
    },
  ],
};

export const COALITION_NAME_ROW: RuleRow<{ names: readonly string[] }> = {
  id: 'organisation.coalition-name',
  value: {
    // Coalitions and parties of Latin America and Spain named in their own language.
    names: [
      'Chile Vamos',
      'Frente Amplio',
      'Juntos por el Cambio',
      'Unión por la Patria',
      'La Libertad Avanza',
      'Frente de Todos',
      'Unidas Podemos',
      'Nuevo Frente Popular',
      'Pacto Histórico',
    ],
  },
  reason:
    'Foreign news names coalitions in their own language: "Chile Vamos said it would back the bill", "Juntos por el Cambio". The model reads a country and a word, or a Spanish article and a capital, as a person ("Chile Vamos", "el Cambio"). These names, written with their capitals and not inside a longer name, are organisations (the same reading as organisation.police-force-name, a country opening the sentence right before one taken in).',
  examples: [
    {
      text: 'Chile Vamos said it would back the pension bill.',
      expect: 'organization:Chile Vamos',
    },
  ],
};

export const DASH_TEAM_ROW: RuleRow<{
  cues: readonly string[];
  races: readonly string[];
  prefixes: readonly string[];
}> = {
  id: 'organisation.dash-team',
  value: {
    // Words only cycling uses beside a team's name in its sentence ("team", "race", "stage" are
    // everyone's: "the Biden–Harris team", "the Harvard–Yale race").
    cues: words(`rider riders peloton sprinter sprinters climber breakaway giro vuelta cyclist cyclists
      cycling`),
    // Stage races whose name, written whole, says a sentence is about cycling ("won a stage of the
    // Tour de France for Lidl–Trek"); "Tour" alone is any tour's.
    races: ['Tour de France', 'Tour de Suisse', 'Tour de Pologne', 'Tour Down Under', 'Tour de Romandie'],
    // Combining forms of peoples before a dash: "an Anglo–French team" is no sponsor's name.
    prefixes: words('Anglo Franco Sino Indo Euro Afro Austro Russo Italo Greco Judeo Hispano Luso Serbo'),
  },
  reason:
    'Cycling teams are named after two sponsors joined by a dash: "Visma–Lease a Bike", "UAE Team Emirates–XRG", "Soudal–Quick-Step", "Groupama–FDJ". The model cuts the name at the dash and reads one side or nothing. Capitalised words, an en dash touching them and a capitalised word touching it (then capitalised words, "a" between two, and words glued with a hyphen on the line), in a sentence with a word only cycling uses ("rider", "peloton", "Giro") or a stage race named whole ("Tour de France", "Tour Down Under"; not "team", "race" or "stage": "the Celtic–Rangers derby", "the Biden–Harris team"), where neither side is a place the map knows ("the London–Paris train"), a person or a people ("an Anglo–French team"), are one organisation (an opening article or function word left out).',
  examples: [
    {
      text: 'Jonas Vingegaard of Visma–Lease a Bike finished second, ahead of the peloton.',
      expect: 'person:Jonas Vingegaard | organization:Visma–Lease a Bike',
    },
  ],
};

export const FIRM_OF_COUNTRY_ROW: RuleRow<{
  bodyHeads: readonly string[];
  partOfName: readonly string[];
  publicHeads: readonly string[];
}> = {
  id: 'place.firm-of-country',
  value: {
    // Words that open the name of a public body, whose country after "of" is its own name.
    bodyHeads: words(`university ministry institute academy department bank council commission agency office
      college school centre center federation association chamber authority board court`),
    // Countries a firm's own name ends in: "Volkswagen Group of America" is the US arm's name.
    partOfName: ['America'],
    // Heads right before "of" that close a state body's name when "the" leads it or its first word is a
    // common word: "the Food Corporation of India", "the Shipping Corporation of India".
    publicHeads: words('corporation company authority'),
  },
  reason:
    'Business news names a firm with its home country after "of": "Samsung Electronics of South Korea reported record profit", "Renesas Electronics of Japan agreed to buy". The model reads the run as one place or one body. A name read by the model that holds a lowercase "of" right after a firm\'s closing word (the heads of organisation.and-split: Electronics, Motors, Group, Holdings …) and ends in a country the map knows after it, is the firm and the country ("the Bank of Japan", "the Group of Seven" stay: no firm\'s head before "of", or no country after it; and a name that opens with a body\'s head or holds an earlier "of" stays whole: "the University of Science and Technology of China", "the Ministry of Science and Technology of Vietnam"; so does a firm "of America", the name of a US arm: "Volkswagen Group of America", "Acme Holdings of America"). A state body is named so too: "the Food Corporation of India", "the Shipping Corporation of India"; a Corporation, Company or Authority right before "of" stays whole when "the" leads the name or its first word is a common word (a firm of a country is written bare: "Samsung Electronics of South Korea").',
  examples: [
    {
      text: 'Samsung Electronics of South Korea reported record profit.',
      expect: 'organization:Samsung Electronics | place:South Korea',
    },
    {
      text: 'The Food Corporation of India said its warehouses were full.',
      expect: 'organization:Food Corporation of India',
    },
    {
      text: 'Shares in the Shipping Corporation of India rose.',
      expect: 'organization:Shipping Corporation of India',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_19: readonly RuleRow<unknown>[] = [
  AMPERSAND_ACRONYM_ROW,
  POSSESSIVE_FIRM_NAME_ROW,
  COALITION_NAME_ROW,
  DASH_TEAM_ROW,
  FIRM_OF_COUNTRY_ROW,
];
