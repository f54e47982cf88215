/**
 * Rows of claims36b (issue #9: claims on text the engine never saw). Found on the study folds of
 * the claims folds (GUM's speeches, interviews, court hearings, letters, textbooks), written as
 * patterns of English reporting that hold in news. Kept in a file of its own so a merge with the
 * other claims helpers is a union. claims-36b.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.infinitive.stance (extends claims29's cue.infinitive.arrived-belief): "The company is
 * pleased to announce that …", "Investigators were able to confirm that …", "The minister was
 * forced to admit that …" — a report framed by the speaker's stance or ability.
 */
export const STANCE_INFINITIVE: RuleRow<{
  /** Adjectives and participles of stance, feeling or ability after "be", before "to". */
  stances: readonly string[];
  /** Verbs of preference that take the report's infinitive with no "be" ("preferred to think"). */
  preferences: readonly string[];
  /** Forms of "be" before the stance word. */
  be: readonly string[];
  /** A subject pronoun and "be" written as one word ("I'm", "we're"): the subject and the frame's start. */
  contracted: readonly string[];
  /** Words that may stand before "be" inside the frame: modals and "have" ("would be", "has been"); not may/might/could. */
  auxiliaries: readonly string[];
  /** Modals of possibility that break the frame before it ("might be tempted to suggest"). */
  possibility: readonly string[];
  /** Degree words between "be" and the stance word ("very pleased", "so proud"). */
  degrees: readonly string[];
}> = {
  id: 'cue.infinitive.stance',
  value: {
    stances: [
      'proud',
      'pleased',
      'happy',
      'delighted',
      'glad',
      'thrilled',
      'sorry',
      'sad',
      'able',
      'forced',
      'compelled',
      'obliged',
      'tempted',
      'quick',
      'ready',
      'prepared',
      'willing',
      'eager',
    ],
    preferences: ['prefer', 'prefers', 'preferred'],
    be: ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'],
    contracted: ["i'm", "we're", "you're", "they're", "he's", "she's"],
    auxiliaries: ['will', 'would', 'can', 'should', 'must', 'have', 'has', 'had'],
    possibility: ['may', 'might', 'could'],
    degrees: ['very', 'so', 'really', 'most', 'more', 'particularly', 'especially', 'extremely', 'also'],
  },
  reason:
    'A cue verb after "to" reports nothing ("declined to comment", "wanted to know"), except after the verbs of guard.infinitive and cue.infinitive.arrived-belief. A stance or an ability framing the report is the same report, said: "The company is pleased to announce that its chief executive will retire", "Investigators were able to confirm that the fire started in the kitchen", "The minister was forced to admit that the figures were wrong", "we are realistic enough to realize that …" (the study folds\' speeches, hearings, interviews and letters mark them; press releases and wires write "said it was pleased to announce that"). Only with "be" (and modals or "have" before it) and a stance word, or a verb of preference ("Einstein preferred to think that …"), and only with "that" opening a clause after the cue, so "was proud to announce her retirement" and "is able to tell the difference" stay none; a negation inside the frame ("was not able to confirm that", "wasn\'t prepared to say that") breaks it, since nothing was confirmed, and so does "may", "might" or "could" before "be" ("Some officials might be tempted to suggest that the vote was rigged" is a possibility, as guard.possibility-modal reads "might suggest"; GUM marks one such sentence in a study-fold letter, our convention leaves it). The subject stands before the frame.',
  examples: [
    { text: 'The company is pleased to announce that its chief executive will retire in June.', expect: 'announce' },
    { text: 'Investigators were able to confirm that the fire started in the kitchen.', expect: 'confirm' },
    { text: 'The minister was forced to admit that the figures had been wrong.', expect: 'admit' },
    { text: 'Investigators have been able to confirm that the fire started in the kitchen.', expect: 'confirm' },
    { text: 'The governor was quick to point out that the state had no debt.', expect: 'point out' },
    { text: 'We are realistic enough to realize that this goal will take decades.', expect: 'realize' },
    { text: "We're able to confirm that the plant will close in March.", expect: 'confirm' },
    { text: 'Einstein preferred to think that it is space and time that are curved.', expect: 'think' },
    // Must leave: no clause after the cue, a negated frame, and a stance with no "be".
    { text: 'She was proud to announce her retirement.', expect: '' },
    { text: 'He is able to tell the difference between the two.', expect: '' },
    { text: 'Police were not able to confirm that the man had been armed.', expect: '' },
    { text: 'The spokesman was unable to say whether the plant would close.', expect: '' },
    { text: 'Residents were eager to leave the town.', expect: '' },
    // A possibility, as guard.possibility-modal reads "might suggest": nobody suggested it.
    { text: 'Some economists might be tempted to suggest that the rent can be collected publicly.', expect: '' },
  ],
};

/**
 * Row cue.modal.can-confirm (extends claims28's cue.phrasal.saw-that.can): "Police can confirm
 * that a man has been arrested", "I can report to the House that …", "I can tell you that …" —
 * "can" before a verb of stating is the statement made, not an ability.
 */
export const CAN_CONFIRM: RuleRow<{
  modal: string;
  /** Verbs of stating that "can" leaves a statement. */
  verbs: readonly string[];
  /** Verbs that need a hearer before "that" ("tell you that", not "you can tell that"). */
  needHearer: readonly string[];
  /** Most words between the verb and "that" ("to the House", "you"). */
  maxBetween: number;
}> = {
  id: 'cue.modal.can-confirm',
  value: {
    modal: 'can',
    verbs: ['confirm', 'report', 'reveal', 'announce', 'disclose', 'assure', 'tell', 'say', 'state'],
    needHearer: ['tell', 'assure'],
    maxBetween: 4,
  },
  reason:
    '"can" between a subject and its cue was left out on purpose (claims28: "you can ask questions", "every smartphone can tell you where you are" are abilities and offers), so "I can report to the House that they are in a stable condition" (a study-fold speech) and "I can tell you, …" made no claim. With a verb of stating and a "that" clause after it, "can" is the statement itself: police and company statements write "Police can confirm that a man has been arrested", "The company can confirm that its systems were breached", and a minister tells a parliament "I can report that …". Only "can" (not "cannot", "can\'t", "could"), only these verbs, "tell" and "assure" only with a hearer before "that" ("you can tell that he is nervous" is an inference), and only with "that" within four words of the verb; "can show", "can tell customers when …" stay none.',
  examples: [
    { text: 'Police can confirm that a man has been arrested in connection with the fire.', expect: 'Police' },
    { text: 'The company can confirm that its systems were breached on Friday.', expect: 'company' },
    { text: 'I can report to the House that the patients are in a stable condition.', expect: 'I' },
    { text: 'I can tell you that the plant will close next year.', expect: 'I' },
    // Must leave: an ability, an inference, a wh-clause and no clause.
    { text: 'The tests can show that a patient is infected.', expect: '' },
    { text: 'You can tell that the driver is nervous.', expect: '' },
    { text: 'Residents can say what they like at the meeting.', expect: '' },
    { text: 'The agency can tell customers when the service resumes.', expect: '' },
  ],
};

/**
 * Row guard.noun-or-verb.news-reports: "Media reports said …", "Unconfirmed reports said …",
 * "From all the press reports that I have read, …" — "reports" after a word that names the kind of
 * report is the noun, the source, not its verb.
 */
export const NEWS_REPORTS_NOUN: RuleRow<{
  /** The noun form that is also a cue verb. */
  form: string;
  /** Words naming a kind of report, right before it. */
  kinds: readonly string[];
  /** Prepositions and quantifiers a few words before the kind word: the phrase is a noun phrase. */
  nounPhraseOpeners: readonly string[];
  /** Words looked at before the kind word for an opener. */
  reach: number;
}> = {
  id: 'guard.noun-or-verb.news-reports',
  value: {
    form: 'reports',
    kinds: [
      'media',
      'news',
      'press',
      'newspaper',
      'television',
      'tv',
      'radio',
      'police',
      'intelligence',
      'unconfirmed',
      'initial',
      'earlier',
      'conflicting',
      'witness',
      'eyewitness',
    ],
    nounPhraseOpeners: ['from', 'on', 'in', 'by', 'of', 'after', 'despite', 'amid', 'all', 'some', 'many', 'several'],
    reach: 3,
  },
  reason:
    'News cites other reporting as "Media reports said the minister would resign", "Unconfirmed reports said the plane had landed", "News reports suggest the deal is close": the cue is "said"/"suggest" and the source is "Media reports". "reports" is also a cue verb, and a capitalised word before it counts as its subject ("Reuters reports that …"), so the claim had the cue "reports", the speaker "Media" and the content "said the minister would resign"; and "From all the press reports that I have read, the government appears to have acted" (a study-fold interview) was a claim by "the press". After a word that names a kind of report (media, news, press, police, unconfirmed, earlier …), "reports" is the noun when a cue verb follows it or a preposition or quantifier stands a few words before ("based on press reports that emerged", "from all the press reports"). "The press reports that the president is ill" and "Reuters reports that …" stay reports by a source.',
  examples: [
    { text: 'Media reports said the minister would resign on Friday.', expect: 'said' },
    { text: 'Unconfirmed reports said the plane had landed safely.', expect: 'said' },
    { text: 'News reports suggest the deal is close.', expect: 'suggest' },
    { text: 'From all the press reports that I have read, the government appears to have acted quickly.', expect: '' },
    // Must leave: a source that reports, with no kind word or no noun phrase around it.
    { text: 'The press reports that the president is ill.', expect: 'reports' },
    { text: 'Reuters reports that the deal is close.', expect: 'reports' },
    { text: 'Police report that two men were arrested.', expect: 'report' },
  ],
};

/**
 * Row guard.counted-object.quantifier (extends guard.counted-object): "Employers added fewer jobs
 * than expected", "The airline added new routes to Lisbon", "The economy added some 150,000 jobs"
 * — "add" with an amount of something is arithmetic, not speech.
 */
export const ADD_QUANTITY: RuleRow<{
  lemma: string;
  /** Words of amount that open the object of "add". */
  quantifiers: readonly string[];
  /** Words after the quantifier looked at for a verb of a clause ("added more people would come"). */
  reach: number;
}> = {
  id: 'guard.counted-object.quantifier',
  value: {
    lemma: 'add',
    quantifiers: [
      'more',
      'fewer',
      'less',
      'several',
      'some',
      'many',
      'extra',
      'new',
      'additional',
      'further',
      'dozens',
      'hundreds',
      'thousands',
      'millions',
      'billions',
    ],
    reach: 3,
  },
  reason:
    'guard.counted-object leaves "add" with a number or "a/another/two …" after it ("added 22 points", "adds a new line"), but economy and business news write the amount with a quantifier: "Employers added fewer jobs than expected in March", "The economy added some 150,000 jobs", "The airline added new routes to Lisbon", "The ministry added several clauses to the draft" were claims with the amount as their content (a study-fold podcast: "they added more DLC"). A quantifier right after "add" opens its object, unless a verb of a clause follows within three words ("He added more needed to be done", "She added more people would come": the quantifier is the clause\'s subject) or "that" or punctuation follows it ("added further that …", "added, further, …").',
  examples: [
    { text: 'Employers added fewer jobs than expected in March.', expect: '' },
    { text: 'The economy added some 150,000 jobs last month.', expect: '' },
    { text: 'The airline added new routes to Lisbon and Porto.', expect: '' },
    { text: 'The ministry added several clauses to the draft.', expect: '' },
    // Must leave: the quantifier opens what was said.
    { text: 'He added more needed to be done before winter.', expect: 'added' },
    { text: 'She added more people would come next year.', expect: 'added' },
    { text: 'The minister added further that the talks would resume.', expect: 'added' },
  ],
};
