/**
 * Rows of claims44 (issue #9): the known faults left by stop 53 and claims batches 116 and 117
 * (court reports, press conferences, studies, council meetings, election counts). Each row is a
 * pattern of English that holds in any news: a relative clause or a finite verb between a verb of
 * causing and "to", a description written in the other order ("the head of the agency" / "agency
 * head"), the subject organisation of a sentence before a closing tag's description. Kept in a
 * file of its own so a merge with the other claims helpers is a union.
 * claims-44.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.infinitive.prompted-object.clause-stop (narrows cue.infinitive.prompted-object,
 * claims-43): the walk back from "to" to a verb of causing stops at a relative pronoun, a
 * conjunction or a finite verb, which open a clause of their own.
 */
export const PROMPTED_CLAUSE_STOP: RuleRow<{ stops: readonly string[]; verbs: readonly string[] }> = {
  id: 'cue.infinitive.prompted-object.clause-stop',
  /** Words that end the object; verbs of causing this row makes safe to read again ("led"). */
  value: { stops: ['who', 'whom', 'whose', 'that', 'which', 'and', 'or', 'but'], verbs: ['led'] },
  reason:
    'Row cue.infinitive.prompted-object reads "<verb of causing> <object> to <cue> that …" as a claim of the object, walking back from "to" over up to six words to any verb of causing. It walked over a relative clause and over the sentence\'s own verb: "Officials who forced the vote declined to confirm that the budget had passed." was a claim of "the vote declined" (a known fault left by stop 53; "led" had been taken out of the list for that reason). The object of a verb of causing is a noun phrase: the walk stops at "who", "whom", "whose", "that", "which", "and", "or" or "but", at a finite auxiliary, and at a verb in the past (in -ed or an irregular past) right before "to", which is the verb "to" depends on ("declined to", "refused to", "agreed to"). With that stop "led" is a verb of causing again ("The ruling led the union to warn that …"). The review of stop 54 found seven claims START read and this row lost: "and" or "or" before a noun phrase (a determiner, a capital, a plural in -s) joins objects and does not stop the walk ("prompted unions and employers to warn that …", "forced the mayor and her deputy to admit that …"), and a word in -ed before "to" is a past verb only when lowercase and not after a determiner ("prompted Mohammed to say that …", "prompted Manchester United to confirm that …", "prompted the accused to insist that …"; one helper with row speaker.description.organization.sentence-subject).',
  examples: [
    { text: 'The ruling led the union to warn that strikes would follow.', expect: 'the union' },
    // Must leave: a relative clause holds the verb of causing; the verb before "to" is the sentence's own.
    { text: 'Officials who forced the vote declined to confirm that the budget had passed.', expect: '' },
    { text: 'Officials who led the talks declined to confirm that a deal had been reached.', expect: '' },
    { text: 'The board that pushed the plan refused to admit that it had failed.', expect: '' },
    { text: 'Officials who pushed the plan refused to say that it had failed.', expect: '' },
    { text: 'Officials who pushed the plan and refused to admit that it had failed were replaced.', expect: '' },
    // Must take (review of stop 54): coordinated objects, and names or nouns in -ed before "to".
    {
      text: 'The strike prompted unions and employers to warn that talks could collapse.',
      expect: 'unions and employers',
    },
    {
      text: 'The scandal forced the mayor and her deputy to admit that the budget was wrong.',
      expect: 'the mayor and her deputy',
    },
    {
      text: 'The outage prompted customers and regulators to complain that the bank had been too slow.',
      expect: 'customers and regulators',
    },
    { text: 'The verdict prompted Mohammed to say that he would appeal.', expect: 'Mohammed' },
    { text: 'The protests forced Ahmed to concede that the vote had been lost.', expect: 'Ahmed' },
    {
      text: 'The defeat prompted Manchester United to confirm that the manager had left.',
      expect: 'Manchester United',
    },
    { text: 'The ruling prompted the accused to insist that he was innocent.', expect: 'the accused' },
  ],
};

/**
 * Row claim.second-cue.prompted-object (extends cue.infinitive.prompted-object to
 * claim.second-cue): "Police said the storm forced officials to warn that …" — in a second claim
 * too, the object of the verb of causing is the source.
 */
export const SECOND_PROMPTED: RuleRow<boolean> = {
  id: 'claim.second-cue.prompted-object',
  value: true,
  reason:
    'Row cue.infinitive.prompted-object makes "<verb of causing> <object> to <cue> that …" a claim of the object, but only where the cue is the sentence\'s first. After a first cue ("Police said the storm forced officials to warn that the river would rise.") the second-claim path read the noun phrase before the verb of causing as the source: "the storm" (a known fault left by stop 53). The second claim takes the object as its source as the first does; its span still opens at the subject of the verb of causing.',
  examples: [
    { text: 'Police said the storm forced officials to warn that the river would rise.', expect: 'officials' },
    {
      text: 'Witnesses said the blast prompted the mayor to say that the plant would close.',
      expect: 'the mayor',
    },
    // Must leave: no verb of causing before the object.
    { text: 'Police said the storm left officials unable to warn residents.', expect: 'Police' },
  ],
};

/**
 * Row speaker.description.look-ahead.other-order (extends speaker.description.look-ahead.same-description,
 * claims-43): "The head of the agency said … . Agency head Lena Park …" — the same description
 * written in the other order names the same person.
 */
export const LOOK_AHEAD_OTHER_ORDER: RuleRow<{ on: boolean; heads: readonly string[] }> = {
  id: 'speaker.description.look-ahead.other-order',
  /** Roles that head a body, the only ones written in both orders ("agency head", "council leader"). */
  value: {
    on: true,
    heads: [
      'head',
      'chief',
      'leader',
      'director',
      'chair',
      'chairman',
      'chairwoman',
      'chairperson',
      'president',
      'boss',
      'commissioner',
      'governor',
      'manager',
      'secretary',
    ],
  },
  reason:
    'Row speaker.description.look-ahead.same-description gives a description nobody holds yet ("the head of the agency said") to the person named in the next two sentences only when that sentence repeats the description word for word. News writes one office both ways: "the head of the agency" and "agency head Lena Park", "the leader of the council" and "council leader Ann Moss". "The head of the agency said the rules would change. Agency head Lena Park told reporters …" left the first claim to the description (a known fault left by stop 53, the review of claims43\'s row). A description of one or two words of role, "of", and one or two words of body holds in the other order too ("agency head", "council leader"), and the reverse. A person introduced with another role or another body ("Union leader Ann Moss", "Ann Cole, a nurse") is still someone new. Review of stop 54: the other order counts only as the person\'s own title right before the name ("Police chief Ana Ruiz said"), not anywhere in the sentence ("The chief of the police said the road would stay shut. Mayor Tom Reyes said the police chief had acted quickly." gave the first claim to Tom Reyes), and only for roles that head a body (head, chief, leader, director, chair, president …: not "executive of the chief" for "chief executive"). The row is named in the claim\'s why.',
  examples: [
    {
      text: 'The head of the agency said the rules would change. Agency head Lena Park told reporters that the review would end in May.',
      expect: 'Lena Park',
    },
    {
      text: 'The bridge will close for a year, said the leader of the council. The council met on Tuesday. Council leader Ann Moss said the budget was tight.',
      expect: 'Ann Moss',
    },
    {
      text: 'The chief of the police said the road would stay shut. Police chief Ana Ruiz said the repairs would take a week.',
      expect: 'Ana Ruiz',
    },
    // Must leave: the description in what the next person says, not as his title (review of stop 54).
    {
      text: 'The chief of the police said the road would stay shut. Mayor Tom Reyes said the police chief had acted quickly.',
      expect: 'The chief of the police',
    },
    // Must leave: another body, and another description of her own.
    {
      text: 'The leader of the council said the bridge would close for a year. Union leader Ann Moss said the budget was tight.',
      expect: 'leader of the council',
    },
    {
      text: 'The bridge will close for a year, said the leader of the council. Ann Cole, a nurse, said the budget was tight.',
      expect: 'the leader of the council',
    },
  ],
};

/**
 * Row speaker.description.organization.sentence-subject (claims/subject-org.ts): "Harlow Foods has
 * agreed to sell …, including Brightleaf and Morrow, …, the consumer goods group said." — the
 * organisation that is the sentence's subject is who the closing tag's description stands for.
 */
export const SUBJECT_ORG: RuleRow<{ on: boolean; dashes: readonly string[] }> = {
  id: 'speaker.description.organization.sentence-subject',
  /** Marks that end a dateline before the subject ("LONDON, Nov 18 - Harlow Foods …"). */
  value: { on: true, dashes: ['-', '–', '—'] },
  reason:
    'A closing tag with a description of an organisation ("…, the consumer goods group said") goes to the most recent organisation that fits the description. In "Harlow Foods has agreed to sell its tea brands, including Brightleaf and Morrow, to Kestrel Partners for 4.5 billion euros, the consumer goods group said." that is a name inside the object or a list (a known fault left by stop 53: Morrow, or here Kestrel Partners). When the sentence opens with an organisation (at its first word or right after a dateline\'s dash) followed at once by an auxiliary or a verb in the past that is no cue ("has agreed", "won"), that subject is who acts and so who the tag describes, if it fits the description. Not when the verb is a cue ("Serie A said Juventus …, the club said": Juventus; "WHO asked Pfizer to …, the drugmaker said": Pfizer), nor when the name modifies a noun ("Siemens shares fell after Alstom …, the company said"). Not either when the subject is acted on: a passive ("Tesla was sued by Panasonic …, the Japanese company said": Panasonic), or another organisation that fits the description in the subject\'s own clause, before its first comma ("The Football Association fined Arsenal …, the club said": Arsenal; "UEFA opened an investigation into Chelsea …": Chelsea; review of stop 54): there the most recent fitting organisation is taken, as before the row. A reverted row of stop 53 took the sentence\'s first organisation whatever its verb.',
  examples: [
    {
      text: 'LONDON, Nov 18 - Harlow Foods has agreed to sell its tea brands, including Brightleaf and Morrow, to private equity firm Kestrel Partners for 4.5 billion euros, the consumer goods group said on Thursday.',
      expect: 'Harlow Foods',
    },
    {
      text: 'Harlow Foods has agreed to sell its tea brands, including Brightleaf and Morrow, to Kestrel Partners for 4.5 billion euros, the consumer goods group said.',
      expect: 'Harlow Foods',
    },
    // Must leave: a verb of saying or asking after the subject, and a name before a noun.
    {
      text: 'Serie A said Juventus had been fined 50,000 euros for crowd trouble, the club said on Friday.',
      expect: 'Juventus',
    },
    {
      text: 'The WHO asked Pfizer to share its trial data with poorer countries, the drugmaker said on Monday.',
      expect: 'Pfizer',
    },
    // Must leave: a passive subject, and another fitting organisation in the subject's clause.
    {
      text: 'Tesla was sued by Panasonic over battery prices, the Japanese company said in a statement.',
      expect: 'Panasonic',
    },
    { text: 'The Football Association fined Arsenal 40,000 pounds, the club said.', expect: 'Arsenal' },
    { text: 'UEFA opened an investigation into Chelsea after the match, the club said.', expect: 'Chelsea' },
  ],
};

/**
 * Row speaker.subject.court-role-as-written: "A Superior Court judge in Fulton County ruled that …"
 * — a court's name before a judge's role modifies the role; the judge is the speaker, as written.
 */
export const COURT_ROLE: RuleRow<{ heads: readonly string[]; after: readonly string[] }> = {
  id: 'speaker.subject.court-role-as-written',
  /** Lowercase roles that speak or rule in their own right; words that may follow the role. */
  value: {
    heads: ['judge', 'judges', 'justice', 'magistrate', 'prosecutor', 'prosecutors'],
    after: ['in', 'at', 'of', 'for'],
  },
  reason:
    'A judge ruling that … is a claim with the judge as speaker (batches 106 and 110: "District Judge Samuel Ortiz ruled that …"); an unnamed judge keeps the words that describe her ("A federal judge in Miami ruled that …"). When a court\'s name comes before the role, the named organisation inside the subject won: "A Superior Court judge in Fulton County ruled that the ballots must be counted again." gave "A Superior Court" (a known fault left by stop 53). An organisation right before a lowercase judge, justice, magistrate or prosecutor that heads the subject (nothing after the role but "in", "at", "of" or "for" and what they take) is a modifier: the speaker is the phrase as written. Not a spokesman or an official, who speak for their body.',
  examples: [
    {
      text: 'A Superior Court judge in Fulton County ruled that the ballots must be counted again.',
      expect: 'Superior Court judge in Fulton County',
    },
    // Must leave: a body's spokesman, and the court itself.
    { text: 'The Superior Court ruled that the ballots must be counted again.', expect: 'Superior Court' },
    { text: 'A Pentagon spokesman said the jets had landed safely.', expect: 'Pentagon' },
  ],
};
