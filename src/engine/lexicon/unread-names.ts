/**
 * Rows for public bodies the model misses whole (the lead's reading of an invented Wikinews
 * politics brief at stop 52): "before the Constitutional Tribunal". Applied by detect/unread-names.ts.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const THE_MODIFIED_HEAD_ROW: RuleRow<{ heads: readonly string[]; maxModifiers: number }> = {
  id: 'organisation.the-modified-head-unread',
  value: {
    heads: words(`
      tribunal court commission council assembly senate parliament congress agency authority committee
      ministry inspectorate directorate ombudsman registry secretariat junta regulator laboratory
    `),
    maxModifiers: 2,
  },
  reason:
    'Reports name a country\'s courts and public bodies by a capitalised adjective and a head: "would challenge it before the Constitutional Tribunal", "the Electoral Tribunal ruled", "the Fiscal Council warned", "the Clean Energy Regulator will oversee", "supplied by the Jet Propulsion Laboratory". A pairing the model has not met is missed whole (no reading at all for "Constitutional Tribunal"). One or two capitalised words and one of these heads, capitalised, right after a lowercase "the" in running text (or "The" opening a sentence that is no headline) (not opening a line, no name holding any of them, no capitalised word after the head: a title-case headline or a longer name), with a lowercase word or punctuation after them, are an organisation. The modifiers are no name the map knows as a place and no given name ("the Lima Court" and "the Maria Council" are left to the model).',
  examples: [
    {
      text: 'His lawyer said he would challenge the vote before the Constitutional Tribunal on Monday.',
      expect: 'organization:Constitutional Tribunal',
    },
    // Must leave: a headline, a place modifier, a lowercase head.
    { text: 'The ruling went to the constitutional tribunal.', expect: '' },
  ],
};

export const GIVEN_NAME_BEFORE_READ_SURNAME_ROW: RuleRow<{ minSure: number }> = {
  id: 'person.given-name-before-read-surname',
  value: { minSure: 0.6 },
  reason:
    'A report names a person in full once, and the model, which meets neither word, may miss that full name ("Italy\'s Jannik Sinner defeated …": "Sinner" is a word of the language too) while it reads the surname alone as a person later ("Sinner, who is coached by …", at 0.70). Two capitalised words no name holds, in running text, the second written exactly as a one-word name the article reads as a person at 0.6 or more somewhere else, and the first no word of the language, common or written in lower case in the same text (unless a given name the lists know: "the threat of Cyclone Phailin … the cyclone" in an interview of the folds), no title, weekday, month or demonym, with no capitalised word after them, are that person in full.',
  examples: [
    {
      text: "Italy's Jannik Sinner defeated Carlos Alcaraz on Sunday. Sinner, who is coached by Darren Cahill, broke serve late.",
      expect: 'place:Italy | person:Jannik Sinner | person:Carlos Alcaraz | person:Sinner | person:Darren Cahill',
    },
  ],
};
