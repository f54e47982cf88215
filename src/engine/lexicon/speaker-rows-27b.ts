/**
 * Speaker-span rows written by claims27b from the claims folds' study set (wrong speakers whose
 * claim matched the right gold content) and news sentences of our own. Kept apart from
 * speaker-words.ts and claim-words.ts so the rows of helpers working side by side merge as a union.
 */
import type { RuleRow } from './rule-row';
import { MONTHS, WEEKDAYS } from './words';

/**
 * "this", "last" and "next" end an unnamed source's description only as a time ("A study
 * published last month found", "Prosecutors this week said"): before any other noun they are a
 * determiner or an adjective inside it ("The head of this agency said", "Any judge in this
 * country would agree", "The last person to see him said").
 */
export const RELATIVE_TIME_NEEDS_TIME: RuleRow = {
  id: 'speaker.trailing-time.relative-needs-time',
  value: [
    ...WEEKDAYS,
    ...MONTHS,
    ...'week weekend month year morning afternoon evening night spring summer autumn fall winter season quarter decade century term session past'.split(
      ' ',
    ),
  ],
  reason:
    'A source described without a name was cut at "this", "last" or "next" wherever they stood, so "The head of this agency said" gave the speaker "The head of" and "Any judge in this country would agree" gave "Any judge" (GUM spans the whole phrase). They begin a time phrase only before a time noun ("last week", "this past month", "next Monday"), and after "in", "on" or "during" likewise ("in this country" is a place in the description, "in this year" a time).',
  examples: [
    { text: 'The head of this agency said on Monday that the budget would be cut.', expect: 'The head of this agency' },
    { text: 'Any judge in this country would agree that the ruling was wrong.', expect: 'Any judge in this country' },
    {
      text: 'The words chosen for this oath recognize that senators must be impartial.',
      expect: 'The words chosen for this oath',
    },
    // Non-firing: a time noun follows, so the description still ends before the time.
    { text: 'A report released last week said that prices would rise.', expect: 'A report' },
    { text: 'Researchers in this field said that the results were robust.', expect: 'Researchers in this field' },
    { text: 'Prosecutors this week said that the accountant had forged the ledgers.', expect: 'Prosecutors' },
  ],
};

/**
 * "Smith's lawyer met the judge and said …": a coordinated verb's subject read from the
 * sentence's start stopped at a person possessor, so the claim went to Smith (a study-fold error:
 * "Jenna's mother … and was concerned that"). Only after a named person: "The agency's
 * representative praised … but warned" keeps its reading (a description after an unnamed
 * possessor would be resolved to the last person quoted).
 */
export const SUBJECT_POSSESSED_PERSON: RuleRow<{ reach: number }> = {
  id: 'speaker.subject.possessed-person',
  value: { reach: 3 },
  reason:
    'A subject opening with a named person as possessor ("Smith\'s") and a person or body noun after it ("lawyer", "chief spokesman", "mother", "campaign") is that noun\'s holder, not the possessor. Read from the sentence\'s start (a coordinated verb or a participle), the subject stopped at the possessive mark; it now runs to the possessed noun, up to three lowercase words. A name in apposition after it ("Stein\'s campaign manager, Olivia Grant,") still wins.',
  examples: [
    {
      text: "Elijah Mumba said the talks had failed. Joyce Banda's spokesman was in Paris on Monday and said the talks would resume.",
      expect: "Joyce Banda's spokesman",
    },
    {
      text: "Nadia Karimi's lawyer met prosecutors on Tuesday and said the charges would be dropped.",
      expect: "Nadia Karimi's lawyer",
    },
    // Non-firing: no person or body noun after the possessive; an appositive name after it.
    {
      text: "The company's shares fell sharply on Monday, and it said demand had weakened.",
      expect: 'it',
    },
    {
      text: "Stein's campaign manager, Olivia Grant, dismissed the poll on Friday, saying it was an outlier.",
      expect: 'Olivia Grant',
    },
  ],
};

/** "No one knows what happened", "no one else believes that": the speaker is "no one", not "one". */
export const NEGATIVE_PRONOUN: RuleRow<{ first: readonly string[]; second: readonly string[] }> = {
  id: 'speaker.subject.no-one',
  value: { first: ['no'], second: ['one'] },
  reason:
    '"no" opens a subject only as the interjection ("No, the minister said …"), so the subject was stripped of it and "No one knows …" was spoken by "one" (a study-fold error: gold "no one"). Before "one" it is the negative pronoun "no one" and stays.',
  examples: [
    { text: 'No one knows what happened to the missing funds.', expect: 'No one' },
    { text: 'Although no one believes that the dam will hold, the council voted to keep it.', expect: 'no one' },
    // Non-firing: the interjection before a pronoun is still left out.
    { text: 'No, he said, the plan was not dead.', expect: 'he' },
  ],
};

/**
 * "I wanna rewind it and hear that back", "We were able to see the stars and understand the
 * universe", "I must congratulate the students and ask them to …": a base-form verb after "and"
 * shares the modal or "to" of the verb before it, and states a wish, ability or duty, not a report
 * (false claims in the study folds). With a clause or quotation after it the cue stands ("would
 * stand up and declare that …").
 */
export const GUARD_COORDINATED_BASE_FORM: RuleRow<{
  modals: readonly string[];
  clauseWords: readonly string[];
  reachBefore: number;
  reachAfter: number;
}> = {
  id: 'guard.base-form.coordinated-modal',
  value: {
    modals: ['to', 'must', 'should', 'can', 'could', 'will', 'would', 'may', 'might', 'shall', 'wanna', 'gonna'],
    clauseWords: ['that', 'whether', 'if', 'how', 'what', 'why', 'who', 'when', 'where', ':'],
    reachBefore: 8,
    reachAfter: 4,
  },
  reason:
    'A base form after "and" is a coordinated verb, and when a modal or "to" stands before the first verb within the same clause it governs both: "wanna rewind it and hear", "must congratulate them and ask", "were able to see … and understand" say what the subject wants, can or must do. Without a clause word or quotation after the verb nothing is reported (GUM marks none of these); with one, the cue stands.',
  examples: [
    { text: 'I wanna rewind it and hear the song again.', expect: '' },
    { text: 'We were able to see the stars and understand the universe in new ways.', expect: '' },
    { text: 'I must congratulate the former students and ask them to make good use of it.', expect: '' },
    // Non-firing: a clause word after the verb, no modal before, or a past tense.
    { text: 'She would stand up and declare that the war was over.', expect: 'declare' },
    { text: 'Residents know the river and know that it floods every spring.', expect: 'know' },
    { text: 'The senator met the farmers and told them that help was coming.', expect: 'told' },
  ],
};

/**
 * "Senator Jane Doe, a Democrat from Ohio, who said it would pass" gave the speaker "Ohio": the
 * relative "who" was read as standing for the name right before its comma, which closed an
 * appositive (a study-fold error of the same cause: "Amanda Gorman, the amazing 22-year-old poet,
 * wise far beyond her years, who told us" gave "wise far beyond her years").
 */
export const RELATIVE_PAST_APPOSITIVE: RuleRow<{ segments: number; segmentWords: number }> = {
  id: 'speaker.relative.person-before-appositive',
  value: { segments: 3, segmentWords: 12 },
  reason:
    '"who" stands for a person. When no person\'s name ends right before its comma, the words back to the previous comma are an appositive if they open in lower case ("a Democrat from Ohio", "the party\'s leader", "wise beyond her years"); up to three such appositives of up to twelve words are passed over to the person named before them.',
  examples: [
    {
      text: 'The bill was backed by Senator Jane Doe, a Democrat from Ohio, who said it would pass.',
      expect: 'Jane Doe',
    },
    {
      text: 'The plan was drafted by Tom Hale, an economist at the bank, a former adviser, who told reporters that it would work.',
      expect: 'Tom Hale',
    },
    // Non-firing: a person's name right before the comma; no person before the appositive.
    { text: 'The award went to the poet Maya Ruiz, who said she was stunned.', expect: 'Maya Ruiz' },
    {
      text: 'Help came from the Harlow Trust, a local charity, who said they were proud to support the school.',
      expect: 'a local charity',
    },
  ],
};

/**
 * "Residents saw the mayor announce that the bridge would reopen" was spoken by "Residents saw the
 * mayor", and in the study folds "I've seen a few people say that …" by "I've seen a few people".
 */
export const SUBJECT_AFTER_PERCEPTION: RuleRow = {
  id: 'speaker.subject.after-perception-verb',
  value: ['saw', 'seen', 'see', 'sees', 'watched', 'watch', 'watches', 'heard', 'hear', 'hears'],
  reason:
    'A base-form cue after "saw/heard/watched X" has X for its subject ("heard the officer tell the crowd that …"): the phrase walked left from the cue stops at the verb of perception, which belongs to the clause around it.',
  examples: [
    { text: 'Residents saw the mayor announce that the bridge would reopen.', expect: 'the mayor' },
    { text: "I've seen a few people say that the plan is too optimistic.", expect: 'a few people' },
    // Non-firing: no verb of perception in the subject.
    { text: 'Residents of the town say that the bridge will reopen.', expect: 'Residents of the town' },
  ],
};

export const SPEAKER_ROWS_27B: readonly RuleRow<unknown>[] = [
  RELATIVE_TIME_NEEDS_TIME,
  SUBJECT_POSSESSED_PERSON,
  NEGATIVE_PRONOUN,
  RELATIVE_PAST_APPOSITIVE,
  SUBJECT_AFTER_PERCEPTION,
];

export const GUARD_ROWS_27B: readonly RuleRow<unknown>[] = [GUARD_COORDINATED_BASE_FORM];
