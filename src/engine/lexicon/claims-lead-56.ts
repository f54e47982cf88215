/**
 * Rows of the lead's reading in stop 56 (issue #9): patterns of English met in invented news wires
 * that hold in any news. Kept in a file of its own so a merge with the claims helpers is a union.
 * claims-lead-56.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/** Row guard.relative-aside.object-gap (claims/cues.ts, findCue). */
export const OBJECT_RELATIVE_ASIDE: RuleRow<{ relatives: readonly string[]; maxAdjunct: number }> = {
  id: 'guard.relative-aside.object-gap',
  /** Relative words whose aside may have its own subject; words of the adjunct after the verb. */
  value: { relatives: ['which', 'whom'], maxAdjunct: 6 },
  reason:
    'In ", which researchers at ETH Zurich described in a paper last month," the relative word is what the verb reports: its object stands before it, so nothing after the verb is said. "The method, which researchers … described in a paper last month, lets advertisers follow readers" was a claim whose content was the main clause and whose speaker was "The method". A verb of saying in an aside opened by ", which" or ", whom" with words of its own subject between, followed only by a short adjunct (opening with a preposition or a time word, with no pronoun or auxiliary of a clause) and the comma that closes the aside before the main verb, is no cue. A subject aside ("X, which said in May the plan would fail, …") keeps its cue, as does an aside whose verb takes a clause.',
  examples: [
    {
      text: 'The method, which researchers at a university described in a paper last month, lets advertisers follow readers.',
      expect: '',
    },
    { text: 'The memo, which the mayor praised on Friday, sets out new rules for parking.', expect: '' },
    // Must leave: a subject aside that reports, and a clause after the verb.
    {
      text: 'The union, which said on Monday the strike would go on, met again on Friday.',
      expect: 'said',
    },
    { text: 'Ann Cole said the plan, which she called reckless, would fail.', expect: 'said' },
  ],
};

/** Row speaker.subject.possessive-form-name (claims/speaker.ts, npLeftOf). */
export const POSSESSIVE_FORM_NAME: RuleRow<boolean> = {
  id: 'speaker.subject.possessive-form-name',
  value: true,
  reason:
    'Some firms are named in the possessive ("Moody\'s", "McDonald\'s", "Sainsbury\'s"), and the name rows read the whole form as the organisation. The subject search stopped at the possessive mark as if it owned a noun after it, so "Moody\'s said it was reviewing the rating" and \'"…," Moody\'s said\' had no speaker and no claim at all. When the token right before the verb is a possessive mark that ends a name the rows read whole, the name is the subject.',
  examples: [
    { text: "Shares fell. Moody's said it was reviewing the company's rating.", expect: "Moody's" },
    { text: '"The outlook is negative," Moody\'s said.', expect: "Moody's" },
    // Must leave: a possessive that owns the noun before the verb.
    {
      text: "Shares fell. The company's chief executive said the plan would work.",
      expect: "The company's chief executive",
    },
  ],
};
