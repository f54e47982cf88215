/**
 * Rows of claims31 (issue #9, recall and speakers on the claims study folds). Kept in a file of
 * its own so a merge with the other claims helpers is a union. claims-31.test.ts runs the
 * examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.imperative.report: "Remember that the snitch runner is not a player", "Make sure the
 * garden bed is in the shade", "For example, suppose Duke accepts scores above 1200" — an
 * imperative of knowing, noting or supposing with a clause after it reports what the writer
 * holds; the clause has no holder of its own to name.
 */
export const IMPERATIVE_REPORT: RuleRow<{
  /** The imperative phrases, lowercase, as written word by word. */
  phrases: readonly string[];
  /** Words that may stand before the imperative at the start of a sentence ("And remember", "Please note"). */
  lead: readonly string[];
  /** First words of a fronted phrase whose comma may come before the imperative ("If you …, make sure"). */
  fronted: readonly string[];
  /** Subject pronouns that open a bare clause ("Make sure you practice"). */
  subjects: readonly string[];
  /** Words that open a noun phrase as subject of a bare clause ("Make sure the spot is …"). */
  determiners: readonly string[];
  /** At most this many words between a determiner and the clause's finite verb. */
  maxSubjectWords: number;
}> = {
  id: 'cue.imperative.report',
  value: {
    phrases: [
      'remember',
      'recall',
      'know',
      'understand',
      'note',
      'notice',
      'assume',
      'suppose',
      'imagine',
      'realize',
      'realise',
      'make sure',
      'be sure',
      'be aware',
      'keep in mind',
      'bear in mind',
      "don't forget",
      'don’t forget',
      'never forget',
    ],
    lead: [
      'and',
      'also',
      'please',
      'now',
      'just',
      'then',
      'so',
      'but',
      'always',
      'first',
      'finally',
      'well',
      'uh',
      'um',
    ],
    fronted: [
      'if',
      'when',
      'whenever',
      'before',
      'after',
      'once',
      'while',
      'because',
      'since',
      'therefore',
      'however',
      'for',
      'in',
      'also',
      'then',
      'now',
      'so',
      'but',
      'first',
      'finally',
      'instead',
      'otherwise',
      'again',
      'as',
      'to',
      'uh',
      'um',
      'well',
    ],
    subjects: ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'one'],
    determiners: [
      'the',
      'a',
      'an',
      'your',
      'my',
      'our',
      'his',
      'her',
      'their',
      'its',
      'this',
      'these',
      'those',
      'each',
      'every',
      'all',
      'no',
      'any',
    ],
    maxSubjectWords: 4,
  },
  reason:
    'GUM marks the clause after an imperative of knowing, noting or supposing as a claim whose source is the imperative itself ("Remember that …", "Know that …", "Recall that …", "Make sure there are holes …", "suppose this had been a street mugging", "Please note that …", "Be aware that …"): the writer holds the clause and asks the reader to hold it too. No cue row took them, since a base form without a subject is no finite verb (guard.base-form) and "Make sure that" names no holder (cue.phrasal.certain-that); about 30 of the study folds\' misses in how-to guides, textbooks, court hearings and letters had this form, and in the study texts such an imperative before a clause outside quotation marks is marked almost every time (the one unmarked case is inside a quotation). The speaker is the imperative as written, as GUM writes it, since the clause names no one else. Only outside quotation marks (in news a reader is rarely addressed, and a quoted "Remember that …" is the quoted speaker\'s own claim), only at the start of a sentence (past "and", "please", "now" …) or after the comma of a fronted phrase ("If you want to practise at home, make sure …"), and only before "that" or a clause (a subject pronoun, or a determiner and a finite verb within four words): "Remember the Alamo", "Know your audience", "Consider a case from English" and "you should make sure that …" are left.',
  examples: [
    { text: 'Remember that the snitch runner is not an actual player in the game.', expect: 'Remember' },
    { text: 'Make sure the spot is sheltered from any cold winter winds.', expect: 'Make sure' },
    { text: 'If you want to practise at home, make sure you have enough open space.', expect: 'make sure' },
    { text: 'Please note that the museum is closed on Mondays.', expect: 'note' },
    { text: 'For example, suppose the council raises the fee by ten percent.', expect: 'suppose' },
    { text: 'Be aware that growing the cactus from seeds takes much longer.', expect: 'Be aware' },
    { text: 'Also know that this body would be much happier when it is active.', expect: 'know' },
    // Must leave: no clause after it, a subject before it, inside a quotation, a question.
    { text: 'Remember the Alamo.', expect: '' },
    { text: 'Know your audience before you write the first line.', expect: '' },
    { text: 'Consider a case from English.', expect: '' },
    { text: '"Remember that we were here first," the farmer told the council.', expect: 'told' },
    { text: 'Remember when we went to the lake?', expect: '' },
  ],
};

/**
 * Row speaker.coordinated-verb.lone-subject: "So he contacted me and was like, …", "Jimmy called
 * me and said he would go" — the subject a coordinated cue shares is a pronoun past a discourse
 * word, or a given name alone the tagger did not name.
 */
export const COORDINATED_LONE_SUBJECT: RuleRow<{
  /** Discourse words that may open the sentence before the subject. */
  lead: readonly string[];
  /** Subject pronouns a coordinated cue may share. */
  pronouns: readonly string[];
}> = {
  id: 'speaker.coordinated-verb.lone-subject',
  value: {
    lead: ['so', 'and', 'then', 'but', 'well', 'now', 'okay', 'ok', 'anyway', 'also', 'plus', 'um', 'uh', 'yeah'],
    pronouns: ['he', 'she', 'they', 'i', 'we', 'you'],
  },
  reason:
    'A coordinated cue shares the subject that opens its sentence ("Johnson called the measure dead and said …", row speaker.coordinated-verb). That subject was looked for only as a name the tagger found, a description, or a pronoun right at the start, so "So he contacted me and said that he would go", "And then she called me and said …" and "Jimmy called me and said he would go" made no claim: a discourse word stood before the pronoun, or the given name alone was not tagged (a study-fold miss: "So Jimmy contacted me and was like, look, I got to go out on the road", told in a podcast). Past discourse words ("so", "and", "then", "well" …) a subject pronoun or a name the tagger found, or at the start one capitalised word that the given-name list holds, followed by a lowercase verb, is the subject; a given name is a person whether or not the tagger named it.',
  examples: [
    { text: 'So he contacted me and said that he would go.', expect: 'he' },
    { text: 'And then she called me and said that she would go.', expect: 'she' },
    { text: 'Jimmy called me and said he would go.', expect: 'Jimmy' },
    { text: 'So Ana Ruiz called the office and said that she would go.', expect: 'Ana Ruiz' },
    { text: 'So Maria contacted me and was like, look, I got to go out on the road.', expect: 'Maria' },
    // Must leave: a capitalised word that is no given name; an object pronoun.
    { text: 'Tuesday came and went, and said nothing.', expect: '' },
    { text: 'So Tuesday came and said that the rain would stop.', expect: '' },
    { text: 'So him and me went and said that we would stay.', expect: '' },
  ],
};

/**
 * Row claim.feel.plain-object: "He felt a sense of doom", "Tyler felt the guilt of this memory" —
 * "feel" with a noun phrase for its object is a sensation, not a belief held.
 */
export const FEEL_PLAIN_OBJECT: RuleRow<{
  /** Forms of "feel". */
  forms: readonly string[];
  /** Words that open the object noun phrase. */
  determiners: readonly string[];
}> = {
  id: 'claim.feel.plain-object',
  value: {
    forms: ['feel', 'feels', 'felt', 'feeling'],
    determiners: ['a', 'an', 'the', 'his', 'her', 'my', 'their', 'its', 'our', 'your', 'no', 'some'],
  },
  reason:
    'Verbs of belief need their proposition as a clause (cue.verb.belief: "feels tired" is no claim), but "feel" before a determiner and a noun phrase was still taken as one: "He felt a sense of doom.", "Tyler felt the guilt of this memory even in his teenage years." (study-fold false claims in fiction). When the object after "feel" opens with an article or a possessive and is a plain noun phrase to the next punctuation (no auxiliary, "that", past form or capitalised word: the reading of guard.plain-object.thing-subject), it names a sensation and nothing is claimed. "felt the plan was wrong" keeps its clause, and "felt that …" is untouched.',
  examples: [
    { text: 'He felt a sense of doom.', expect: '' },
    { text: 'Tyler felt the guilt of this memory even in his teenage years.', expect: '' },
    // Must leave: a clause after the noun phrase, "that", a clause with a pronoun subject.
    { text: 'He felt the plan was wrong from the start.', expect: 'felt' },
    { text: 'The minister felt that the ruling went too far.', expect: 'felt' },
    { text: 'She felt she had been treated unfairly.', expect: 'felt' },
  ],
};
