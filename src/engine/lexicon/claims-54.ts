/**
 * Rows of claims64 (issue #9): the faults shown by claims batches 146 and 147 (an inquest, an
 * earnings call, a weather warning, a state visit, a celebrity's privacy case, a fact-check). Each
 * row is a pattern of English that holds in any news. Kept in a file of its own so a merge with the
 * other claims helpers is a union; every id holds a word of its own ("ruling-tag").
 * claims-54.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.verb.knowledge.ruling-tag (claims/cues.ts `rulingTag`, the closing-tag shape of
 * cue.verb.write.closing-tag): "…, a coroner has ruled.", "…, the High Court ruled on Friday." — a
 * ruling named in a tag after what was ruled.
 */
export const RULING_TAG: RuleRow<{ lemmas: readonly string[]; forms: readonly string[] }> = {
  id: 'cue.verb.knowledge.ruling-tag',
  value: { lemmas: ['rule'], forms: ['ruled'] },
  reason:
    'Row cue.verb.knowledge takes "ruled" only before a "that" clause, since "rules" is mostly the noun and "ruled out" an act. Court and inquest reports put the ruling in a closing tag instead: "A junior doctor … died as a result of a road traffic collision …, a coroner has ruled." and "The singer Jade Corrigan has won her privacy claim …, the High Court ruled on Friday." (batches 146 and 147) made no claim, while the same tag with "said" does. After a comma, a short source (the tag shape of rows cue.final-tag and cue.verb.write.closing-tag, with "has", "have" or "had" allowed before the verb) and "ruled" ending the sentence, or followed only by a short adjunct ("on Friday", "in a written judgment"), report the clause before the comma. "ruled England for a century", "…, the referee ruled it out" and a relative "which the Normans ruled," are left: an object, a particle, a comma after the verb. ("…, the inquiry concluded." makes no claim either, for another reason, not traced.)',
  examples: [
    {
      text: 'The doctor died as a result of a road traffic collision, a coroner has ruled.',
      expect: 'ruled',
    },
    {
      text: 'The singer has won her privacy claim against the publisher, the High Court ruled on Friday.',
      expect: 'ruled',
    },
    { text: 'The dismissal was unfair, an employment tribunal has ruled.', expect: 'ruled' },
    // Must leave: an object or a particle after the verb, a relative clause, a conjunction before the source.
    { text: 'Kings came and went, and the Tudors ruled England for a century.', expect: '' },
    { text: 'The goal stood for a minute, the referee ruled it out.', expect: '' },
    { text: 'The island, which the Normans ruled, grew rich on wool.', expect: '' },
    { text: 'Police have ruled out foul play.', expect: '' },
  ],
};

/**
 * Row speaker.pronoun.it.named-body-subject (extends speaker.pronoun.it.body-subject, claims/speaker.ts
 * `namedBodySubject`): "The Environment Agency has issued 14 flood warnings. It urged people …" — a
 * named organisation, the subject of the sentence before, in which nobody spoke, is what "it" is.
 */
export const PRONOUN_IT_NAMED_BODY_SUBJECT: RuleRow<null> = {
  id: 'speaker.pronoun.it.named-body-subject',
  value: null,
  reason:
    '"It said …" went to the organisation that spoke last when it spoke within two sentences (row speaker.pronoun.it), even when another organisation opened the sentence right before as its subject and said nothing there: "Almost certainly, according to the Energy Networks Association, which said engineers were on standby. The Environment Agency has issued 14 flood warnings, mostly in Devon and Cornwall. It urged people not to drive through flood water" (batch 146) gave the urging to the Energy Networks Association. As row speaker.pronoun.it.body-subject reads an unnamed examining body ("The regulator examined the accounts. It found …"), a named organisation that opens the sentence right before as its subject (after "The" at most), followed by a lowercase finite verb, in a sentence in which nobody spoke, is what "it" stands for, ahead of an organisation that spoke earlier. Not an organisation inside the sentence ("Rain hit the Environment Agency\'s depot"), nor one that spoke in that sentence (row speaker.pronoun.it keeps it).',
  examples: [
    {
      text: 'Engineers were on standby, the Energy Networks Association said. The Environment Agency has issued 14 flood warnings. It urged people not to drive through flood water.',
      expect: 'Environment Agency',
    },
    {
      text: 'Prices will rise, Halvern Group said. Brightwell Holdings closed its plant in Derby on Friday. It said repairs would take a week.',
      expect: 'Brightwell Holdings',
    },
    // Must leave: the organisation is no subject of the sentence before, or it spoke there.
    {
      text: 'Engineers were on standby, the Energy Networks Association said. Rain flooded a depot of the Environment Agency. It said more rain was coming.',
      expect: 'Energy Networks Association',
    },
    {
      text: 'The Energy Networks Association said engineers were on standby. The Environment Agency said 14 warnings were in force. It urged people to stay at home.',
      expect: 'Environment Agency',
    },
  ],
};

/**
 * Row speaker.possessive-document (claims/speaker.ts, beside speaker.pronoun.he / she): "According
 * to his report, the cycle lane ended eleven metres before the junction." — a person's own report
 * or evidence speaks for the person the possessive stands for.
 */
export const POSSESSIVE_DOCUMENT: RuleRow<readonly string[]> = {
  id: 'speaker.possessive-document',
  /** Documents and accounts a person gives of their own. */
  value: ['report', 'evidence', 'statement', 'testimony', 'account', 'findings', 'letter', 'memoir', 'diary'],
  reason:
    'A source written as "his report" or "her evidence" stayed as written: "PC Gareth Lowe, a collision investigator, said the lorry had been travelling at under 10mph. According to his report, the cycle lane ended eleven metres before the junction." (batch 146) gave the speaker "his report". A report, evidence, statement, testimony, account, findings, letter, memoir or diary owned by "his" or "her" and nothing else is that person\'s own word: it is resolved as the pronoun "he" or "she" would be in the same place. Other possessions are not the person ("his doctor", "her lawyer", "his union") and stay as they were, and so does a document owned by "its" or "their".',
  examples: [
    {
      text: 'PC Gareth Lowe said the lorry was slow. According to his report, the cycle lane ended early.',
      expect: 'Gareth Lowe',
    },
    { text: 'Anna Berg led the review. Her findings show that the lane ended early.', expect: 'Anna Berg' },
    // Must leave: a person the possessive owns, a body's document.
    { text: 'Tom Hale was taken to hospital. According to his doctor, he is recovering well.', expect: 'his doctor' },
    {
      text: 'Network Rail closed the line on Friday. According to its report, the track had buckled.',
      expect: 'its report',
    },
  ],
};
