/**
 * Rows of claims30 (issue #9): recall on the claims folds, from the study folds' misses sorted by
 * scripts/claims/misses-by-cause.ts (conversation, interviews, podcasts and vlogs report speech
 * and thought with "I was like, …", "she goes, …" and "I was thinking, …", which no cue verb
 * covers). Kept in a file of their own so a merge with the other claims helpers is a union.
 * claims-30.test.ts runs the examples through the whole engine (`expect` is the cue of one of the
 * text's claims, "" = no claim at all; for speaker rows, the speaker as written).
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.quotative.be-like: "I was like, I'll call you when I get home", "She's like, 'leave me
 * alone'", "the audience is like, I'm certain this is nothing" — "be like" before what a person
 * said or thought (claims/quotative.ts `quotativeCue`).
 */
export const QUOTATIVE_LIKE: RuleRow<{
  /** Forms of "be" before "like" ("'s" is split off by the tokenizer; "I'm", "they're" are one word). */
  be: readonly string[];
  /** Words that may stand between "be" and "like" ("was kind of like", "is just like"). */
  between: readonly string[];
  /** Modals and adverbs that may stand before "be" ("would just be like", "will be like"). */
  beforeBe: readonly string[];
  /** Subjects that are no speaker: "it's like", "that was like", "there were like" compare or hedge. */
  notSubjects: readonly string[];
  /** Words that open what was said after "like," (pronouns, "let's", interjections). */
  openers: readonly string[];
}> = {
  id: 'cue.quotative.be-like',
  value: {
    be: ['is', 'are', 'was', 'were', 'am', 'be', "'s", '’s'],
    between: [
      'kind',
      'sort',
      'of',
      'a',
      'bit',
      'little',
      'just',
      'literally',
      'all',
      'totally',
      'always',
      'still',
      'really',
      'basically',
    ],
    beforeBe: ['would', 'will', 'just', "'d", "'ll", '’d', '’ll', 'gonna', 'always'],
    notSubjects: [
      'it',
      'this',
      'that',
      'these',
      'those',
      'there',
      'here',
      'which',
      'what',
      'who',
      'everything',
      'something',
      'nothing',
      'anything',
    ],
    openers: [
      'i',
      'you',
      'he',
      'she',
      'we',
      'they',
      'it',
      'this',
      'that',
      'there',
      "let's",
      'let’s',
      // The tokenizer splits "let's" into "let" and "'s".
      'let',
      'oh',
      'okay',
      'ok',
      'look',
      'hey',
      'no',
      'yes',
      'yeah',
      'well',
      'wow',
      'whoa',
      'um',
      'uh',
      'uhm',
      'hm',
      'hmm',
      'wait',
      'what',
      'why',
      'how',
      'maybe',
      'please',
      'god',
      'man',
      'dude',
      'alright',
      'sure',
      'seriously',
    ],
  },
  reason:
    'Speakers in conversation, interviews, podcasts and vlogs report what they or others said or thought with "be like": "And I was like, I\'ll call you when I get home", "She\'s like, \'leave me alone\'", "So Jimmy contacted me and was like, look, I got to go out on the road". GUM marks these as claims with the subject as speaker (about twenty study-fold misses, no cue verb in sight); interviews quoted in news carry them too. "Be like" also compares ("It\'s like a horse", "Human nature is like a horse") and hedges ("it was like really decent tequila", "the food is like a 5 out of 10"), so it counts only when a person-like subject stands before "be" (not "it", "that", "there", "which", "who" …) and a quotation opens right after "like" (two words or more, or ending in a mark of its own) or a comma is followed by a word that opens speech: a pronoun, "let\'s" or an interjection ("oh", "okay", "look", "no", "well").',
  examples: [
    { text: "Her mom wanted to take her home early, and I'm like, no let's stay longer.", expect: 'like' },
    { text: "So she went home and I was like, I'll call you when I get home.", expect: 'was like' },
    { text: "She's doing the Karate Kid. She's like, 'leave me alone. Do I deserve this?'", expect: "'s like" },
    { text: 'So I was kind of like, maybe I should vlog today.', expect: 'was kind of like' },
    { text: "So I was like, let's just get both of our things together.", expect: 'was like' },
    { text: "And still now, I'm a bit like, I'm not old enough for this.", expect: 'a bit like' },
    { text: "And then the audience is like, I'm certain this is nothing.", expect: 'is like' },
    { text: 'The coach was like, "We are not going to lose this game."', expect: 'was like' },
    // Must not fire: a comparison, a hedge, or no speech after the comma.
    { text: 'Human nature is like a horse, ridden by God or the Devil.', expect: '' },
    { text: "It's like, your mom and dad murdered you.", expect: '' },
    { text: 'It was like really decent tequila, in a row.', expect: '' },
    { text: 'He was like, really off into wonderful abstract notions.', expect: '' },
    { text: 'The food was like, amazing.', expect: '' },
    { text: 'They were like brothers to me.', expect: '' },
  ],
};

/**
 * Row cue.quotative.go: 'Nonna goes "What do you think?"', "And she goes, no just spend the
 * night", 'there comes a time when you have to go "look, it's over"' — "go" before what was said.
 */
export const QUOTATIVE_GO: RuleRow<{
  /** Forms of "go" that may introduce speech. */
  forms: readonly string[];
  /** Words a quotation after "go" must reach, else it is a name or a scare quote ("went 'viral'"). */
  minQuoteWords: number;
}> = {
  id: 'cue.quotative.go',
  value: { forms: ['go', 'goes', 'went'], minQuoteWords: 3 },
  reason:
    'Conversation and podcasts introduce speech with "go": \'Nonna goes "What do you think?"\', \'you have to go “look, it\'s over”\', \'They can\\\'t just go "just set a crawler going …"\', "And she goes, no just spend the night" (GUM marks all of them; six study-fold misses). A quotation right after the verb counts when it holds three words or more or a mark of its own, so a scare quote or a title ("the video went \'viral\'", \'went "all in"\') is left; after a comma, the word must open speech (a pronoun, "let\'s" or an interjection, row cue.quotative.be-like\'s `openers`) and a pronoun or name must be the subject, so "if they\'re gonna go, if they\'re …" and "the higher your hands go, the more …" are left.',
  examples: [
    { text: 'Nonna goes "What do you think?"', expect: 'goes' },
    { text: 'There comes a time when you have to go "look, it is over".', expect: 'go' },
    { text: 'And she goes, no just spend the night.', expect: 'goes' },
    // Must not fire: a scare quote, a place to go, a comparison after a comma.
    { text: 'The video went "viral" within hours.', expect: '' },
    { text: 'The higher your hands go, the more respectful you are.', expect: '' },
    { text: 'We were ready to go, but the bus was late.', expect: '' },
  ],
};

/**
 * Row speaker.subject.evidence-seen-by: "Documents seen by Reuters show …", "Court records reviewed
 * by the newspaper show that …" — a record with a participle and its agent is the subject of
 * cue.verb.knowledge.evidence-shows (claims/evidence-subject.ts).
 */
export const EVIDENCE_SEEN_BY: RuleRow<{
  /** Participles of obtaining and reading a record ("seen", "obtained", "reviewed" …). */
  participles: readonly string[];
  /** Tokens the subject may span, from its first word to the cue. */
  maxWords: number;
}> = {
  id: 'speaker.subject.evidence-seen-by',
  value: {
    participles: [
      'seen',
      'obtained',
      'reviewed',
      'examined',
      'released',
      'filed',
      'published',
      'leaked',
      'provided',
      'compiled',
      'analysed',
      'analyzed',
      'shared',
      'viewed',
      'read',
    ],
    maxWords: 10,
  },
  reason:
    'Wire copy names its documents by who has seen them: "Documents seen by Reuters show the company paid the bribes", "Emails obtained by the newspaper show …", "Court records reviewed by the AP show that …". The cue ("show" after records or data, row cue.verb.knowledge.evidence-shows) was found, but the subject search stops at "by" and found no source, so no claim was made. When the sentence opens with such a record, a participle of obtaining or reading it and "by" its agent, the whole phrase is the source as written, as our batches write "a draft seen by Reuters" and "an internal memo seen by Reuters".',
  examples: [
    { text: 'Documents seen by Reuters show the company paid the bribes.', expect: 'Documents seen by Reuters' },
    {
      text: 'Court records reviewed by the newspaper show that the judge knew of the loan.',
      expect: 'Court records reviewed by the newspaper',
    },
    {
      text: 'Emails obtained by the Associated Press show the mayor approved the deal.',
      expect: 'Emails obtained by the Associated Press',
    },
    // Must not take: a subject that is no record (people seen by a clinic), or no "show" after it.
    { text: 'Patients seen by the clinic show that the drug works.', expect: '' },
    { text: 'Documents seen by Reuters were shredded last year.', expect: '' },
  ],
};

/**
 * Row speaker.subject.time-phrase-no-comma: "The talks ended, and two days later the union said
 * …", "Hours later police said …" — a span of time with "later", "earlier" or "ago" and no comma
 * before the subject is no part of it (claims/speaker.ts `trimSubject`).
 */
export const TIME_PHRASE_NO_COMMA: RuleRow<{
  /** Words of quantity before the unit ("two days", "a week", "several hours"). */
  quantities: readonly string[];
  /** Units of time, singular and plural. */
  units: readonly string[];
  /** Words after the unit that make the phrase a time adjunct. */
  relations: readonly string[];
}> = {
  id: 'speaker.subject.time-phrase-no-comma',
  value: {
    quantities: [
      'a',
      'an',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'twelve',
      'several',
      'some',
      'few',
      'many',
      'a few',
    ],
    units: [
      'second',
      'seconds',
      'minute',
      'minutes',
      'hour',
      'hours',
      'day',
      'days',
      'week',
      'weeks',
      'month',
      'months',
      'year',
      'years',
      'decade',
      'decades',
      'night',
      'nights',
    ],
    relations: ['later', 'earlier', 'ago', 'after', 'afterwards'],
  },
  reason:
    'Wire copy often writes a span of time before the subject without a comma: "The talks ended, and two days later the union said it would strike", "Hours later police said two men had been arrested". The subject search walked over the time phrase and gave the speaker "two days later the union". A quantity (or none, for a bare plural), a unit of time and "later", "earlier" or "ago" at the start of the subject are an adjunct, and the subject starts after them; a phrase that is all there is ("Two days later said …") is left as it was.',
  examples: [
    { text: 'The talks ended, and two days later the union said it would strike.', expect: 'the union' },
    { text: 'Hours later police said two men had been arrested.', expect: 'police' },
    { text: 'A week earlier the minister said the plan was sound.', expect: 'the minister' },
    // Must not change: a time phrase after its comma, and a subject with no time phrase.
    { text: 'Two days later, the union said it would strike.', expect: 'the union' },
    { text: 'The union said it would strike within two days.', expect: 'The union' },
  ],
};

/**
 * Row claim.content.relative-clause-ends: "The senator, who said the law was unfair, voted against
 * it" — the content of a cue inside a relative clause set off by commas ends at the clause's
 * closing comma (claims/relative-content.ts).
 */
export const RELATIVE_CONTENT_ENDS: RuleRow<{
  /** Relative pronouns that open the clause after a comma. */
  relatives: readonly string[];
}> = {
  id: 'claim.content.relative-clause-ends',
  value: { relatives: ['who', 'which'] },
  reason:
    'A cue in a non-restrictive relative clause ("The senator, who said the law was unfair, voted against it") reports only up to the comma that closes the clause; after it the main clause goes on with its own verb. The content ran to the sentence\'s end ("the law was unfair, voted against it on Tuesday"). When ", who" (or ", which") stands right before the cue, the content ends at the first comma after it that is followed by a finite verb or a past form, which is where the main clause resumes; a comma inside the content ("unfair, costly and late") is not followed by one.',
  examples: [
    { text: 'The senator, who said the law was unfair, voted against it on Tuesday.', expect: 'the law was unfair' },
    { text: 'Residents, who say the water is unsafe, have filed a lawsuit.', expect: 'the water is unsafe' },
    // Must not cut: a list inside the content, and a relative clause at the sentence's end.
    {
      text: 'The mayor thanked Ruiz, who said the plan was cheap, fair and quick.',
      expect: 'the plan was cheap, fair and quick',
    },
    {
      text: 'The senator said the law was unfair, and voted against it.',
      expect: 'the law was unfair, and voted against it',
    },
  ],
};

/**
 * Row cue.belief.comma-clause: "And I was thinking, this is interesting", "I'm thinking, God these
 * guys don't waste any time" — "think" with a pronoun subject, then a comma and the thought
 * (claims/belief-comma.ts).
 */
export const BELIEF_COMMA_CLAUSE: RuleRow<{
  /** Forms of "think" read this way. */
  forms: readonly string[];
  /** Subjects: pronouns of people, alone or carrying "be" ("I'm", "we're"). */
  subjects: readonly string[];
  /** Forms of "be" between the subject and "thinking". */
  be: readonly string[];
}> = {
  id: 'cue.belief.comma-clause',
  value: {
    forms: ['think', 'thought', 'thinking'],
    subjects: ['i', 'we', 'he', 'she', 'they', "i'm", 'i’m', "we're", 'we’re', "they're", 'they’re'],
    be: ['was', 'were', 'am', 'is', 'are', "'s", '’s'],
  },
  reason:
    'In conversation and interviews a thought is reported after a comma, as speech is: "And I was thinking, it looks like these people aren\'t going home alone tonight", "I\'m thinking, God these guys don\'t waste any time", "so I was thinking, this woman\'s sitting about as far away from me as Jamie is" (GUM marks them with the thinker as speaker; the cue verb found no clause, since a comma stood where the clause should begin). A form of "think" right after a pronoun of people (or after one and a form of "be"), then a comma and a word that opens speech (row cue.quotative.be-like\'s `openers`: a pronoun, "let\'s", an interjection), is a cue. Not "you": "You think, well, okay" and "you know, I think" are turns of talk GUM leaves.',
  examples: [
    { text: "And I was thinking, it looks like these people aren't going home alone tonight.", expect: 'thinking' },
    { text: "I'm thinking, God these guys don't waste any time.", expect: 'thinking' },
    { text: 'And I was thinking, hm, this is interesting.', expect: 'thinking' },
    { text: 'She thought, this can not be right.', expect: 'thought' },
    // Must not fire: no speech after the comma, a thing as subject, or "you".
    { text: 'I was thinking, for a moment, about the old house.', expect: '' },
    { text: 'The thinking, they said, was sound.', expect: 'said' },
    { text: 'You think, well, okay.', expect: '' },
  ],
};

/**
 * Row cue.adverb-between.stance: "I really believe that …", "We strongly believe the law is
 * unfair", "I would actually just say that …" — adverbs of stance and degree between the subject
 * and its cue, beside those of cue.adverb-between (read through `ADVERBS_BETWEEN_SET`).
 */
export const STANCE_ADVERBS_BETWEEN: RuleRow<readonly string[]> = {
  id: 'cue.adverb-between.stance',
  value: [
    'really',
    'actually',
    'truly',
    'genuinely',
    'strongly',
    'certainly',
    'honestly',
    'definitely',
    'sincerely',
    'simply',
    'fully',
    'absolutely',
    'generally',
    'frankly',
  ],
  reason:
    'cue.adverb-between lets a subject and its cue be split by adverbs of time and manner ("has long argued", "nonetheless insisted"), not by the adverbs of stance that interviews and speeches put there: "I really believe that the idea is sound" (GUM letter), "I would actually just say that even the simplest things …" (GUM podcast), and in news "We strongly believe the ruling is wrong", "The minister genuinely thinks the deal will hold". With such an adverb before it, a base form ("believe", "say") found neither its licensing pronoun or modal nor its subject, so no claim was made.',
  examples: [
    { text: 'I really believe that the idea is sound and can make money.', expect: 'believe' },
    { text: 'We strongly believe the ruling is wrong.', expect: 'believe' },
    { text: 'I would actually just say that even the simplest things are hard.', expect: 'say' },
    { text: 'The minister genuinely thinks the deal will hold.', expect: 'thinks' },
    // Must not fire: no cue after the adverb, or a cue with no clause.
    { text: 'I really like the new plan for the harbour.', expect: '' },
    { text: 'The results really matter to the town.', expect: '' },
  ],
};

/**
 * Row speaker.subject.duty-modal: "Well, first, I should say I'd like to reserve two minutes",
 * "I must say the plan is sound", "I should have said above that …" — "should", "must" or "shall"
 * between "I" or "we" and its cue, passed over by the subject search as "will" and "would" are.
 */
export const DUTY_MODALS_BEFORE_CUE: RuleRow<readonly string[]> = {
  id: 'speaker.subject.duty-modal',
  value: ['should', 'must', 'shall'],
  reason:
    'A base-form cue after "should", "must" or "shall" was already a cue (guard.base-form counts them as licensers), but the subject search passed over only "will", "would", "could", "may" and "might", so "I should say I\'d like to reserve two minutes for rebuttal" (GUM court) and "I should have said above that this is the first sample return mission" (GUM interview) found no source and made no claim. "Can" is left out: claims28 found abilities and offers made claims with it ("we can help you"). Only after "I" or "we", the speakers\' own frame: after another subject the modal gives advice or a duty ("You must tell the truth", which the object frame of "tell" would make a claim).',
  examples: [
    { text: "Well, first, I should say I'd like to reserve two minutes for rebuttal.", expect: 'say' },
    { text: 'I should have said above that this is the first sample return mission.', expect: 'said' },
    { text: 'I must say the new stadium is a triumph.', expect: 'say' },
    // Must not fire: a duty with no report after it, and "can".
    { text: 'You must tell the truth.', expect: '' },
    { text: 'We can tell you the results will be ready on Monday.', expect: '' },
  ],
};
