/**
 * Rows of the lead's reading in stop 54 (issue #9): patterns of English met in invented news wires
 * that hold in any news. Kept in a file of its own so a merge with the claims helpers is a union.
 * claims-lead-54.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/** Row speaker.subject.after-coordinated-clause (claims/coordinated-clause.ts, used by npLeftOf). */
export const AFTER_COORDINATED_CLAUSE: RuleRow<{
  coordinators: readonly string[];
  openers: readonly string[];
}> = {
  id: 'speaker.subject.after-coordinated-clause',
  value: {
    coordinators: ['and', 'but'],
    // What opens the second clause's subject: a determiner or a possessive ("and the city's
    // attorney, Robert Taylor, said"), or a capitalised word ("and Ann Lee said").
    openers: ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your'],
  },
  reason:
    'News joins a fact and a statement in one sentence: "Sales fell in March, and the chief executive, Ann Lee, said demand would recover"; "Similar bans were struck down in 2023, and the city\'s attorney, Robert Taylor, said …". The subject search walked back over the comma to the sentence\'s first clause and gave "Sales fell" or "Similar bans in Berkeley". After the last ", and" or ", but" before the cue that is followed by a subject (a determiner, a possessive or a capital), when the clause before it has a finite verb (an auxiliary, a past) outside a relative aside ("The mayor, who was elected in 2020, and her deputy said" is one subject), the speaker is sought in the second clause only. Not "…," Lee said, and added that …": no subject between the coordinator and the cue keeps the first clause\'s.',
  examples: [
    {
      text: 'Sales fell in March, and the chief executive, Ann Lee, said demand would recover.',
      expect: 'Ann Lee',
    },
    {
      text: "Similar bans in Berkeley, California, were struck down in 2023, and the city's attorney, Robert Taylor, said the new rule was safe.",
      expect: 'Robert Taylor',
    },
    // Must leave: no subject after the coordinator.
    { text: 'Ann Lee, the mayor, spoke first, and said the plan would go ahead.', expect: 'Ann Lee' },
  ],
};
