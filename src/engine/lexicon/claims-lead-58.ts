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
    'A person named with a possessive before a noun is whom the speaker serves or belongs to, not the speaker: "Tom Price\'s lawyer said", "said Rhodri Morgan\'s former adviser", "the senator\'s spokeswoman". The subject\'s named person won and the claim went to Tom Price. A person mention followed by a possessive mark and a lowercase word inside a subject that ends in a noun for a person (lawyer, adviser, spokeswoman, son) is passed over; with no other person in it, the speaker is the phrase as written. A body that stands for its owner ("Grant Mercer\'s campaign said", "the senator\'s office") keeps its owner, as before.',
  examples: [
    { text: "Tom Price's lawyer said the case against him was weak.", expect: "Tom Price's lawyer" },
    {
      text: 'Ann Reyes spoke first. "We will appeal," said Ann Reyes\'s former adviser.',
      expect: "Ann Reyes's former adviser",
    },
    { text: "Donald Trump's lawyers said the verdict would be appealed.", expect: "Donald Trump's lawyers" },
    // Must leave: a person named after another's possessive is the person; a campaign speaks for its owner.
    { text: "Grant Mercer's campaign said two debates were enough.", expect: 'Grant Mercer' },
    { text: "Tom Price's lawyer, Jane Okafor, said the case was weak.", expect: 'Jane Okafor' },
  ],
};

/** Row speaker.object-relative-subject (claims/relative-speaker.ts, objectRelativeSubject). */
export const OBJECT_RELATIVE_SUBJECT: RuleRow<{ relatives: readonly string[]; after: readonly string[] }> = {
  id: 'speaker.object-relative-subject',
  value: {
    relatives: ['that', 'which'],
    // Words that open the said clause when its subject is the relative's noun ("… said would weaken").
    after: [
      'would',
      'could',
      'will',
      'can',
      'may',
      'might',
      'must',
      'should',
      'was',
      'were',
      'is',
      'are',
      'had',
      'has',
    ],
  },
  reason:
    'News hangs a source inside a relative clause: "The firm signed a deal that analysts said would weaken its rival", "a cut that economists said was overdue". The clause\'s own subject ("analysts") is the speaker and the noun before "that" is what the said clause is about, so the clause after the cue opens with a modal or a finite "be"/"have" and no subject of its own. The subject finder took the words from the sentence\'s start, and the relative-clause row grew them to "The firm signed a deal that analysts". After "that" or "which", one to four words before the cue — a noun of people at their end ("analysts", "some critics"), or a name or pronoun alone — followed after the cue by such a verb, are the speaker.',
  examples: [
    { text: 'The firm made a move that critics said could backfire.', expect: 'critics' },
    { text: 'Kazakhstan signed a deal that some analysts said would weaken Moscow.', expect: 'some analysts' },
    { text: 'The bank made a cut which Ann Reyes said was long overdue.', expect: 'Ann Reyes' },
    // Must leave: a relative clause with a verb of its own.
    {
      text: 'Residents who lost their homes said the aid would come too late.',
      expect: 'Residents who lost their homes',
    },
  ],
};

/** Row speaker.people-of-place.bodies (claims/speaker.ts, peopleOfPlace). */
export const BODIES_OF_PLACE: RuleRow<readonly string[]> = {
  id: 'speaker.people-of-place.bodies',
  value: [
    'groups',
    'agencies',
    'unions',
    'charities',
    'companies',
    'firms',
    'businesses',
    'organisations',
    'organizations',
    'associations',
    'parties',
    'police',
    'authorities',
  ],
  reason:
    'Bodies of a kind are placed like people: "Environmental groups in Almaty said …", "Aid agencies in Gaza warned …", "Unions in France said …", "Police in Ambala said …", "Authorities in Kherson said …". speaker.people-of-place read only nouns for people before the preposition, so the claim went to the place ("Almaty"). A plural noun for a kind of body before "in", "of" or "from" and a place is the bodies, as written.',
  examples: [
    {
      text: 'Environmental groups in Almaty said they feared for the river.',
      expect: 'Environmental groups in Almaty',
    },
    { text: 'Aid agencies in Gaza said the crossings were shut.', expect: 'Aid agencies in Gaza' },
    { text: 'Police in Ambala said traffic had been diverted.', expect: 'Police in Ambala' },
  ],
};
