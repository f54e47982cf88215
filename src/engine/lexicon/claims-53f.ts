/**
 * Rows of claims63f (issue #9: claims in writing we did not invent). The faults the stop-62 review
 * left (README "The lead's reading (stop 62)", its "Left from the review") and the claims folds'
 * largest news-general causes, each probed on news sentences of our own. Kept in a file of its own
 * so a merge with the other claims helper (claims63 writes claims-53.ts) is a union; every id here
 * holds a word of its own ("folds"). claims-53f.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row claim.sentence.words.plural-opens-folds (claims/quotes.ts, widens claim.sentence.words): "He
 * flew back to the U.S. Officials said …" and "… Malcolm X. Critics said …" — a capitalised plural
 * common noun after initials, with a lowercase word after it, opens a sentence.
 */
export const PLURAL_OPENS: RuleRow<{ nameParts: readonly string[] }> = {
  id: 'claim.sentence.words.plural-opens-folds',
  value: {
    // Plurals that do go on into a name after a country's initials ("the U.S. Marines said", "the
    // U.S. Armed Forces", "the U.N. Games"): these continue the sentence as before.
    nameParts: [
      'marines',
      'forces',
      'states',
      'nations',
      'airlines',
      'airways',
      'rangers',
      'marshals',
      'services',
      'industries',
      'affairs',
      'studies',
      'games',
      'olympics',
      'championships',
      'masters',
      'securities',
      'commissioners',
    ],
  },
  reason:
    'For claims, initials ("the U.S.", "the U.K.") before a capitalised word continue the sentence into a name ("the U.S. Food and Drug Administration said"), and a single capital with its stop ("Malcolm X.", "George W.") is read as an initial by the segmenter. So "He flew back to the U.S. Officials said the talks had failed" and "The speech was given by Malcolm X. Critics said it was divisive" were one sentence each, and their claims were lost (the stop-62 review). A capitalised plural common noun (in -s, not a name part such as "Marines" or "Forces") followed by a lowercase word opens a sentence after such initials, as do the sentence openers ("the", "he", "they", …) after a one-letter initial; "George W. Bush said" and "Michael J. Fox said" go on.',
  examples: [
    { text: 'He flew back to the U.S. Officials said the talks had failed.', expect: 'the talks had failed' },
    { text: 'The speech was given by Malcolm X. Critics said it was divisive.', expect: 'it was divisive' },
    { text: 'The film starred Michael J. They said it was his best role.', expect: 'it was his best role' },
    // Must leave: a name goes on after the initials.
    {
      text: 'Two ships were seized near the coast, the U.S. Marines said on Friday.',
      expect: 'Two ships were seized near the coast',
    },
    { text: 'Michael J. Fox said the cure was close.', expect: 'the cure was close' },
  ],
};
