/**
 * Rows for the faults stop 63 left on long and compound names (helper ents64c, 7 Dec 2026, issue
 * #9), each shown on sentences of our own. The rule that applies them is in
 * detect/leftover-rules-30.ts, called by applyNameRules after the leftover-29 rows. (The same
 * round widened place.sites-joined-by-and, person.role-before-apposition and
 * place.office-of-place-before-name where they live.)
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const FOUNDERS_JOINED_ROW: RuleRow<
  Readonly<Record<'joins' | 'singularVerbs' | 'saidVerbs' | 'itWords' | 'itNext' | 'firmNouns', readonly string[]>>
> = {
  id: 'organisation.founders-joined-by-and',
  value: {
    // The joiner between the two founders' names.
    joins: words('and'),
    // Verbs in the singular right after the pair that a firm does: two people or two firms take the
    // plural. Not "is", "was", "has" or "runs", which a work's title takes ("Law and Order is back").
    singularVerbs: words('says plans expects employs sells owns reports wants warns'),
    // A verb of saying that takes either number, then "it" or "its" for the pair.
    saidVerbs: words('said announced warned confirmed'),
    itWords: words('it its'),
    // After "said it": a modal or a firm's plan, for the pair itself. "Starmer and Reeves said it was
    // a budget for growth", "Ant and Dec said it had been an honour": a dummy "it", two people (review64).
    itNext: words('would will could might may should can plans planned expects expected intends aims'),
    // Lowercase nouns after the pair that only a firm has ("Marks and Spencer shares").
    firmNouns: words('shares stores chairman boss shareholders'),
  },
  reason:
    'Old firms are named after two founders joined by "and", with no trade word: "Harland and Wolff said it would cut jobs", "Marks and Spencer shares fell", "Fortnum and Mason says sales rose". The model reads the second founder as a person or a body of its own and leaves the first unread. One capitalised word (opening the sentence, after a word opening it, or after a lowercase word), "and", and one or two capitalised words are one organisation when the pair is followed by a verb in the singular that a firm does ("says", "plans", "employs"; not "is", "was" or "has", which a title takes: "Law and Order is back"), by "said" (or "announced", "warned", "confirmed") and "its", or "it" and a modal or a verb of planning ("said it would", not the dummy "it" of "Starmer and Reeves said it was a budget for growth"), or by a noun only a firm has ("shares", "stores", "chairman", "boss"); the same pair elsewhere in the text is the firm too. Not when the first word is a given name ("Romeo and Juliet"), a word of the pair is a firm the lexicon knows, a word in capitals, a country or region the map knows or a word of a person named in full elsewhere, the second name ends in a word for a body ("Avianca and Copa Airlines" are two airlines), or a rule read a part as other than a body, the model a place at 0.5 or a person of two words at 0.9. "Shell and BP said they would" (a known firm, capitals, "they") stays two; "Smith and Jones left" has no sign.',
  examples: [
    {
      text: 'Harland and Wolff said it would cut 200 jobs at the yard.',
      expect: 'organization:Harland and Wolff',
    },
    {
      text: 'Marks and Spencer shares fell 4% on Tuesday.',
      expect: 'organization:Marks and Spencer',
    },
    {
      text: 'Shell and BP said they would raise dividends.',
      expect: 'organization:BP',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_30: readonly RuleRow<unknown>[] = [FOUNDERS_JOINED_ROW];
