/**
 * Rows of claims39 (issue #9): known faults of claims on unseen news (a name inside the subject's
 * relative clause or participle taken for the source, "late on Tuesday" kept in the speaker text,
 * a month in the relative clause read as a modal, "Preliminary data suggest that turnout fell" with
 * no claim) and blind claim batch 101 (an epidemic report, a central-bank wire, a governor's veto,
 * a football report, an obituary with tributes). Kept in a file of its own so a merge with the
 * other claims helpers is a union. claims-39.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.subject.relative-name-object (extends speaker.subject.relative-that.finite and the
 * seen-by limit of the subject's names): "A super PAC that backs Harris said …", "A super PAC
 * backing Harris said …" — the name is the object of the clause that describes the source.
 */
export const RELATIVE_NAME_OBJECT: RuleRow<{ participleEnding: string; minLength: number }> = {
  id: 'speaker.subject.relative-name-object',
  /** A participle after the head noun ("backing", "representing"), at least this long. */
  value: { participleEnding: 'ing', minLength: 6 },
  reason:
    'Election coverage describes unnamed groups by whom they back or fight: "A super PAC that backs Harris said on Monday it would spend $5 million" gave the speaker "Harris", and so did "A super PAC backing Harris said" and "A group that supports Trump said it would sue"; the person named is what the group is about, not the source (the batches\' gold keeps a body without a name of its own in its own words). Row speaker.subject.relative-that.finite read "that represents farmers" as a relative clause only before a lowercase word; a name that starts right after the present verb is the clause\'s object too, so the noun phrase before "that" speaks and the text takes in the clause. Inside a subject, a name right after a lowercase participle in -ing that follows a noun (not an article, a possessive or a preposition: "the ruling Labour Party" keeps its name) is the participle\'s object, and is passed over as a name of the source, as a name after "seen by" is.',
  examples: [
    {
      text: 'A super PAC that backs Harris said on Monday it would spend $5 million.',
      expect: 'A super PAC that backs Harris',
    },
    {
      text: 'A super PAC backing Harris said on Monday it would spend $5 million.',
      expect: 'A super PAC backing Harris',
    },
    { text: 'A group that supports Trump said it would sue the county.', expect: 'A group that supports Trump' },
    // Must leave: a party named after an article and its participle, and a name that is the subject.
    { text: 'The ruling Labour Party said the vote would go ahead.', expect: 'Labour Party' },
    { text: 'Campaign manager Dana Ortiz said the ad would run for a week.', expect: 'Dana Ortiz' },
    // A person named after the party the participle qualifies is the speaker (review, stop 49).
    { text: 'Former ruling Conservative Party leader John Smith said the plan was sound.', expect: 'John Smith' },
  ],
};

/**
 * Row speaker.subject.edge-time (extends speaker.subject.trailing-time.named and
 * speaker.trailing-time): "Late on Tuesday, …", "The ministry late on Tuesday said", "The
 * ministry, late on Tuesday said", "Early on Friday police said" — "late" and "early" belong to
 * the time, not to the source.
 */
export const EDGE_TIME: RuleRow<{ edges: readonly string[] }> = {
  id: 'speaker.subject.edge-time',
  value: { edges: ['late', 'early'] },
  reason:
    'Rows speaker.trailing-time and speaker.subject.trailing-time.named end the speaker before a time that closes the subject ("The company on Wednesday said"), and an opening "On Tuesday the minister said" is passed by the subject search. Wires put "late" or "early" before the day ("late on Tuesday", "early Friday"), and then the time stayed in the speaker text: "The ministry late on Tuesday said" gave "ministry late", "Police early on Friday said" gave "Police early", "Late on Tuesday the ministry said" gave "Late", and "The ministry, late on Tuesday said" gave "late". "late" or "early" followed by a time (a weekday, a month, "last week", or "on"/"in" and one of those) is a time adjunct: at the end of the subject it is cut, at its start the subject begins after it, and when it is all the subject after a comma the subject is the phrase before the comma. "the late senator" (no time after it) and "early voters" stay.',
  examples: [
    { text: 'The ministry late on Tuesday said the border would reopen.', expect: 'The ministry' },
    { text: 'Police early on Friday said two men had been arrested.', expect: 'Police' },
    { text: 'Late on Tuesday the ministry said the border would reopen.', expect: 'the ministry' },
    { text: 'The ministry, late on Tuesday said the border would reopen.', expect: 'The ministry' },
    { text: 'Senator Ann Reyes late Tuesday said the bill would pass.', expect: 'Senator Ann Reyes' },
    // Must leave: "early" and "late" that are no time.
    { text: 'Early voters said the lines were short.', expect: 'Early voters' },
    { text: "The late senator's son said the family was grateful.", expect: "The late senator's son" },
  ],
};

/**
 * Row speaker.description.relative-clause.capital-not-modal (extends
 * speaker.description.relative-clause): "A coalition that began campaigning in May says …" — a
 * capitalised "May" closing the clause is the month, not the modal before the cue.
 */
export const RELATIVE_CLAUSE_CAPITAL: RuleRow<null> = {
  id: 'speaker.description.relative-clause.capital-not-modal',
  value: null,
  reason:
    'Row speaker.description.relative-clause lets the speaker text take in a relative clause between the subject and the cue ("Residents who lost their homes said"), stopping before auxiliaries and adverbs right before the cue ("who have … would say"). "May" is both the modal and the month, so "A coalition that began campaigning in May says the plan is unfair" gave the speaker text "A coalition that began campaigning in": the month was read as the modal before "says". A modal written with a capital inside a sentence is a name or the month, and is kept in the clause.',
  examples: [
    {
      text: 'A coalition that began campaigning in May says the plan is unfair.',
      expect: 'A coalition that began campaigning in May',
    },
    // Must leave: a lowercase modal before the cue.
    { text: 'Residents who lost their homes may say the aid came too late.', expect: 'Residents who lost their homes' },
  ],
};

/**
 * Row guard.base-form.plural-data.noun-clause (extends guard.base-form.plural-data): "Preliminary
 * data suggest that turnout fell sharply" — the clause after "that" may open with a bare noun.
 */
export const PLURAL_DATA_NOUN_CLAUSE: RuleRow<{ maxWords: number }> = {
  id: 'guard.base-form.plural-data.noun-clause',
  /** Words of the bare noun phrase before its verb. */
  value: { maxWords: 3 },
  reason:
    'Row guard.base-form.plural-data reads "The data suggest that …" as a report when "that" opens a clause: a pronoun, a determiner or a capital after it. A bare noun subject ("turnout", "prices", "inflation") did not count, so "Preliminary data suggest that turnout fell sharply" made no claim, while "Evidence suggests that …" and "The data show that turnout fell" did. The batches\' gold marks such data claims optional when the data has no named origin ("Customs data released on Saturday showed", batch 77, optional) and required when it has one ("data from the U.S. Elections Project showed", batch 97); a claim here costs nothing where the gold is optional and makes the reading consistent (review, stop 49, corrected this reason), and claims38\'s guard.inference-without-source takes away only a demonstrative or "which" standing for the sentence before, so a noun subject keeps its claim. After "that", one to three lowercase words that are no verb, then a finite verb (an auxiliary, a past in -ed or an irregular past of row speaker.subject.relative-that.finite): a clause. "The data note that came with the survey" (a past right after "that") is still a compound noun with a relative clause, and so is one whose clause is followed by the sentence\'s own verb ("The data report that officials released on Tuesday ran to 40 pages"; review, stop 49).',
  examples: [
    { text: 'Preliminary data suggest that turnout fell sharply in the north.', expect: 'suggest' },
    // Must leave: a relative clause after a compound, and the writer's inference.
    { text: 'The data note that came with the survey was brief.', expect: '' },
    { text: 'The data report that officials released on Tuesday ran to 40 pages.', expect: '' },
    { text: 'Turnout fell in the north. This suggests that voters stayed home.', expect: '' },
  ],
};

/**
 * Row cue.verb.remember-as (extends cue.verb.knowledge): "X remembered him as a generous man" —
 * a tribute's characterisation of a person, as "described him as".
 */
export const REMEMBER_AS: RuleRow<{ forms: readonly string[]; objects: readonly string[] }> = {
  id: 'cue.verb.remember-as',
  value: { forms: ['remembered', 'remembers'], objects: ['him', 'her', 'them'] },
  reason:
    'Verbs of knowing report a proposition only with "that", a clause or a quotation ("remembered her as \\"a fearless teacher\\"" was a claim, batch 101). Obituaries and tributes characterise the dead the same way without quotation marks: "Former colleague Ian Moss remembered her as blunt in the operating theatre but endlessly patient with students" (batch 101) made no claim, though "described her as blunt" did (cue.verb.say\'s "as" judgement). "remembered" or "remembers" with a personal pronoun and "as" right after it is the speaker\'s judgement of that person. "I remember him as a boy" (the base form, a memory of one\'s own) and "remembered the day as cold" (no person) make no claim.',
  examples: [
    {
      text: 'Former colleague Ian Moss remembered her as blunt in the operating theatre but patient with students.',
      expect: 'remembered',
    },
    { text: 'Friends remembered him as a generous man who loved jazz.', expect: 'remembered' },
    // Must leave: no person after the verb, and the base form.
    { text: 'She remembered the day as cold and wet.', expect: '' },
    { text: 'I remember him as a boy in short trousers.', expect: '' },
    // "as" opening a clause: when, not how he is remembered (review, stop 49).
    { text: 'Neighbours remembered him as he was carried from the burning house.', expect: '' },
  ],
};
