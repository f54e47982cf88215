/**
 * Rows of claims29 (issue #9): recall on the claims folds, from the study folds' misses sorted by
 * scripts/claims/misses-by-cause.ts and from news sentences of our own written to the same
 * constructions. Kept in a file of their own so a merge with the other claims helpers is a union.
 * claims-29.test.ts runs the examples through the whole engine (`expect` is the cue of one of the
 * text's claims, "" = no claim at all).
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.progressive.clause: "The government is now saying that the strike is illegal", "I'm not
 * saying that the property loses protections", "Critics have been arguing that the tax is unfair"
 * — the progressive of any cue verb, when a clause follows it (claims/cues.ts `progressiveClause`;
 * the subject is found past "be" by claims/speaker.ts).
 */
export const PROGRESSIVE_CLAUSE: RuleRow<{
  /** Forms of "be" (and the contracted ones) that make an -ing form a progressive. */
  be: readonly string[];
  /** Words that may stand between "be" and the -ing form ("are now saying", "is not suggesting"). */
  between: readonly string[];
}> = {
  id: 'cue.progressive.clause',
  value: {
    be: ['is', 'are', 'was', 'were', 'am', 'been', 'be', "'s", '’s', "'m", '’m', "'re", '’re'],
    between: [
      'not',
      "n't",
      '’t',
      'now',
      'still',
      'also',
      'just',
      'really',
      'actually',
      'already',
      'only',
      'always',
      'even',
      'again',
      'all',
      'increasingly',
      'openly',
      'privately',
      'publicly',
    ],
  },
  reason:
    'cue.progressive lets only verbs of demanding, warning and alleging count in the progressive, since "is saying" and "was telling" are as often talk that reports nothing in fiction and conversation ("He was telling me about his trip", "She was saying goodbye"). With a clause after it the progressive reports a content like the simple tense: "The government is now saying that the strike is illegal", "Doctors are saying the virus spreads faster", and in the study folds\' court and letter texts "I\'m not saying that the property loses protections", "I\'m conceding that there may be a violation", "I\'ve been thinking that $20 per month would be fine" (GUM marks all three; they made no claim). So any cue verb counts after a form of "be" — with at most two adverbs or a negation between — when "that" and a clause, or a bare clause, follow.',
  examples: [
    { text: 'The government is now saying that the strike is illegal.', expect: 'saying' },
    { text: 'Doctors are saying the virus is spreading faster than expected.', expect: 'saying' },
    { text: 'Critics have been arguing that the new tax is unfair.', expect: 'arguing' },
    { text: "So I'm not saying that the property loses its protections.", expect: 'saying' },
    { text: 'The minister is not suggesting that the talks have failed.', expect: 'suggesting' },
    // Must not fire: talk with no clause after it, and an -ing form that is no progressive.
    { text: 'He was telling me about his trip to the coast.', expect: '' },
    { text: 'She was saying goodbye to her neighbours at the gate.', expect: '' },
    { text: 'The company is saying nothing about the sale.', expect: '' },
    { text: 'The thinking behind the plan is that rents will fall.', expect: '' },
    // Nor a finite verb after a relative or a conjunction (the study folds' podcast and vlog).
    { text: "You're not stressing the parts of the brain that need the work.", expect: '' },
    { text: "Today I've been feeling a little tired so I've stayed home.", expect: '' },
  ],
};
