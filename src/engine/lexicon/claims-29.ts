/**
 * Rows of claims29 (issue #9): recall on the claims folds, from the study folds' misses sorted by
 * scripts/claims/misses-by-cause.ts and from news sentences of our own written to the same
 * constructions. Kept in a file of their own so a merge with the other claims helpers is a union.
 * claims-29.test.ts runs the examples through the whole engine (`expect` is the cue of one of the
 * text's claims, "" = no claim at all).
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.progressive.clause: "The government is now saying that the strike is illegal", "I'm not
 * saying that the property loses protections", "Critics have been arguing that the tax is unfair"
 * — the progressive of any cue verb, when a clause follows it (claims/cues.ts `progressiveClause`;
 * the subject is found past "be" by claims/speaker.ts).
 */
export const PROGRESSIVE_CLAUSE: RuleRow<{
  /** Forms of "be" (and the contracted ones) that make an -ing form a progressive. */
  be: readonly string[];
  /** Words that may stand between "be" and the -ing form ("are now saying", "is not suggesting"). */
  between: readonly string[];
}> = {
  id: 'cue.progressive.clause',
  value: {
    be: ['is', 'are', 'was', 'were', 'am', 'been', 'be', "'s", '’s', "'m", '’m', "'re", '’re'],
    between: [
      'not',
      "n't",
      '’t',
      'now',
      'still',
      'also',
      'just',
      'really',
      'actually',
      'already',
      'only',
      'always',
      'even',
      'again',
      'all',
      'increasingly',
      'openly',
      'privately',
      'publicly',
    ],
  },
  reason:
    'cue.progressive lets only verbs of demanding, warning and alleging count in the progressive, since "is saying" and "was telling" are as often talk that reports nothing in fiction and conversation ("He was telling me about his trip", "She was saying goodbye"). With a clause after it the progressive reports a content like the simple tense: "The government is now saying that the strike is illegal", "Doctors are saying the virus spreads faster", and in the study folds\' court and letter texts "I\'m not saying that the property loses protections", "I\'m conceding that there may be a violation", "I\'ve been thinking that $20 per month would be fine" (GUM marks all three; they made no claim). So any cue verb counts after a form of "be" — with at most two adverbs or a negation between — when "that" and a clause, or a bare clause, follow.',
  examples: [
    { text: 'The government is now saying that the strike is illegal.', expect: 'saying' },
    { text: 'Doctors are saying the virus is spreading faster than expected.', expect: 'saying' },
    { text: 'Critics have been arguing that the new tax is unfair.', expect: 'arguing' },
    { text: "So I'm not saying that the property loses its protections.", expect: 'saying' },
    { text: 'The minister is not suggesting that the talks have failed.', expect: 'suggesting' },
    // Must not fire: talk with no clause after it, and an -ing form that is no progressive.
    { text: 'He was telling me about his trip to the coast.', expect: '' },
    { text: 'She was saying goodbye to her neighbours at the gate.', expect: '' },
    { text: 'The company is saying nothing about the sale.', expect: '' },
    { text: 'The thinking behind the plan is that rents will fall.', expect: '' },
    // Nor a finite verb after a relative or a conjunction (the study folds' podcast and vlog).
    { text: "You're not stressing the parts of the brain that need the work.", expect: '' },
    { text: "Today I've been feeling a little tired so I've stayed home.", expect: '' },
  ],
};

/**
 * Row speaker.coordinated-verb.plural-subject: "Police arrested two men and said they were
 * searching for a third", "Local officials closed the road and said …" — a sentence opening with a
 * plural noun phrase (no name, no person noun the descriptor lists know) is the subject a
 * coordinated cue shares, as "The police" or a name already was. A word is plural as the cue
 * guards read it (`isPluralWord` in claims/cues.ts, with its plurals that have no -s).
 */
export const PLURAL_SUBJECT: RuleRow<{
  /** Words that may open the phrase before its modifiers ("Many residents", "Some doctors"). */
  determiners: readonly string[];
  /** Words the verb after the plural may not be (the phrase goes on: "Doctors at the clinic"), nor any word before it ("When someone comes"). */
  notVerbs: readonly string[];
  /** Plurals of time that open an adjunct, not a subject ("Hours later, … he repeated … and added"). */
  timeNouns: readonly string[];
  /** Words between the determiner and the plural head. */
  maxModifiers: number;
}> = {
  id: 'speaker.coordinated-verb.plural-subject',
  value: {
    determiners: ['the', 'many', 'some', 'most', 'several', 'other', 'both', 'all', 'two', 'three', 'four', 'five'],
    notVerbs: [
      'of',
      'in',
      'at',
      'from',
      'on',
      'for',
      'with',
      'by',
      'to',
      'and',
      'or',
      'who',
      'which',
      'that',
      'whose',
      'near',
      'across',
      'inside',
      'outside',
      'later',
      'ago',
      'earlier',
      'when',
      'if',
      'as',
      'because',
      'while',
      'after',
      'before',
      'since',
      'although',
      'though',
      'once',
      'until',
      'where',
    ],
    timeNouns: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'times', 'nights'],
    maxModifiers: 2,
  },
  reason:
    'A cue after "and" shares the subject of the verb before it ("… closed the road and said it would reopen"). The subject was looked for as a name, a pronoun, or a description whose head the person and organisation lists know ("The police", "The company"), so the commonest wire opening of all, a bare plural — "Police arrested two men and said …", "Doctors treated 40 people and said …", "Researchers tested 500 samples and found that …", "Many residents left their homes and said …" — made no claim. A plural head (after at most a determiner and two modifiers, none of them a subordinator) followed by a lowercase word that continues no noun phrase (no preposition, conjunction or relative, no second plural) is the subject, unless it is a plural of time ("Hours later, … he repeated the line and added") or a semicolon or colon stands before the cue ("Mesoamericans were polytheistic; their gods … demanded", in the study folds).',
  examples: [
    { text: 'Police arrested two men and said they were searching for a third.', expect: 'Police' },
    { text: 'Local officials closed the road and said it would reopen on Friday.', expect: 'Local officials' },
    { text: 'Many residents left their homes and said they would not return.', expect: 'Many residents' },
    { text: 'The rescuers pulled three people from the rubble and said more were trapped.', expect: 'The rescuers' },
    { text: 'Researchers tested 500 samples and found that half were contaminated.', expect: 'Researchers' },
    // Must not take: the subject of a cue with its own subject after "and", or a sentence opening with no plural.
    { text: 'Prices rose sharply and analysts said the trend would continue.', expect: 'analysts' },
    { text: 'Heavy rain closed the road and officials said it would reopen on Friday.', expect: 'officials' },
    // "Hours" opens a time phrase, no subject (row speaker.coordinated-verb.after-time-adjunct finds "he").
    {
      text: 'Hours later, at a rally in Lima, he repeated the charge and added that the vote was rigged.',
      expect: 'he',
    },
    { text: 'When someone comes up and says the work is great, I thank them.', expect: '' },
    { text: 'The villagers were poor; their chiefs owned the land and demanded rents from every family.', expect: '' },
  ],
};

/**
 * Row claim.content.that-before-clause: the "that" after a cue is the clause's complementiser only
 * before the clause has begun — "told reporters on Monday that …", never the "that" of "said it had
 * raised twice that amount" — and only one "that" is skipped ("said that that was a mistake").
 */
export const THAT_BEFORE_CLAUSE: RuleRow<{
  /** Subject pronouns that open a clause with no "that" (not "you": "told you that …"). */
  subjects: readonly string[];
  /** Before a later "that", these make it a second clause's ("… but that work had not begun"). */
  coordinators: readonly string[];
}> = {
  id: 'claim.content.that-before-clause',
  value: { subjects: ['i', 'he', 'she', 'it', 'we', 'they'], coordinators: ['and', 'but', 'or'] },
  reason:
    'A cue may have its addressee and an adjunct before "that" ("told reporters on Monday that the bridge would reopen"), so the first "that" within a few words was taken as the complementiser and the content began after it. When the clause has already begun — a subject pronoun or a finite verb before the "that" — the "that" is a determiner or pronoun inside it: "The company said it had raised twice that amount" had the content "amount", and "it had raised twice that." made no claim at all (the "that" opened no clause, so the verb was refused). A second "that" right after the first is the clause\'s subject ("said that that was a mistake" had "was a mistake"). A later "that" with a finite verb right after it is a relative pronoun ("vowed on Monday to veto a bill that would require …"), and one after "and", "but" or "or" opens a second reported clause ("pledged to lengthen runways but that work had not begun"): in both the content starts at the cue, not after that "that".',
  // `expect`: the content of the text's first claim.
  examples: [
    { text: 'The company said it had raised twice that amount.', expect: 'it had raised twice that amount' },
    { text: 'The company said it had raised twice that.', expect: 'it had raised twice that' },
    { text: 'The minister said that that was a mistake.', expect: 'that was a mistake' },
    // Must still skip the complementiser after an addressee and an adjunct.
    { text: 'The mayor told reporters on Monday that the bridge would reopen.', expect: 'the bridge would reopen' },
    {
      text: 'The governor vowed to veto a bill that would require photo identification.',
      expect: 'to veto a bill that would require photo identification',
    },
    {
      text: 'The ministry promised to lengthen runways but that work had not begun.',
      expect: 'to lengthen runways but that work had not begun',
    },
    // The longest addressee and adjunct the window holds: seven words before "that".
    {
      text: 'The minister told reporters outside the Congress building in Valparaíso that the reform would pass.',
      expect: 'the reform would pass',
    },
    { text: 'Officials told him that the road was closed.', expect: 'the road was closed' },
    { text: 'The judge told you that the law was clear.', expect: 'the law was clear' },
  ],
};

/**
 * Row speaker.subject.bare-plural.agent-noun: "engineers", "inspectors", "economists", "physicians"
 * — the plural of an agent noun in -er, -or, -ist or -ian is people, as the listed person nouns are,
 * so "…, but engineers argued that it would fail" is a second source and "they" can be them.
 */
export const AGENT_PLURAL: RuleRow<{
  /** Endings of an agent noun's singular. */
  endings: readonly string[];
  /** Singulars with such an ending that name things, beside speaker.agent-noun.not-person. */
  notPeople: readonly string[];
  /** The singular has at least this many letters ("users" is left to the lists). */
  minLength: number;
}> = {
  id: 'speaker.subject.bare-plural.agent-noun',
  value: {
    endings: ['er', 'or', 'ist', 'ian'],
    notPeople: [
      'other',
      'power',
      'quarter',
      'headquarter',
      'corner',
      'layer',
      'meter',
      'metre',
      'liter',
      'litre',
      'container',
      'counter',
      'shelter',
      'weather',
      'winter',
      'summer',
      'finger',
      'flower',
      'mirror',
      'motor',
      'tractor',
      'reactor',
      'indicator',
      'vector',
      'danger',
      'answer',
      'offer',
      'transfer',
      'disaster',
      'character',
      'chamber',
      'member',
      'remainder',
      'barrier',
      'cylinder',
      'sensor',
      'processor',
      'elevator',
      'radiator',
    ],
    minLength: 5,
  },
  reason:
    'A bare plural is a source when its head is a person noun (speaker.subject.bare-plural), and the person nouns are lists: "Officials said …" and "…, but critics argued that …" were claims, "…, but engineers argued that it would fail" was read as part of the first content, since "engineer" is on no list. An agent noun — a singular of five letters or more in -er, -or, -ist or -ian ("engineer", "inspector", "economist", "physician") — names people unless it is one of the things that only look like it ("the border", "the number", "powers", "sensors"), so its plural is taken as people like the listed ones. ("member" is left out: "members of the board" is a group the lists read already.)',
  // `expect`: the speaker as written of one of the text's claims ("" = no claim).
  examples: [
    { text: 'The mayor said the plan was sound, but engineers argued that it would fail.', expect: 'engineers' },
    { text: 'The minister said the bridge was safe, and inspectors said it would need repairs.', expect: 'inspectors' },
    { text: 'The bank held rates, but economists said it would cut in June.', expect: 'economists' },
    // Must not take: a thing named like an agent ("powers", "sensors"), read as part of the first content.
    {
      text: 'The minister said the law was clear, and sensors showed that the river was rising.',
      expect: 'The minister',
    },
  ],
};

/**
 * Row cue.verb.knowledge.evidence-shows: "Polls show the race is tied", "The data show that
 * unemployment fell", "Court records show the company lost $3 million" — what data, records or a
 * poll show is their finding in the present tense too, and "data" takes the base form.
 */
export const EVIDENCE_SHOWS: RuleRow<{
  /** Forms of "show" read this way. */
  forms: readonly string[];
  /** Records and data, beside the studies and polls of cue.verb.knowledge.research-subject. */
  subjects: readonly string[];
  /** Words before the subject that make it a relative clause's ("an election that polls show is close"). */
  relatives: readonly string[];
}> = {
  id: 'cue.verb.knowledge.evidence-shows',
  value: {
    forms: ['show', 'shows', 'showed'],
    subjects: [
      'records',
      'documents',
      'filings',
      'statistics',
      'numbers',
      'footage',
      'images',
      'photographs',
      'emails',
      'minutes',
      'transcripts',
      'polls',
      'surveys',
      'studies',
      'data',
      'figures',
      'results',
      'tests',
    ],
    relatives: ['that', 'which', 'who', 'whom'],
  },
  reason:
    'cue.verb.knowledge.research-subject reads "the survey found", "the poll showed" in the past tense only, and "show" needs a name, a pronoun or "that" to be a verb rather than the noun ("the show"), and a plural in -s before its base form. So the present of wire copy made no claim: "Polls show the race is tied", "Court records show the company lost $3 million", "Records from the county show …", and "The data show that unemployment fell" (also the study folds\' "Our data show that …"), "data" having no -s. After these subjects — right before the verb, or opening the sentence with no punctuation before the verb — "show" is the verb and what follows its finding; not in a relative clause ("an election that polls show is close", "Sen. Castillo (who polls show trailing …)"), which the batches\' gold leaves as the writer\'s aside.',
  examples: [
    { text: 'Polls show the race is tied.', expect: 'show' },
    { text: 'The data show that unemployment fell in March.', expect: 'show' },
    { text: 'Court records show the company lost $3 million.', expect: 'show' },
    { text: 'Records from the county show the bank moved the funds in May.', expect: 'show' },
    // Must not fire: the noun, and a subject that is no record.
    { text: 'The show drew record crowds in March.', expect: '' },
    { text: 'The guides show visitors around the old town.', expect: '' },
    // Nor a relative clause, where the poll is the writer's aside (claim batches 8 and 46).
    { text: 'The vote comes three weeks before an election that polls show is close.', expect: '' },
  ],
};

/**
 * Row speaker.relative.restrictive: "The council ignored farmers who say the dam will flood their
 * fields", "anyone who thinks they are just window dressing", "Residents, who say the water is
 * unsafe, marched" — "who" right before the cue stands for the noun phrase before it, and makes
 * the base form after a plural a verb.
 */
export const RESTRICTIVE_RELATIVE: RuleRow<{
  /** Heads that are people without being plural or listed person nouns. */
  pronounHeads: readonly string[];
}> = {
  id: 'speaker.relative.restrictive',
  value: { pronounHeads: ['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'those', 'people'] },
  reason:
    'A relative clause of saying is how news gives a group\'s view in passing ("The council ignored farmers who say the dam will flood their fields", "Residents, who say the water is unsafe, marched on the town hall"). The subject walk took the words before "who" back to the sentence\'s subject ("The council ignored farmers who said …" was the council\'s claim), and after "who" a base form had no plural or modal before it, so "who say" made no claim. "who" right before the cue now stands for the noun phrase before it — a name, or a plural or person noun or a pronoun like "anyone" with at most a determiner and one modifier — and a base form right after "who" is a verb when that phrase is plural. GUM writes the pronoun itself as the speaker ("techno-romantics who think …" has "who"); news gold names the group, as here.',
  // `expect`: the speaker as written of one of the text's claims ("" = no claim).
  examples: [
    { text: 'The council ignored farmers who say the dam will flood their fields.', expect: 'farmers' },
    { text: 'The council ignored farmers who said the dam would flood their fields.', expect: 'farmers' },
    { text: 'Residents, who say the water is unsafe, marched on the town hall.', expect: 'Residents' },
    { text: 'None of these pitches will sway anyone who thinks they are just window dressing.', expect: 'anyone' },
    { text: 'The mayor met the nurses who say the ward is understaffed.', expect: 'the nurses' },
    // Must not take: "who" opening a question, after a word that is no noun phrase.
    { text: 'It is unclear who said the bridge was safe.', expect: '' },
  ],
};

/**
 * Row cue.infinitive.arrived-belief: "Investigators have come to believe that the fire was set",
 * "Ana Lopes had come to acknowledge that the theory was wrong", "The records appear to show that
 * …" — after "come to", "seem to" or "appear to" the cue verb is the subject's own report.
 */
export const ARRIVED_BELIEF: RuleRow<readonly string[]> = {
  id: 'cue.infinitive.arrived-belief',
  value: ['come', 'comes', 'came', 'coming', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared'],
  reason:
    'A cue verb after "to" reports nothing ("declined to comment", "wanted to know") except after the few verbs of guard.infinitive ("went on to say"), and those only for verbs of saying. Arriving at a view and seeming to hold one are reports of the view itself, hedged at most: "Investigators have come to believe that the fire was set", "By 1965, Fillmore had come to acknowledge that …" (a study-fold miss, still one: a bare noun after "that" is no sure clause), "The records appear to show that the funds were moved". Only with "that" opening a clause after the cue, so "came to know the family" and "seems to know everyone" stay none; the subject stands before "come to"/"seem to".',
  examples: [
    { text: 'Investigators have come to believe that the fire was set deliberately.', expect: 'believe' },
    { text: 'By 1965, Ana Lopes had come to acknowledge that the theory was wrong.', expect: 'acknowledge' },
    { text: 'The records appear to show that the funds were moved in May.', expect: 'show' },
    // Must not fire: no clause after the verb.
    { text: 'Over the years she came to know the family well.', expect: '' },
    { text: 'The mayor seems to know everyone in the town.', expect: '' },
  ],
};

/**
 * Row cue.verb.knowledge.pronoun-clause: "I remember I was gargling vinegar", "She remembers she was
 * terrified", "I remember there was one bit about a GPS" — a verb of remembering or noticing takes
 * its clause without "that" when a subject pronoun and its finite verb open it.
 */
export const KNOWLEDGE_PRONOUN_CLAUSE: RuleRow<{
  lemmas: readonly string[];
  /** Words that open the clause as its subject. */
  subjects: readonly string[];
}> = {
  id: 'cue.verb.knowledge.pronoun-clause',
  value: {
    lemmas: ['remember', 'notice', 'realise', 'realize', 'forget', 'learn', 'discover'],
    subjects: ['i', 'he', 'she', 'we', 'they', 'there', 'you'],
  },
  reason:
    'The verbs of knowing ask for "that" (cue.verb.knowledge), since "remembered the war" or "noticed the smell" report no proposition. A subject pronoun right after the verb, with a finite verb or a contracted one after it, can only open a clause: "I remember I was gargling apple cider vinegar", "That Tuesday, I remember I had been getting more symptomatic", "I remember there was one bit" (GUM marks them; nine study-fold misses have "remember" with "I"). "I remember you" and "noticed them" have no finite verb after the pronoun.',
  examples: [
    { text: 'She remembers she was terrified when the water rose.', expect: 'remembers' },
    { text: 'I remember there was one bit about a GPS.', expect: 'remember' },
    { text: 'Residents noticed they had no water on Monday.', expect: 'noticed' },
    // Must not fire: a pronoun object with no verb of its own.
    { text: 'I remember you from the meeting in May.', expect: '' },
    { text: 'The guards noticed them near the gate.', expect: '' },
  ],
};

/**
 * Row speaker.coordinated-verb.after-time-adjunct: "Two days later, the minister repeated the charge
 * and said …", "Hours later, at a rally in Lima, he repeated the charge and added that …" — an
 * opening time phrase (and a place phrase after it) stands before the subject a coordinated cue shares.
 */
export const AFTER_TIME_ADJUNCT: RuleRow<{
  /** Words that end an opening time phrase before its comma. */
  timeEnds: readonly string[];
  /** Words that open a second adjunct after it ("at a rally in Lima,"). */
  prepositions: readonly string[];
  /** Tokens an adjunct may have. */
  maxTokens: number;
}> = {
  id: 'speaker.coordinated-verb.after-time-adjunct',
  value: {
    timeEnds: ['later', 'earlier', 'ago', 'afterwards', 'before'],
    prepositions: ['at', 'in', 'on', 'during', 'after', 'before', 'outside', 'inside', 'near'],
    maxTokens: 8,
  },
  reason:
    'A cue after "and" takes the subject at the sentence\'s start, past an opening adjunct the adjunct rows know ("On Monday, …", "In a statement, …"); a time phrase ending in "later", "earlier" or "ago" was none of them, so wire sentences like "Two days later, the minister repeated the charge and said the vote was rigged" and "Hours later, at a rally in Lima, he repeated the charge and added that …" made no claim (batch 50 has one). Past such a phrase, and past one more comma-closed phrase opening with a preposition of place or time, the subject is looked for as at the start.',
  // `expect`: the speaker as written of one of the text's claims ("" = no claim).
  examples: [
    { text: 'Two days later, the minister repeated the charge and said the vote was rigged.', expect: 'the minister' },
    {
      text: 'Hours later, at a rally in Lima, he repeated the charge and added that the vote was rigged.',
      expect: 'he',
    },
    { text: 'A week earlier, Ana Lopes visited the dam and said it was safe.', expect: 'Ana Lopes' },
    // Must not take: a time phrase with no comma before a subject of the cue's own.
    { text: 'Two days of talks ended and the union said the strike would go ahead.', expect: 'the union' },
  ],
};
