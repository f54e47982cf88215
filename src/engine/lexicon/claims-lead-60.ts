/**
 * Claims rows of the lead's reading in stop 60 (issue #9): patterns met in invented news that hold
 * in any news. claims/claims.ts reads them; claims-lead-60.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

/** Row speaker.coordinated-verb.after-opening-adjunct (claims/claims.ts `pastOpeningAdjunct`). */
export const AFTER_OPENING_ADJUNCT: RuleRow<{ maxTokens: number }> = {
  id: 'speaker.coordinated-verb.after-opening-adjunct',
  value: { maxTokens: 10 },
  reason:
    'A coordinated cue shares the subject that opens the sentence. Past an opening adjunct ("In a statement,", "On Monday,") only a name, a pronoun or a time phrase ending in "later"/"ago" was looked for, so "In a statement, the company apologised and said …" and "In a statement, the trust\'s chief executive, Louise Barnett, apologised and said …" made no claim at all, though the same sentences without the adjunct did. Past the comma of an adjunct the sentence opens with (at most this many tokens), the subject is read as it would be at the sentence\'s start.',
  examples: [
    {
      text: 'In a statement, the trust\'s chief executive, Louise Barnett, apologised "unreservedly" and said maternity services had improved.',
      expect: 'Louise Barnett',
    },
    {
      text: "On Monday, the union's general secretary, Dara Quinn, met ministers and said the strike would go ahead.",
      expect: 'Dara Quinn',
    },
    { text: 'In a statement, the company apologised and said prices would fall.', expect: 'company' },
  ],
};

/** Row speaker.subject.body-role-run (claims/claims.ts `leadingSubject`). */
export const BODY_ROLE_RUN: RuleRow<{ moreWords: number }> = {
  id: 'speaker.subject.body-role-run',
  value: { moreWords: 2 },
  reason:
    'A body\'s name, a role and the person holding it open a sentence: "TTC chief executive Mandeep Lali thanked riders and said …". The subject read one role word after the body, so it ended at "TTC chief", which linked by description to the last person named (a union leader). A role of several words the lexicon knows as roles ("chief executive", "general secretary", "chief officer") runs to the person named after it.',
  examples: [
    {
      text: 'Marvin Alfred spoke first. TTC chief executive Mandeep Lali thanked riders and said full service would return.',
      expect: 'Mandeep Lali',
    },
    {
      text: "Jo Reyes led the talks. The union's leader spoke. Acme chief executive Anna Dorn thanked staff and said profits would rise.",
      expect: 'Anna Dorn',
    },
  ],
};

/** Row speaker.person-possessor-not-speaker.placed-noun (claims/speaker.ts `possessedHead`). */
export const POSSESSED_NOUN_PLACED: RuleRow<readonly string[]> = {
  id: 'speaker.person-possessor-not-speaker.placed-noun',
  // Prepositions that place or attach the owned noun; the noun before them is the head.
  value: ['at', 'from', 'for', 'in', 'with', 'of'],
  reason:
    'speaker.person-possessor-not-speaker passes over a person who owns the speaker ("Tom Price\'s lawyer said") only when the subject ends in a noun for a person. A phrase that places the owned noun ("Reed\'s lawyers at Kim & Chang said", "Reed\'s lawyers at the firm said", "the minister\'s aides in Paris said") ends in another word, so the claim went to the owner, Reed. The owned noun is the word before the first of these prepositions after the possessive.',
  examples: [
    {
      text: "James Reed was charged. Reed's lawyers at the firm said the ruling was fair.",
      expect: "Reed's lawyers at the firm",
    },
    // Must leave: a body that speaks for its owner.
    { text: "Grant Mercer's campaign in Ohio said two debates were enough.", expect: 'Grant Mercer' },
  ],
};

/** Row guard.swear-in (claims/cues.ts, in the cue loop beside guard.comment-on). */
export const SWEAR_IN: RuleRow<{ lemmas: readonly string[]; particle: string }> = {
  id: 'guard.swear-in',
  value: { lemmas: ['swear'], particle: 'in' },
  reason:
    '"swear" is a verb of promising (cue.verb.promise), but "swear in" puts someone into office: "Congress swore in the head of the legislature as interim leader" was a claim of Congress whose content was "in the head of the legislature". With "in" right after the verb and no "that" later in the clause, the verb is no cue; "She swore in an affidavit that she had never met him" keeps its claim.',
  examples: [
    { text: 'Congress swore in the head of the legislature, José Jerí, as interim leader.', expect: '' },
    { text: 'The chief justice swore in the new cabinet on Monday.', expect: '' },
    // Must keep: an oath with its content.
    { text: 'She swore in an affidavit that she had never met him.', expect: 'She' },
    { text: 'He swore that he was innocent.', expect: 'He' },
  ],
};

export const CLAIMS_LEAD_ROWS_60: readonly RuleRow<unknown>[] = [
  AFTER_OPENING_ADJUNCT,
  BODY_ROLE_RUN,
  POSSESSED_NOUN_PLACED,
];
