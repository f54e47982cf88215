/**
 * Rows of the lead's reading in stop 58 (issue #9): patterns of English met in invented news wires
 * that hold in any news. Kept in a file of its own so a merge with the claims helpers is a union.
 * claims-lead-58.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/** Row speaker.person-possessor-not-speaker (claims/speaker.ts, the named mentions of the subject). */
export const PERSON_POSSESSOR_NOT_SPEAKER: RuleRow<boolean> = {
  id: 'speaker.person-possessor-not-speaker',
  value: true,
  reason:
    'A person named with a possessive before a noun is whom the speaker serves or belongs to, not the speaker: "Tom Price\'s lawyer said", "said Rhodri Morgan\'s former adviser", "the senator\'s spokeswoman". The subject\'s named person won and the claim went to Tom Price. A person mention followed by a possessive mark and a lowercase word inside the subject is passed over; with no other person in it, the speaker is the phrase as written.',
  examples: [
    { text: "Tom Price's lawyer said the case against him was weak.", expect: "Tom Price's lawyer" },
    {
      text: 'Ann Reyes spoke first. "We will appeal," said Ann Reyes\'s former adviser.',
      expect: "Ann Reyes's former adviser",
    },
    // Must leave: a person named after another's possessive is the person.
    { text: "Tom Price's lawyer, Jane Okafor, said the case was weak.", expect: 'Jane Okafor' },
  ],
};
