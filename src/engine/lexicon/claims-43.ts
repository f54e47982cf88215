/**
 * Rows of claims43 (issue #9): the known faults left by stop 52 and claims batches 113 and 114
 * (Wikinews briefs, wires with anonymous sources, parliamentary debates, police and disaster
 * statements, results calls). Each row is a pattern of English that holds in any news: a bare plural
 * with a relative clause as a subject ("Farmers who grow wheat say"), a time after a closing tag's
 * verb, a participle phrase inside a subject ("A poll published on Monday showed"). Kept in a file
 * of its own so a merge with the other claims helpers is a union.
 * claims-43.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.relative.bare-plural-head.time-after (extends speaker.relative.bare-plural-head,
 * claims-42): "…, residents who live nearby said on Monday." — a plain time after the verb still
 * closes the tag.
 */
export const BARE_PLURAL_TIME_AFTER: RuleRow<boolean> = {
  id: 'speaker.relative.bare-plural-head.time-after',
  value: true,
  reason:
    'Row speaker.relative.bare-plural-head reads a bare plural of people before "who" as the subject of a tag that closes the sentence ("…, doctors who work there say."). A closing tag often ends with a time ("said on Monday", "said yesterday"), and that stopped it: "The road floods every winter, residents who live nearby said on Monday." gave the speaker "live nearby" (a known fault left by stop 52). A plain time (on a weekday, today, yesterday, last week) between the verb and the sentence\'s end still closes the tag.',
  examples: [
    {
      text: 'The road floods every winter, residents who live nearby said on Monday.',
      expect: 'residents who live nearby',
    },
    { text: 'The beds are full, nurses who work there said yesterday.', expect: 'nurses' },
    // Must leave: more than a time after the verb.
    { text: 'The road floods every winter, Ann Cole, who lives nearby, said on Monday.', expect: 'Ann Cole' },
  ],
};

/**
 * Row guard.base-form.relative-plural-head (extends guard.base-form): "Farmers who grow wheat say
 * …" — a bare plural with a relative clause before a base-form cue is its subject.
 */
export const RELATIVE_PLURAL_BASE_FORM: RuleRow<{ maxHead: number; maxClause: number }> = {
  id: 'guard.base-form.relative-plural-head',
  /** Words of the noun phrase before "who" (the plural last); words of the relative clause after it. */
  value: { maxHead: 3, maxClause: 6 },
  reason:
    'A base-form cue ("say", "argue", "warn") is a verb only after a modal, "to", a plural or a coordinated subject (row guard.base-form); a word ending in -s before it is read as the plural. A relative clause puts its object between the plural and the cue, so "Farmers who grow wheat say the price is too low." made no claim (a known fault left by stop 52): "wheat" is no plural. When the sentence opens with a plural of people (after at most two modifiers) and "who", and the clause after "who" runs to the cue within six words with no punctuation, the plural is the cue\'s subject.',
  examples: [
    { text: 'Farmers who grow wheat say the price is too low.', expect: 'Farmers who grow wheat' },
    { text: 'Many parents who use the school say it should stay open.', expect: 'Many parents who use the school' },
    // Must leave: no plural of people before "who", and a base form after "to". (claims42's row
    // speaker.relative.bare-plural-head had "Farmers who grow wheat say …" as a leave case: the
    // known fault this row mends.)
    { text: 'The rule who wrote it say nothing.', expect: '' },
    { text: 'Anyone who wants to say something can come.', expect: '' },
  ],
};

/**
 * Row cue.infinitive.prompted-object (claims/prompted-object.ts): "The ruling prompted the union to
 * warn that …", "…, prompting the union to warn that …" — a verb of causing, its object and "to"
 * before a cue with a that-clause: the object is the source.
 */
export const PROMPTED_OBJECT: RuleRow<{ verbs: readonly string[]; maxObject: number }> = {
  id: 'cue.infinitive.prompted-object',
  /** Forms of verbs that cause someone to speak; words of the object between the verb and "to". */
  value: {
    verbs: [
      'prompted',
      'prompting',
      'prompts',
      'prompt',
      'spurred',
      'spurring',
      'forced',
      'forcing',
      'caused',
      'causing',
      'pushed',
      'pushing',
    ],
    maxObject: 6,
  },
  reason:
    'A cue after "to" is what someone is about to do, not what was said ("declined to comment"), unless a frame before "to" reports it (went on to say, is pleased to announce). A verb of causing with an object before "to" is such a frame: the object did say it. "The ruling prompted the union to warn that strikes would follow." and "The court struck down the law, prompting the union to warn that …" made no claim (a known fault left by stop 52). After prompt(s), prompted, spurred, forced, caused, pushed (or their -ing forms; "led" was left out at first, as it is as often a verb of its own in a relative clause before the object: "Officials who led the talks declined to confirm that …", review of stop 53; row cue.infinitive.prompted-object.clause-stop, claims-44, stops the walk at such a clause and takes "led" back) and an object of up to six words with no punctuation, "to" and a cue followed by "that" and a clause is a claim, and the object is its source.',
  examples: [
    { text: 'The ruling prompted the union to warn that strikes would follow.', expect: 'the union' },
    {
      text: 'The court struck down the law on Friday, prompting the union to warn that strikes would follow.',
      expect: 'the union',
    },
    { text: 'The ruling prompted Sen. Ann Reyes to say that the bill would fail.', expect: 'Ann Reyes' },
    // Must leave: no that-clause, and "led to" with no object.
    { text: 'The ruling prompted the union to call a strike.', expect: '' },
    { text: 'The crash led the town to ban lorries from the bridge.', expect: '' },
    { text: 'Officials who led the talks declined to confirm that a deal had been reached.', expect: '' },
  ],
};

/**
 * Row cue.view-adjunct.place-owner (extends cue.view-adjunct, claims-42): "In Washington's view, …"
 * — a place that owns a view before "'s" stands for its government.
 */
export const VIEW_PLACE_OWNER: RuleRow<boolean> = {
  id: 'cue.view-adjunct.place-owner',
  value: true,
  reason:
    'Row cue.view-adjunct reads "In X\'s view, …" as a claim of X, but took no place as holder, so that "In the view of the harbour, boats rocked" stays none. News names a government by its capital or country: "In Washington\'s view, the deal is dead." made no claim (a known fault left by stop 52). A place that owns the view with "\'s" holds it; the "of" form ("In the view of the harbour") still takes no place.',
  examples: [
    { text: "In Washington's view, the deal is dead.", expect: 'Washington' },
    { text: "In Germany's view, the talks have failed.", expect: 'Germany' },
    // Must leave: a place after "the view of", and a day before the noun.
    { text: 'In the view of the harbour, boats rocked on the water.', expect: '' },
    { text: 'In the view of Lake Geneva, the hotel was a palace.', expect: '' },
  ],
};

/**
 * Row speaker.subject.research-participle (extends cue.verb.knowledge.research-subject): "A poll
 * published on Monday by the Daily Courier showed that …" — the study with its participle and agent
 * is the subject.
 */
export const RESEARCH_PARTICIPLE: RuleRow<boolean> = {
  id: 'speaker.subject.research-participle',
  value: true,
  reason:
    'What a study, poll or survey "found" or "showed" is its finding (row cue.verb.knowledge.research-subject), and the study opening the sentence is the verb\'s subject. The subject was read by walking left from the verb, which stops at "by": "A poll published on Monday by the Daily Courier showed that most voters back the plan." and "A new survey of teachers by the National Education Union found that …" found no subject and made no claim (a known fault left by stop 52). When nothing else is found, the words from the sentence\'s start to the verb, opening with the study and holding no punctuation, are the subject; a name in them is resolved as in any subject.',
  examples: [
    {
      text: 'A poll published on Monday by the Daily Courier showed that most voters back the plan.',
      expect: 'A poll published on Monday by the Daily Courier',
    },
    {
      text: 'A new survey of teachers by the National Education Union found that most plan to quit.',
      expect: 'A new survey of teachers by the National Education Union',
    },
    // Must leave: people who find something, and an opening adjunct before "we found" (study folds).
    { text: 'Rescuers sent by the army on Monday found two hikers near the summit.', expect: '' },
    {
      text: 'By compiling data from published work we found that most languages have the word.',
      expect: '',
    },
  ],
};

/**
 * Row speaker.subject.participle-phrase (narrows the trailing participle cut of trailingAdjunct,
 * claims/speaker.ts): "Two people briefed on the talks said …" — a participle of knowing after a
 * plural of people describes the source and stays in its text.
 */
export const PARTICIPLE_PHRASE: RuleRow<readonly string[]> = {
  id: 'speaker.subject.participle-phrase',
  /** Participles that say how the source knows (after a plural of people). */
  value: ['briefed', 'involved', 'informed', 'acquainted', 'engaged'],
  reason:
    'A speaker\'s text drops a participle phrase after its head ("The official reached by phone said" shows "The official"; "A report published on Tuesday" shows "A report"). For an anonymous source the participle is the only description there is: "Two people briefed on the talks said Quillan had hired Lowther Bank" showed "Two people" (batch 113), while the same source without a count ("People briefed on the talks") and with an adjective ("people familiar with the matter") kept it. After a plural of people, a participle of knowing (briefed, involved, informed, acquainted, engaged) stays in the text, and the count is dropped from the name as for "Two people familiar with …".',
  examples: [
    {
      text: 'Two people briefed on the talks said the bank had hired advisers.',
      expect: 'people briefed on the talks',
    },
    {
      text: 'Three officials involved in the negotiations said a deal was close.',
      expect: 'officials involved in the negotiations',
    },
    // Must leave: a participle that is no way of knowing.
    { text: 'Two men arrested on Monday said the fire was set on purpose.', expect: 'Two men' },
  ],
};

/**
 * Row speaker.description.look-ahead.same-description (narrows the cataphora of describe(),
 * claims/speaker.ts): a description resolves to a person named only after it when that naming
 * repeats the description.
 */
export const LOOK_AHEAD_SAME: RuleRow<boolean> = {
  id: 'speaker.description.look-ahead.same-description',
  value: true,
  reason:
    'A description with no holder named before it ("the chief executive said", "…, said the leader of the council") was given to the first person named in the next two sentences whose role shared its head word. A later person with a like role is often someone else: "The bridge will close for a year, said the leader of the council. … Council leader Ann Moss said …" gave the first claim to Ann Moss (a known fault left by stop 52; the review of stop 52 guarded closing tags only). People named before are preferred as before; a person named later with a role of their own is taken only when the sentence naming them repeats the whole description ("The leader of the council, Ann Moss, …"), for a tag at the start or the end of a sentence alike. A person named later with no role stays the fallback when nobody has spoken ("…, its chief executive told reporters. Lina Novak, who took over in May, said …").',
  examples: [
    // "Council leader Ann Moss" is the same description in the other order (row
    // speaker.description.look-ahead.other-order, claims44); a leader of another body is not.
    {
      text: 'The leader of the council said the bridge would close for a year. The council met on Tuesday. Union leader Ann Moss said the budget was tight.',
      expect: 'leader of the council',
    },
    {
      text: 'The bridge will close for a year, said the leader of the council. The council met on Tuesday. Union leader Ann Moss said the budget was tight.',
      expect: 'the leader of the council',
    },
    // Must leave: the later naming repeats the description.
    {
      text: 'The leader of the council said the bridge would close for a year. The leader of the council, Ann Moss, is new to the job.',
      expect: 'Ann Moss',
    },
  ],
};

/**
 * Row guard.belief.prepositional-object (narrows cue.verb.belief): "They thought of atoms as moving
 * particles", "I think of him because …" — a verb of belief with "of" or "about" after it holds no
 * proposition.
 */
export const BELIEF_PREPOSITION: RuleRow<{ lemmas: readonly string[]; prepositions: readonly string[] }> = {
  id: 'guard.belief.prepositional-object',
  /** Lemmas of cue.verb.belief that take a thing thought of; not worry or fear ("worry about" is a claim in news). */
  value: { lemmas: ['think'], prepositions: ['of', 'about'] },
  reason:
    'Verbs of belief attribute a proposition, which they need as a clause. "Think" with "of" or "about" right after it takes a thing to think about instead, and a later "that" in the sentence belongs to another clause: "They thought of atoms as moving particles that differed in shape" was a false claim and "I think of him because they tell us that …" a claim of "I" where the source is "they" (study folds: a false claim and an "other cue" speaker error). "Think" followed at once by "of" or "about" is no cue. Not "worry about" or "fear for": a first try on every verb of belief lost a true claim in a kept-blind news batch (totals only).',
  examples: [
    { text: 'They thought of atoms as moving particles that differed in shape and size.', expect: '' },
    { text: 'I think of him because they tell us that the work is hard.', expect: 'tell' },
    // Must leave: a clause after the verb, and "of course" after a comma.
    { text: 'Omar Haddad thinks the plant will reopen.', expect: 'thinks' },
    { text: 'Omar Haddad believes, of course, that the plant will reopen.', expect: 'believes' },
  ],
};
