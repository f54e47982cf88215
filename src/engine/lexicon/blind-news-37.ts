/**
 * Rows from the blind entity batches 110 and 111 (7 Dec 2026, helper ents58a; the batches are in
 * detect/news-entities-110.cases.ts). Batch 112 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-37.ts, called by applyNameRules
 * after the rows of batches 107 and 108. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const BRACKET_INITIALS_RUN_ROW: RuleRow<{ maxWords: number }> = {
  id: 'organisation.bracket-initials-run',
  value: { maxWords: 5 },
  reason:
    'Parties, fronts and councils from languages the model has not seen are defined by their initials in brackets: "the Samagi Jana Balawegaya (SJB)", "the Ilankai Tamil Arasu Kachchi (ITAK)", "the Sri Lanka Podujana Peramuna (SLPP)". The model reads part of such a name as a person ("Jana Balawegaya") or nothing at all, and a country inside it ("Sri Lanka") pulls the rest apart; acronym.person-initials and organisation.acronym-definition need the model to have read the name whole. Two to five capitalised words on the line right before capitals (three or more) in brackets that are exactly their initials, in order (a hyphenated word gives one per part), are one organisation when none of them is a common English word (a defined term, "System Under Test (SUT)", or an English body, is left to other rows), no organisation is read within them, no name crosses their edges, no place covers them all, they do not open with a known given name ("Andrés Manuel López Obrador (AMLO)"; unless a place the map knows opens them: "Sri Lanka …") and the model is not sure (0.95) of a person there.',
  examples: [
    {
      text: 'The Samagi Jana Balawegaya (SJB), the main opposition party, came second.',
      expect: 'organization:Samagi Jana Balawegaya | organization:SJB',
    },
    {
      text: 'In the north, the Ilankai Tamil Arasu Kachchi (ITAK) won 21 of 38 seats.',
      expect: 'organization:Ilankai Tamil Arasu Kachchi | organization:ITAK',
    },
  ],
};

export const OF_PLACE_WHOLE_ROW: RuleRow<{ extraWords: number }> = {
  id: 'organisation.of-place-whole',
  value: { extraWords: 2 },
  reason:
    'A body named "of" a country or region of two or three words ("the Election Commission of Sri Lanka", "the Supreme Court of Papua New Guinea", "the Central Bank of Costa Rica") is sometimes cut by the model inside the place\'s name: "Election Commission of Sri" a body and "Lanka" a person or a place. When an organisation ends with "of" and capitalised words, and those words with the next one or two capitalised words on the line make a place the map knows (and without them do not), the organisation runs to the end of the place, over the names the model alone read there without being sure (0.9) of them.',
  examples: [
    {
      text: 'The Election Commission of Sri Lanka said turnout was 68 percent.',
      expect: 'organization:Election Commission of Sri Lanka',
    },
  ],
};

export const PORTFOLIO_AND_TAIL_ROW: RuleRow<{ titles: readonly string[] }> = {
  id: 'person.portfolio-and-tail',
  value: {
    // Titles that take a portfolio with "of" before the name: "Minister of Water and Irrigation Raed …".
    titles: words('Minister Secretary Commissioner Director Ministers Secretaries'),
  },
  reason:
    'A minister is named after a portfolio of two fields joined by "and": "Minister of Water and Irrigation Raed Haddadin", "Minister of Trade and Industry Piyush Rao", "Secretary of Health and Human Services Ana Ruiz". The model starts the person at the last word of the portfolio ("Irrigation Raed Haddadin"), as the capital runs on into the name. A person the model alone read, of three words or more, whose first word stands right after "and" (or one capitalised word after it), with capitalised words, "of" and one of these titles before the "and", loses that first word; not when the first word is a known given name.',
  examples: [
    {
      text: 'Minister of Water and Irrigation Raed Abu Haddadin said the wells were falling.',
      expect: 'person:Raed Abu Haddadin',
    },
  ],
};

export const BLIND_NEWS_ROWS_37: readonly RuleRow<unknown>[] = [
  BRACKET_INITIALS_RUN_ROW,
  OF_PLACE_WHOLE_ROW,
  PORTFOLIO_AND_TAIL_ROW,
];
