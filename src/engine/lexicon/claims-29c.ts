/**
 * Rows of claims29c (issue #9, claims precision): a modal of possibility before a cue verb.
 * Kept in a file of their own so a merge with the other claims helpers is a union.
 * claims-29c.test.ts runs the examples through the whole engine (`expect` is the cue of one of the
 * text's claims, "" = no claim at all).
 */
import type { RuleRow } from './rule-row';

/**
 * Row guard.possibility-modal: "The government could declare the strike illegal", "The company may
 * announce job cuts", "The results could prove that the drug works" — a cue verb right after "may",
 * "might" or an affirmative "could" is something that may happen, not a statement anyone made.
 */
export const POSSIBILITY_MODAL: RuleRow<{
  /** Modals of possibility ("may" only in lower case: "Theresa May said" is a name). */
  modals: readonly string[];
  /** Modals whose negation is still a possibility ("may not announce"); "could not say" is a report. */
  negatableModals: readonly string[];
  /** Negations allowed between a negatable modal and the cue. */
  negations: readonly string[];
  /** Adverbs that may stand between the modal and the cue ("could soon declare", "may well argue"). */
  between: readonly string[];
  /**
   * Cue lemmas of a public act of stating or ruling, the ones the modal turns into a possibility.
   * Not "say", "tell", "think", "know", "find", "see", "recognize": GUM marks "you might say: …",
   * "I could tell that …", "you may think …", "you might find that …" and "the Chief Justice may
   * recognize that …" as claims.
   */
  lemmas: readonly string[];
}> = {
  id: 'guard.possibility-modal',
  value: {
    modals: ['may', 'might', 'could'],
    negatableModals: ['may', 'might'],
    negations: ['not', 'never'],
    between: ['also', 'well', 'even', 'soon', 'eventually', 'ultimately', 'yet', 'still', 'then', 'easily', 'later'],
    lemmas: [
      'announce',
      'declare',
      'proclaim',
      'prove',
      'suggest',
      'argue',
      'claim',
      'conclude',
      'rule',
      'confirm',
      'reveal',
      'disclose',
      'deny',
      'insist',
      'allege',
      'assert',
      'contend',
      'warn',
      'predict',
      'recommend',
      'propose',
      'urge',
      'demand',
      'pledge',
      'promise',
      'vow',
      'threaten',
    ],
  },
  reason:
    'A cue verb reports a statement when someone made it ("declared", "announced", "said", "will say" in a report of what was announced). Under "may", "might" or "could" it names a possibility: "The government could declare the strike illegal", "The company may announce job cuts next week", "The results could prove that the drug works", "Critics might argue that the plan is too costly" — no one has declared, announced, proved or argued anything, and inside a warning ("The union warned that the government could declare the strike illegal") it is part of what was warned, not a second claim. Only verbs of a public act of stating or ruling: with "say", "tell", "think", "know", "find", "see" or "recognize" GUM marks the possibility too ("you might say: “Hey, cool name”", "I could tell that it had been taken", "you may think …", "you might find that …", "the Chief Justice may recognize that …"), and a first version with every cue verb lost eight study-fold claims (F1 0.635 → 0.630), one with "find" one claim. With this list the study folds, held-out folds and news batches do not change: the row is for the news sentences it was written from. Left alone: "could not say when" and "could only say that" (an inability or a restriction someone reported, as "would say only that" and "will say that" are reports in our news gold), "may have told" (a hedged report of a past statement), "would" and "will" (a report or a habit), and verbs of knowing and perceiving ("We could see that the median is 2", row cue.can-see-that).',
  examples: [
    { text: 'The union warned that the government could declare the strike illegal.', expect: 'warned' },
    { text: 'The government could declare the strike illegal as soon as Monday.', expect: '' },
    { text: 'The company may announce job cuts next week.', expect: '' },
    { text: 'The ministry might announce new rules before the summer.', expect: '' },
    { text: 'The results could prove that the drug works.', expect: '' },
    { text: 'Critics might argue that the plan is too expensive.', expect: '' },
    { text: 'The regulator may soon conclude that the merger harms consumers.', expect: '' },
    { text: 'Some officials might be tempted to suggest that the vote was rigged.', expect: '' },
    { text: 'Ministers may not announce the decision until after the election.', expect: '' },
    // Must leave: a reported inability or restriction, "would"/"will", a hedged past report, a name.
    { text: 'The minister could not say when the bridge would reopen.', expect: 'say' },
    { text: 'The spokesman would say only that talks were continuing.', expect: 'say' },
    { text: 'The police could not confirm that the driver had been drinking.', expect: 'confirm' },
    { text: 'The company would not say how many jobs would go.', expect: 'say' },
    { text: 'The mayor will announce that the budget is balanced.', expect: 'announce' },
    { text: 'He may have told investigators that he was at home.', expect: 'told' },
    { text: 'Prime Minister Theresa May said the deal was the best available.', expect: 'said' },
    { text: 'We could see that the median is 2.', expect: 'see that' },
    { text: 'Some readers might think the ending is too neat.', expect: 'think' },
    { text: 'You might find that a short walk clears your head.', expect: 'find' },
    { text: 'Analysts said the company may announce job cuts next week.', expect: 'said' },
  ],
};
