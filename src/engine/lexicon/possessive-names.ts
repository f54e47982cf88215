/**
 * Rows for names written with a possessive (the lead's reading at stop 50 of an invented science
 * report): an institution named after a possessor ("King's College London") and a disease named
 * after a person ("Alzheimer's disease"). Applied by detect/possessive-names.ts.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const POSSESSIVE_INSTITUTION_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.possessive-institution',
  value: { heads: words('college university hospital school academy institute infirmary') },
  reason:
    'Colleges, universities and hospitals are named after a possessor: "King\'s College London", "Queen\'s University Belfast". The model reads the words after the possessive alone, often as a person ("College London"). A capitalised word that is in no name, with "\'s", right before a name that holds one of these words, opens that name, an organisation. Not after another capitalised word (a longer name is left to the model), and not when the possessor is itself a name ("Harvard\'s Kennedy School": two names).',
  examples: [
    {
      text: "Tomasz Wrona, an epidemiologist at King's College London, was not involved in the study.",
      expect: "person:Tomasz Wrona | organization:King's College London",
    },
  ],
};

export const EPONYMOUS_DISEASE_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'none.eponymous-disease',
  value: { heads: words('disease syndrome palsy') },
  reason:
    'A disease named after the doctor who described it ("Alzheimer\'s disease", "Parkinson\'s disease", "Crohn\'s disease", "Down syndrome") names no person: the gold marks nothing there. A one-word person or organisation the model read right before one of these lowercase words, with or without "\'s", is no name. A place is left ("Lyme disease" is rare; "Africa\'s disease burden" is the continent).',
  examples: [
    { text: "About 7 million Americans are living with Alzheimer's disease.", expect: '' },
    { text: "The boy has Crohn's disease, his mother said.", expect: '' },
  ],
};

export const POSSESSIVE_NAME_ROWS: readonly RuleRow<unknown>[] = [POSSESSIVE_INSTITUTION_ROW, EPONYMOUS_DISEASE_ROW];
