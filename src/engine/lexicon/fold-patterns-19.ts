/**
 * Fold rows 19 (helper ents36c, issue #9): general causes found in the errors of the study folds
 * (0–2, `folds.ts --study`) of the GUM interview, bio, court and academic documents; the check
 * folds (3–4) are read by their totals only. The rules are in detect/fold-rules-19.ts;
 * applyNameRules calls `applyFoldPatternRows19` right after the fold-18 rows. Example texts are
 * written for the rows, not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const OPENING_CONJUNCTION_ROW: RuleRow = {
  id: 'name.opening-conjunction',
  value: words('while though although yet whereas when whenever after before since because unless until if but'),
  reason:
    'A sentence that opens with a conjunction or a linking adverb right before a name ("While Poisson\'s report was late", "Yet Okafor said") gives the model two capitalised words in a row, and it may read both as the name. These words open clauses; no name starts with one of them. The word is dropped from a name of two words or more that opens the sentence with it, and the rest keeps its type.',
  examples: [
    {
      text: "The review took a year. While Poisson's report was late, the board accepted it.",
      expect: 'person:Poisson',
    },
    {
      text: 'The mayor spoke first. Yet Okafor said nothing about the plan.',
      expect: 'person:Okafor',
    },
  ],
};

export const NUMBERED_DIVISION_ROW: RuleRow = {
  id: 'name.numbered-division',
  value: words('Article Title Section Chapter Clause Amendment Paragraph Schedule Annex Protocol'),
  reason:
    'Laws, treaties and constitutions are cited by a numbered division: "Article III", "Title IX", "Section 230", "Chapter 11". The capital and the numeral look like a regnal name ("Henry VIII") or a place with a number, and the model reads a person or a place, but a division of a text is no person, place or organisation. A name that is just such a word and a numeral (Roman or Arabic, with a letter after it: "Section 8A") is dropped, unless the model reads an organisation with an Arabic number: a group may take its name from an article ("Article 19").',
  examples: [
    {
      text: 'Lawyers said the rule breaks Article III and Title IX, and cited Section 230.',
      expect: '',
    },
    {
      text: 'Henry VIII visited Calais.',
      expect: 'person:Henry VIII | place:Calais',
    },
  ],
};

export const CURRENCY_PREFIX_ROW: RuleRow<RegExp> = {
  id: 'place.currency-prefix',
  value: /^[A-Z]{1,3}$/,
  reason:
    'Agencies write a dollar of another country with the country\'s letters glued to the sign: "US$10 billion", "HK$3 million", "NZ$2". The letters name a currency there, not a place where something happens, and GUM marks no name in them. A name of one short all-capital word with "$" right after it, no space between, is dropped; "the US, $10" and "US dollars" keep the place. A longer name the letters end ("fined Mount Isa Mines A$2.4 million") loses them and keeps the rest.',
  examples: [
    {
      text: 'The regulator fined Fortescue Metals Group A$1.2 million on Friday.',
      expect: 'organization:Fortescue Metals Group',
    },
    {
      text: 'Damages were estimated at US$10 billion in the capital.',
      expect: '',
    },
    {
      text: 'Exports to the US rose by $10 billion.',
      expect: 'place:US',
    },
  ],
};

export const SAINT_OF_PERSON_ROW: RuleRow = {
  id: 'person.saint-named-alone',
  value: words('St. St Saint Ste. Ste'),
  reason:
    'A saint is a person named with a title ("St. Jerome", "Saint Jerome"), and GUM, like the title rows, keeps the title out of the span. The title is also the first word of many towns ("St. Louis", "Saint Paul"), so the model reads a place or an organisation. When the text names the same word alone as a person elsewhere ("Jerome was born at Stridon"), the title and one word after it are that person, without the title; a town whose word is no person of the text stays a place.',
  examples: [
    {
      text: 'Jerome was born at Stridon. Jerome learned Latin in Rome. He is commonly known as Saint Jerome.',
      expect: 'person:Jerome | place:Stridon | person:Jerome | place:Rome | person:Jerome',
    },
    {
      text: 'The team flew to St. Louis, where Louis Armstrong once played.',
      expect: 'place:St. Louis | person:Louis Armstrong',
    },
  ],
};

export const OBSERVANCE_MONTH_ROW: RuleRow = {
  id: 'name.observance-month',
  value: words('Month'),
  reason:
    'A month kept for a cause is written in capitals ("Black History Month", "National Magic Month", "Pride Month"), and the model reads its capitalised words as an organisation or a place. It is a time, not a person, place or organisation (GUM marks none). A name of two words or more ending in "Month" is dropped. ("Week" is left alone: newspapers take it as their name, "Kamloops This Week".)',
  examples: [
    {
      text: 'October is National Magic Month in the United States, the group said.',
      expect: 'place:United States',
    },
  ],
};

export const FOLD_PATTERN_ROWS_19: readonly RuleRow<unknown>[] = [
  OBSERVANCE_MONTH_ROW,
  SAINT_OF_PERSON_ROW,
  OPENING_CONJUNCTION_ROW,
  NUMBERED_DIVISION_ROW,
  CURRENCY_PREFIX_ROW,
];
