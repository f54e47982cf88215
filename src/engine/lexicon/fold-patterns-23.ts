/**
 * Fold rows 23 (helper ents41c, issue #9): the families ents40c left on the study folds (a club
 * coordinated with a sure one, Romance streets the model does not read, the "Name: description"
 * entries of a travel guide, acronyms of things), found in the errors of the study folds (0–2,
 * `folds.ts --study`) of the training documents; the check folds (3–4) are read by their totals
 * only. The rules are in detect/fold-rules-23.ts; applyNameRules calls `applyFoldPatternRows23`
 * right after the fold-22 rows. Example texts are written for the rows, not taken from a fold or a
 * batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const LETTER_HYPHEN_NOUN_ROW: RuleRow<string> = {
  id: 'none.letter-hyphen-noun',
  // One or two capital letters, a hyphen and a lowercase noun, written as one word.
  value: '^[A-Z]{1,2}-[a-z]{3,}$',
  reason:
    'Science and trade writing names things by a letter and a noun joined by a hyphen ("the L-band", "an X-ray", "T-cells", "a U-turn", "K-pop"); the capital letter makes the model read a name (the "L-band" of a study-fold paper on satellites read as a place three times on seed 20240611, twice on seed 7). A name that is only such a word (one or two capitals, a hyphen, a lowercase word of three letters or more) and that no rule read is no name. Not a word whose second part is capitalised ("T-Mobile", "X-Men": brands and titles), not a longer name that holds it.',
  examples: [
    { text: 'The radar works in the L-band, and an X-ray showed the crack.', expect: '' },
    { text: 'Shares of T-Mobile US rose 3% on Tuesday, the company said.', expect: 'organization:T-Mobile US' },
  ],
};

export const ACRONYM_THING_ROW: ListsRow<'nouns' | 'units'> = {
  id: 'none.acronym-thing',
  value: {
    // Nouns of a format, a protocol, a connector or a signal's frequency written right after the
    // short form of the thing ("MP3 format", "HTTP protocol", "MRI scan"). Not "exposure" or
    // "radiation": business news writes a firm there ("banks with FTX exposure"; review, stop 51).
    // Not nouns a body or a country often stands before ("EU ports", "the FBI files", "a NATO
    // signal", "BBC cable"): the batches' "barred from EU ports" lost its body with "ports" in.
    nouns: words(`
      format formats protocol protocols codec codecs connector connectors scan scans
      scanner frequency frequencies waveband`),
    // Units written in capitals after a number ("500 GB", "3 GHz", "40 MW").
    units: words('KB MB GB TB PB GHz MHz kHz Hz kW kWh MW MWh GW GWh TWh mAh BTU RPM PSI dB ppm ppb mph kph'),
  },
  reason:
    'Papers, reviews and business news name formats, standards, signals and units by their short forms; a string of capitals looks like a body to the model (24 / 15 false names in capitals on the study folds, seeds 20240611 / 7, among them "UVR exposure" and its bare repeat read as organisations on both seeds). A one-word name in capitals (or a unit) that no rule read, that is no known organisation or known short form of one (organisation.known-acronym: "barred from EU ports"), and that the model read below 0.6, is a thing, not a name, when the sentence says so: a noun of a format, a protocol, a connector, a frequency or a scan follows it ("the MP3 format", "the HTTP protocol", "an MRI scan"; not "exposure": "banks with FTX exposure" is the firm, review at stop 51), a version number follows it ("USB 3.0", "HTTP 1.1"), or it is a unit after a number ("500 GB", "3 GHz"). Its bare repeats in the same text, read as unsurely, go with it. Not a known body ("the NASA format"), not before a noun a body or a country often stands before ("EU ports", "the FBI files", "a NATO signal"), not a body the model is sure of, and not a short form the text spells out as a capitalised name ("the Universal Video Registry (UVR)").',
  examples: [
    {
      text: 'The songs came in MP3 format.',
      expect: '',
    },
    { text: 'The NASA format was adopted on Monday.', expect: 'organization:NASA' },
  ],
};

export const CLUB_AND_CLUB_ROW: RuleRow<number> = {
  id: 'organisation.club-and-club',
  // The model's place reading at or above which the town is left a place.
  value: 0.6,
  reason:
    'Sport writing coordinates clubs, one named in full and one by its town or suburb alone ("the Melbourne Storm and Collingwood both confirmed they would host matches"); the model reads the bare town as a place (a study-fold budget story, on both seeds). One capitalised word read as a place below this confidence, right after or right before "and" whose other side is an organisation of two or more words (a club named in full), in a sentence about sport (a sport word or a score), is the other club. Not a town the model is sure of, not a town before a capitalised word ("the Storm and Melbourne Victory"), not a one-word body on the other side ("the NRL and Melbourne"), and not outside a sentence about sport ("the Melbourne Theatre Company and Geelong").',
  examples: [
    {
      text: 'The Brisbane Herons and Collingwood both confirmed they would play two matches in June.',
      expect: 'organization:Brisbane Herons | organization:Collingwood',
    },
    {
      text: 'The Melbourne Theatre Company and Geelong signed a deal on Monday.',
      expect: 'organization:Melbourne Theatre Company | place:Geelong',
    },
  ],
};

export const STREET_WORD_UNREAD_ROW: ListsRow<'leads'> = {
  id: 'place.street-word-unread',
  value: {
    // The Romance street words of place.street-word-bare that open a name the model does not read
    // whole: "Rua Augusta", "Calle Mayor" unread or with only the last word read.
    leads: words('rua calle avenida praça praca largo piazza piazzale plaça carrer rambla viale strada avinguda'),
  },
  reason:
    'Travel guides and foreign news give streets and squares with the street word first in the local language ("Rua Augusta", "Calle Mayor", "Piazza Navona"); the model, which has seen few of them, leaves the whole name unread or reads only the word after the street word (ents40c: "Rua Augusta" not read at all; place.street-word-bare takes only names read as people). A street word of French, Spanish, Portuguese, Catalan or Italian, capitalised and not a given name, followed by one to three capitalised words on its line that no rule read and that hold no name read as a body, is one place with the street word in it. Not a street word alone ("the Rambla"), not a name the model reads whole as a person or a body ("Largo Winch", "Calle Capital"), not a name that runs on past the words.',
  examples: [
    {
      text: 'The shop is on Rua Velamo, near the river, and the hotel faces Calle Tarisi.',
      expect: 'place:Rua Velamo | place:Calle Tarisi',
    },
    { text: 'Crowds filled the Rambla on Sunday.', expect: 'place:Rambla' },
  ],
};

export const GUIDE_ENTRY_ROW: ListsRow<'nouns' | 'particles'> = {
  id: 'place.guide-entry',
  value: {
    // Nouns of a place a guide's description names the entry by ("the biggest island", "the economic capital").
    nouns: words(`
      island islands islet town towns city cities village villages capital suburb suburbs beach beaches bay bays
      port harbour harbor district zone commune region coast place places resort area quarter peninsula
      archipelago lagoon valley`),
    // Lowercase words inside a place's name ("Morne à l'Eau", "Terre de Haut").
    particles: words("de du des la le les da do dos das di del della à a al el y of l'"),
  },
  reason:
    'Travel guides list places as entries, one to a line: the name, a colon, and a description in lower case ("Gosier: maybe one of the most interesting places …", "Pointe-à-Pitre: with its suburbs, it is the economic capital …", "Petite Terre: uninhabited and untamed."); the model, with no sentence around the name, leaves it unread or reads a person (6 such names of a study-fold guide on both seeds). An entry is a line opening with one to five capitalised words (lowercase particles between) and a colon, then a lowercase word; its name must be no name a rule read (a transcript\'s speaker) and no body ("Club Med: the resort …"), and, unread, hold a word that is no word of the language and be longer than two letters ("Reporter: what next?", "Next Steps: …", "Q: …"). In a text with three entries or more, one of them a place the model reads or the map knows, an entry is a place when its description names a kind of place before its sentence ends ("island", "town", "capital", "suburbs", "bays", "places", …; within its first four words when the name opens with a given name the model reads as a person: "Marie Galante: the biggest island …") or when an entry on the line before or after, in an unbroken run, is such a known place. Not a transcript of speakers ("Smith: the town needs money", "Mayor Ana Ruiz: the city will …", with no known place among the entries), not a line whose description is capitalised ("Wikinews: How did …").',
  examples: [
    {
      text: 'Jamaica: the biggest island of the group.\n\nTarisi: dry and windy.\n\nPort Oskuna: with its suburbs, it is the main town.',
      expect: 'place:Jamaica | place:Tarisi | place:Port Oskuna',
    },
    {
      text: 'Mayor Ana Kerr: the town will not raise taxes.\n\nReporter: what happens next?\n\nSmith: the city needs money.',
      expect: 'person:Ana Kerr',
    },
  ],
};

export const FOLD_PATTERN_ROWS_23: readonly RuleRow<unknown>[] = [
  LETTER_HYPHEN_NOUN_ROW,
  ACRONYM_THING_ROW,
  CLUB_AND_CLUB_ROW,
  STREET_WORD_UNREAD_ROW,
  GUIDE_ENTRY_ROW,
];
