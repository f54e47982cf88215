/**
 * Rows for a second claim in a sentence that already has one (claims/claims.ts `secondClaim`):
 * GUM, like the graders' news sets annotated after it, marks each attributed content of a
 * sentence as its own claim ("X said A, and added that B" is two), where a sentence-level news
 * gold has one. A second claim never lowers a sentence-level score (it overlaps the same gold
 * sentence), so these rows are judged on the claims folds (`npm run -s eval:claims-folds`).
 *
 * The examples run in second-claims.test.ts: `expect` is the second claim's content
 * ("" = no second claim).
 */
import { FINITE_AUXILIARIES } from './verb-forms';
import type { RuleRow } from './rule-row';

/**
 * Row claim.second-cue.coordinated: a reporting verb after "and"/"but" that follows the first
 * claim's own clause is a second claim by the same source.
 */
export const COORDINATED_SECOND_CUE: RuleRow<{
  /** Conjunctions that coordinate the second verb with the first. */
  conjunctions: readonly string[];
  /** Adverbs that may stand between the conjunction and the verb ("and also said"). */
  between: readonly string[];
  /** Words that show the first content is a clause of its own, not a plain object. */
  finite: readonly string[];
}> = {
  id: 'claim.second-cue.coordinated',
  value: {
    conjunctions: ['and', 'but'],
    between: ['also', 'later', 'then', 'further', 'again', 'still', 'even', 'actually'],
    finite: [...FINITE_AUXILIARIES, 'did', 'does', 'do', "'s", "'re", "'ll", "'d", '’s', '’re', '’ll', '’d'],
  },
  reason:
    'A source that reports twice in one sentence ("X said A, and added that B", "X said A but warned that B", "they know what A is and know what B has done") says two things: each content is attributed, so each is a claim, with the first source. Only when the first verb reports a clause of its own (a finite verb before the conjunction): "acknowledged the risk but insisted …" has one content, the second.',
  examples: [
    {
      text: 'Lina Novak said the plan would fail, and added that nobody had asked her.',
      expect: 'nobody had asked her',
    },
    {
      text: 'Omar Haddad said the talks were over but warned that the strike could resume.',
      expect: 'the strike could resume',
    },
    {
      text: 'The inspectors said the fault was serious and later said the company had done nothing about it.',
      expect: 'the company had done nothing about it',
    },
    // Must not fire: the first verb has a plain object, so the sentence has one content.
    { text: 'Joe Ryan acknowledged the risk but insisted the strike would go ahead.', expect: '' },
    { text: 'Lina Novak criticised the plan and said it would fail.', expect: '' },
    // Must not fire: "and" joins two things said, not two verbs.
    { text: 'Lina Novak said the plan would fail and the vote would be close.', expect: '' },
  ],
};

/**
 * Row claim.second-cue.participle: "X said A, adding that B" — a participle of saying after a
 * comma, once the first verb has reported a clause, is a second claim by the same source.
 */
export const PARTICIPLE_SECOND_CUE: RuleRow = {
  id: 'claim.second-cue.participle',
  value: [
    'adding',
    'saying',
    'noting',
    'warning',
    'insisting',
    'arguing',
    'stressing',
    'explaining',
    'claiming',
    'stating',
    'suggesting',
    'predicting',
    'acknowledging',
    'conceding',
    'cautioning',
  ],
  reason:
    'A participle of saying after the first claim ("X said the talks had failed, adding that a strike was likely") reports a second content with the main clause\'s subject as its source; GUM marks it as a claim of its own. Only when it reports a clause (a finite verb after it), and only after a first verb that reported a clause: in "X criticised the plan, saying it would fail" the participle carries the only content.',
  examples: [
    { text: 'Lina Novak said the plan would fail, adding that nobody had asked her.', expect: 'nobody had asked her' },
    {
      text: 'The ministry said prices had risen by 4 percent, warning that fuel costs could climb further.',
      expect: 'fuel costs could climb further',
    },
    // Must not fire: the first verb has a plain object; the participle's clause is the only content.
    { text: 'Lina Novak criticised the plan, saying it would fail.', expect: '' },
    // Must not fire: a participle that is no verb of saying, or one with a plain object.
    { text: 'Lina Novak said the plan would fail, leaving the room early.', expect: '' },
    { text: 'Lina Novak said the plan would fail, stating her reasons at length.', expect: '' },
  ],
};

/**
 * Row claim.second-cue.after-and: "X said A and Y said B", "X said A, and she added that B" — a
 * source of its own after "and" makes a second claim like one after "but" (claim.second-cue).
 */
export const AND_SECOND_SOURCE: RuleRow<null> = {
  id: 'claim.second-cue.after-and',
  value: null,
  reason:
    'Two clauses joined by "and", each with its source and verb of saying, are two attributions; the first claim was cut at "and" only so that a coordinated subject ("X and Y said") would not split, which the source-before-the-verb rule already keeps whole.',
  examples: [
    { text: 'Lina Novak said the plan would fail and Omar Haddad said it would pass.', expect: 'it would pass' },
    {
      text: 'Lina Novak said the plan would fail, and she added that nobody had asked her.',
      expect: 'nobody had asked her',
    },
    // Must not fire: a coordinated subject is one source.
    { text: 'Lina Novak and Omar Haddad said the plan would fail.', expect: '' },
  ],
};

/**
 * Row claim.second-cue.after-according: "According to X, A; X also said B" — a cue with its own
 * source after an "according to" claim is a second claim, as after a verb.
 */
export const ACCORDING_SECOND_CUE: RuleRow<null> = {
  id: 'claim.second-cue.after-according',
  value: null,
  reason:
    'An "according to" attribution reports its own content; a later clause with a source and a verb of saying reports another, which GUM marks apart ("According to the police, the road was closed, but residents said it was open").',
  examples: [
    {
      text: 'According to Omar Haddad, the plan is sound; Haddad also said the vote would be close.',
      expect: 'the vote would be close',
    },
    {
      text: 'According to Omar Haddad, the plan is sound, but Lina Novak said it would fail.',
      expect: 'it would fail',
    },
    // Must not fire: one content only.
    { text: 'According to Omar Haddad, the plan is sound and the vote will be close.', expect: '' },
  ],
};
