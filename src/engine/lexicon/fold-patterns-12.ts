/**
 * Rows for error classes of the held-out fold documents (3 Dec 2026, helper ents21b, issue #9): a
 * person's full name the model half-reads as a body or a place. Kept in their own file so they
 * merge cleanly with rows added in parallel; the rule that applies them is in
 * detect/fold-rules-12.ts, called by applyNameRules after the fold-11 rows and before the blind-11
 * and review rows.
 */
import type { RuleRow } from './rule-row';

export const GIVEN_NAME_WEAK_BODY_ROW: RuleRow<{ readonly below: number; readonly personAtLeast: number }> = {
  id: 'person.given-name-weak-body',
  value: { below: 0.55, personAtLeast: 0.2 },
  reason:
    'A name of two or three capitalised words whose first word is a known given name, or a hyphenated pair with one ("Robert Lyons Danly", "Pierre-Simon Laplace", "Jean-Michel Basquiat": "jean" is a word of the language, so one known half is enough; ents45c) is a person when the model only half-believes another reading: it reads an organisation or a place below 0.55, with a person as its next best reading at 0.2 or more (one such name in the held-out folds of each seed, both read a place: "the Robert Lyons Danly translation", "the investigations of Pierre-Simon Laplace"). Not a name with an organisation\'s, a building\'s or a place\'s tail word ("Austin Energy Group", "Jordan Valley"), not a known organisation or place ("Morgan Stanley"), not one whose first word is a place the map knows ("Georgia Power"), not a name ending in a plural common word ("Charlotte Hornets", left to the sports rows), and not a name another row decided.',
  examples: [
    {
      text: 'The book draws on the investigations of Pierre-Simon Laplace and his students.',
      expect: 'person:Pierre-Simon Laplace',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const FOLD_PATTERN_ROWS_12: readonly RuleRow<unknown>[] = [GIVEN_NAME_WEAK_BODY_ROW];
