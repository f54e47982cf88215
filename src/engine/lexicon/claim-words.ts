/**
 * Small word classes the claim detector's constructions read (claims/cues.ts, claims/speaker.ts):
 * time words that end an adjunct chain or a source's description, subject pronouns, title-like
 * words before a name, verbs of seeing a document, and the adverbs that may stand between a verb
 * and what it reports. They were inline regular expressions; as rows each has its reason and an
 * example that claim-rows.test.ts runs through the whole engine (`expect` is the speaker's name).
 */
import { FINITE_AUXILIARIES } from './verb-forms';
import type { RuleRow } from './rule-row';
import { TELL_VERBS } from './attribution-patterns';
import { MONTHS, WEEKDAYS } from './words';

/** Time words that may close a long chain of adjuncts right before "that" (claims/cues.ts `thatFollows`). */
export const TIME_BEFORE_THAT: RuleRow = {
  id: 'cue.that-after-adjuncts.time',
  value: [...WEEKDAYS, ...'morning afternoon evening night week month year weekend today yesterday'.split(' ')],
  reason:
    'A cue followed by eight or more words of adjuncts still takes a that-clause when the chain ends in a time ("wrote in a letter to the board of the city last week that …"): news puts the time last, right before the reported clause; any other lowercase word there is more likely a noun the "that" belongs to.',
  examples: [
    {
      text: 'Mayor Dana Whitfield wrote in an op-ed in the local weekly paper last week that fares would rise.',
      expect: 'Dana Whitfield',
    },
  ],
};

/** What a time phrase after an unnamed source's head looks like (claims/speaker.ts `trailingAdjunct`). */
export const TRAILING_TIME: RuleRow<{
  prepositions: readonly string[];
  relative: readonly string[];
  times: readonly string[];
}> = {
  id: 'speaker.trailing-time',
  value: {
    prepositions: ['in', 'on', 'during'],
    relative: ['last', 'this', 'next'],
    // A four-digit year counts too ("in 2023"); that is a digit pattern, not a word.
    times: ['last', 'this', 'next', ...WEEKDAYS, ...MONTHS],
  },
  reason:
    'A source described without a name ends before a time phrase ("Prosecutors on Monday told", "a study published last month"): "in", "on" or "during" before a year, weekday or month, or "last", "this" or "next", is when it spoke, not part of who spoke.',
  examples: [
    {
      text: 'Prosecutors on Monday told jurors that the accountant had forged the ledgers.',
      expect: 'Prosecutors',
    },
  ],
};

/** Subject pronouns, and their contracted forms ("he'll", "they're"). */
export const SUBJECT_PRONOUN_WORDS: RuleRow<{
  pronouns: readonly string[];
  people: readonly string[];
  contractions: readonly string[];
}> = {
  id: 'speaker.subject-pronoun',
  value: {
    pronouns: ['he', 'she', 'they', 'it', 'we', 'i', 'you'],
    // The ones that stand for people, before an ambiguous cue like "called" or "asked".
    people: ['he', 'she', 'they', 'we', 'i'],
    contractions: ['ll', 'm', 'd', 've', 're', 's'],
  },
  reason:
    'A subject pronoun is a whole subject by itself: a phrase walked too far left ("In those days I") ends at it, and before a word that is also a noun ("she called the plan …") it makes that word a verb.',
  examples: [{ text: 'Omar Haddad left early. He asked the board to resign.', expect: 'Omar Haddad' }],
};

/** Words that may stand between an opening adjunct's comma and the name after it. */
export const TITLE_LIKE_WORDS: RuleRow = {
  id: 'speaker.after-adjunct.title-like',
  // Demonyms in -ian ("Canadian") count too; that is a suffix, not a word.
  value: [
    'the',
    'president',
    'prime',
    'minister',
    'mr',
    'mr.',
    'mrs',
    'mrs.',
    'ms',
    'ms.',
    'dr',
    'dr.',
    'former',
    'chief',
    'general',
  ],
  reason:
    'After an opening adjunct ("Due to the invasion, President X has stayed …") a title, an honorific or a demonym may precede the name that is the subject; other words start something else.',
  examples: [
    {
      text: 'Despite the protests, President Lina Park said the reform would go ahead.',
      expect: 'Lina Park',
    },
  ],
};

/** Verbs by which someone other than the source saw a document ("seen by Reuters"). */
export const SEEN_BY: RuleRow = {
  id: 'speaker.seen-by',
  value: ['seen', 'obtained', 'reviewed', 'viewed'],
  reason:
    'In "an internal memo seen by Reuters" the news agency that saw the document is not its source; the document (and whoever wrote it) is.',
  examples: [
    {
      text: 'The plant will close in March, according to an internal memo seen by Reuters.',
      expect: 'internal memo seen by Reuters',
    },
  ],
};

/** Words before a name that make it the one spoken to ("told Reuters", "in an interview with X"). */
export const ADDRESSEE_BEFORE: RuleRow = {
  id: 'speaker.addressee-before',
  value: ['told', 'tell', 'tells', 'telling', 'with', 'to'],
  reason:
    'A name right after a verb of telling or after "with"/"to" (optionally "the") is the addressee or the medium ("told the Guardian", "in an interview with Reuters"), not a source.',
  examples: [
    {
      text: 'Kestrel Motors shares fell after the chief executive spoke to Reuters. The company said demand had slowed.',
      expect: 'Kestrel Motors',
    },
  ],
};

/** Openers that make a description plural or counted, so it cannot be one person. */
export const COUNTED_OPENERS: RuleRow<{ counted: readonly string[]; headEnds: readonly string[] }> = {
  id: 'speaker.describes-person.counted',
  value: {
    counted: ['two', 'three', 'four', 'five', 'several', 'some', 'many', 'both'],
    // The head of a description comes before the first of these ("former engineer at the company").
    // claims15: and before a participle or adjective that starts a description after the head
    // ("a Democratic strategist working with the campaign", "an official familiar with the talks").
    headEnds: [
      'at',
      'of',
      'for',
      'in',
      'from',
      'with',
      'who',
      'working',
      'speaking',
      'representing',
      'familiar',
      'close',
      'involved',
      'briefed',
    ],
  },
  reason:
    '"he" or "she" may stand for an unnamed source described as one person ("a former engineer at the company"), never for a counted group ("two engineers"); the head noun that says whether it is a person comes before any prepositional phrase, participle or adjective phrase that describes it ("a Democratic strategist working with the Ridley campaign", "an official familiar with the talks").',
  examples: [
    {
      text: 'A former engineer at the plant said the valves were old. She said they had failed twice.',
      expect: 'former engineer at the plant',
    },
    {
      text: 'Mike Daniels said prices rose. A Democratic strategist working with the Ridley campaign said that was wrong. He said early-vote numbers were running ahead of 2020.',
      expect: 'Democratic strategist working with the Ridley campaign',
    },
  ],
};

/** Roles that make a person the leader or ruler a description speaks of. */
export const LEADER_ROLES: RuleRow = {
  id: 'speaker.description.leader',
  value: ['president', 'minister', 'premier', 'chancellor', 'king', 'leader', 'ruler'],
  reason:
    '"The leader", "the ruler" or "the head" said stands for a person whose role names them as one: a president, minister, premier, chancellor or king (matched inside longer roles, "prime minister").',
  examples: [
    {
      text: 'Omar Haddad, a banker, met Prime Minister Karl Tamm on Monday. The leader said the army would help.',
      expect: 'Karl Tamm',
    },
  ],
};

/** Adverbs between a cue and what it reports ("said again that", "repeatedly claimed"). */
export const ADVERBS_AFTER_CUE: RuleRow = {
  id: 'cue.adverb-after',
  // Any word in -ly counts too ("firmly", "privately"); that is a suffix, not a word.
  value: ['also', 'again', 'still', 'now', 'repeatedly', 'firmly', 'privately', 'publicly', 'strongly'],
  reason:
    'An adverb may sit between a cue and its that-clause or quotation ("said again that …", "insisted privately that …").',
  examples: [
    {
      text: 'Lina Park insisted again that the vote had been fair.',
      expect: 'Lina Park',
    },
  ],
};

/** Adverbs after a form of "be" that make the cue after them a passive or a participle. */
export const PASSIVE_ADVERBS: RuleRow = {
  id: 'cue.guard.passive-adverb',
  // Any word in -ly counts too ("were repeatedly denied"); that is a suffix, not a word.
  value: ['twice', 'also', 'not', 'never', 'then', 'later'],
  reason:
    'After "was", "were" or "been" and an adverb, a cue form is a passive or a participle ("were twice denied bail", "was later told"): nobody reports anything there.',
  examples: [{ text: 'The two men were twice denied bail by the court.', expect: '' }],
};

/**
 * Closed classes of function words the claim constructions test at one place each; kept together
 * because each is a grammatical class, not knowledge of a topic. The field says where it is read.
 */
export const CLAIM_FUNCTION_WORDS: RuleRow<{
  /** An aside in brackets after a subject opens with one of these ("(which has spent …)"). */
  bracketAsideOpeners: readonly string[];
  /** "more than 30,000 nurses": "than" after these is inside a quantity, not a boundary. */
  thanQuantity: readonly string[];
  /** "it's hard", "that's": one of these before a contracted verb makes a clause, not a subject. */
  contractedClause: readonly string[];
  /** Words inside a portfolio after "Secretary of" ("Secretary of Health and Human Services"). */
  portfolioJoiners: readonly string[];
  /** "U.S. chip designer X": a lowercase word before a name modifies it, unless it is one of these. */
  notModifiers: readonly string[];
  /** "The ministry in a statement said": the document a source spoke through follows these … */
  documentPrepositions: readonly string[];
  /** … and one of these. */
  documentDeterminers: readonly string[];
  /** "wrote in an op-ed in X on Thursday that": a longer adjunct chain opens with one of these. */
  adjunctChainPrepositions: readonly string[];
  /** "Previous studies have found": the perfect after a study states what is known. */
  perfectAuxiliaries: readonly string[];
  /** A study's head noun may follow one of these ("A poll by …", "Their survey …"). */
  studyDeterminers: readonly string[];
  /** "was quoted by the Interfax news agency as saying", "in a newspaper as saying". */
  quotedMedium: readonly string[];
}> = {
  id: 'claim.function-words',
  value: {
    bracketAsideOpeners: ['who', 'which', 'whose', 'whom', 'a', 'an', 'the'],
    thanQuantity: ['more', 'less', 'fewer', 'rather'],
    contractedClause: ['it', 'that', 'there', 'what', 'he', 'she', 'who'],
    portfolioJoiners: ['for', 'of', 'and', 'the', '&'],
    notModifiers: ['of', 'in', 'at', 'for', 'from', 'and', 'or'],
    documentPrepositions: ['in', 'on', 'via', 'through'],
    documentDeterminers: ['a', 'an', 'the', 'its', 'their', 'his', 'her'],
    adjunctChainPrepositions: ['in', 'on', 'to', 'for'],
    perfectAuxiliaries: ['have', 'has', 'had'],
    studyDeterminers: ['a', 'an', 'the', 'its', 'their', 'this', 'his', 'her', 'our'],
    quotedMedium: ['by', 'in'],
  },
  reason:
    "Where a source phrase or a cue's complement starts and ends is decided by function words: relative pronouns and articles open asides, prepositions open adjuncts and documents, auxiliaries mark the perfect. Each class is small and closed, so it is listed, not learned.",
  examples: [
    {
      text: 'His campaign (which has spent $6 million on ads) says the senator will win.',
      expect: 'His campaign',
    },
    {
      text: 'A study of more than 30,000 nurses has found that night shifts raise the risk.',
      expect: 'A study of more than 30,000 nurses',
    },
    {
      text: 'The ministry in a statement said the border would reopen.',
      expect: 'ministry',
    },
  ],
};

type FunctionClass = keyof typeof CLAIM_FUNCTION_WORDS.value;

/** CLAIM_FUNCTION_WORDS as sets, for O(1) tests in the claim constructions. */
export const FUNCTION_WORD_SETS: Readonly<Record<FunctionClass, ReadonlySet<string>>> = (() => {
  const out = {} as Record<FunctionClass, ReadonlySet<string>>;
  for (const k of Object.keys(CLAIM_FUNCTION_WORDS.value) as FunctionClass[])
    out[k] = new Set(CLAIM_FUNCTION_WORDS.value[k]);
  return out;
})();

/** Words that open a time or place adjunct closing a clause after its cue (claims/claims.ts `adjunctOnly`). */
export const ADJUNCT_AFTER_CUE: RuleRow = {
  id: 'claim.tail.adjunct-opener',
  value: [
    'on',
    'in',
    'at',
    'late',
    'early',
    'earlier',
    'later',
    'last',
    'yesterday',
    'today',
    'this',
    'during',
    'after',
    'before',
  ],
  reason:
    'When a source is named after the words it said ("…, its owner said on Thursday."), what follows the cue is a short time or place adjunct, not the content; a short run opening with a preposition of time or place, or a time word, and holding no "that", is that adjunct, so the content is the clause before the source.',
  examples: [
    {
      text: 'The fares will rise next spring, the transit agency said on Thursday.',
      expect: 'The fares will rise next spring',
    },
  ],
};

/** Words that open a clause, so a tail holding one is content, not an adjunct (claims/claims.ts `adjunctOnly`). */
export const CLAUSE_IN_TAIL: RuleRow = {
  id: 'claim.tail.clause-word',
  value: ['he', 'she', 'it', 'they', 'we', 'i', ...FINITE_AUXILIARIES],
  reason:
    'A short run after the cue that opens with "on" or "in" is an adjunct only if it stops there ("…, its owner said on Thursday."); "The lawyer, Tom Hale, said on Monday she would appeal" carries a clause after the time, with its own subject pronoun or auxiliary, and that clause is what was said, not the words before the source.',
  examples: [
    {
      text: 'The lawyer, Tom Hale, said on Monday she would appeal.',
      expect: 'on Monday she would appeal',
    },
    {
      text: "Diaz's spokesman, Tom Hale, said on Monday the company would appeal.",
      expect: 'on Monday the company would appeal',
    },
    // Must not fire: a plain time or place adjunct after a trailing source.
    {
      text: 'The fares will rise next spring, the transit agency said on Thursday in a statement.',
      expect: 'The fares will rise next spring',
    },
  ],
};

/** Words that, after a comma closing "…, X said,", start something other than X's words (claims/claims.ts `linkAfterTag`). */
export const LINK_AFTER_TAG: RuleRow = {
  id: 'claim.tail.link-after-tag',
  value: [
    'but',
    'and',
    'while',
    'although',
    'though',
    'whereas',
    'yet',
    'as',
    'after',
    'when',
    'before',
    'because',
    'since',
    'amid',
    'despite',
  ],
  reason:
    'A source set between commas ("Prices rose in May, a spokesman said, but demand held") has said the clause before it; a conjunction, a subordinator ("…, the charity said, as rains pushed the river over its banks") or a participle in -ing ("…, he said, citing a report") after the second comma opens another clause or the circumstances of saying, not the content — also when a short time or place stands between the cue and that comma ("…, the Red Cross said on Wednesday, as …").',
  examples: [
    {
      text: 'Floods have cut off a dozen villages, the charity said, as heavy rains pushed the river over its banks.',
      expect: 'Floods have cut off a dozen villages',
    },
    {
      text: 'Floods have cut off a dozen villages, the Red Cross said on Wednesday, as heavy rains pushed the river over its banks.',
      expect: 'Floods have cut off a dozen villages',
    },
    {
      text: 'The plant will close, the company said in a statement, after months of losses.',
      expect: 'The plant will close',
    },
    {
      text: 'Prices rose sharply in May, a spokesman said, but demand remained strong.',
      expect: 'Prices rose sharply in May',
    },
    { text: 'The economy is slowing, he said, citing a report by the central bank.', expect: 'The economy is slowing' },
    // Must not fire: content after the cue with no comma before it.
    {
      text: 'A spokesman said prices rose, but demand remained strong.',
      expect: 'prices rose, but demand remained strong',
    },
  ],
};

/** Forms of "tell" after which only the addressee may follow (claims/claims.ts `addresseeOnly`): the speaker rule's forms. */
export const TELL_ADDRESSEE: RuleRow = {
  id: 'claim.tail.addressee-after-tell',
  value: TELL_VERBS.value,
  reason:
    '"Tell" takes the hearer as its object ("…, two officials told reporters on Thursday."): after a trailing source, a few words after "told" are who was told, not what was said, so the content is the clause before the source.',
  examples: [
    {
      text: 'The bridge will close for a month, officials told reporters.',
      expect: 'The bridge will close for a month',
    },
  ],
};

/** Negators before a cue that deny the act of saying (claims/claims.ts `negatedEmpty`). */
export const CUE_NEGATORS: RuleRow = {
  id: 'claim.negated-cue.negator',
  value: ['not', 'never', "n't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "won't", "wouldn't"],
  reason:
    'A negated verb of saying with nothing said after it ("Hardy has not commented publicly.") reports that no claim was made; within three words before the cue, one of these words makes a bare cue no claim.',
  examples: [{ text: 'Senator Ruth Hardy has not commented publicly.', expect: '' }],
};

/** Lowercase words that end the role words between a description's comma and a name (claims/claims.ts `appositiveName`). */
export const APPOSITION_BREAK_WORDS: RuleRow = {
  id: 'speaker.apposition.break',
  value: ['and', 'or', 'but', 'who', 'whom', 'whose', 'which', 'that', 'said', 'says', 'told', 'tells', 'to'],
  reason:
    'Lowercase role words may stand before the name in "<description>, the activist Tanya Brooks, said", but a conjunction, a relative pronoun, a verb of saying or "to" starts a new clause or phrase: the name after it is not in apposition to the description.',
  examples: [{ text: 'Her rival, and Tanya Brooks, said the count was wrong.', expect: 'Her rival' }],
};

/** Words that end a subject walked left from a cue (claims/speaker.ts `npLeftOf`). */
export const SUBJECT_LEFT_STOPS: RuleRow = {
  id: 'speaker.subject.left-stop',
  value: [
    'that',
    'and',
    'but',
    'while',
    'as',
    'because',
    'if',
    'when',
    'which',
    'who',
    'where',
    'after',
    'before',
    'since',
    'although',
    'though',
    'so',
    'or',
    'than',
    'said',
    'says',
  ],
  reason:
    'A subject phrase read leftward from its verb stops at a conjunction, subordinator, relative pronoun or verb of saying ("the plan failed because the mayor said"): the word starts the clause the subject belongs to or an earlier clause, never the subject itself.',
  examples: [{ text: 'The plan failed because the mayor said the budget was short.', expect: 'the mayor' }],
};

/** Plural nouns that join a named person into one source ("Duckworth and colleagues found"; claims/speaker.ts `npLeftOf`). */
export const COLLEAGUES_AFTER_NAME: RuleRow = {
  id: 'speaker.subject.name-and-colleagues',
  value: ['colleagues', 'co-workers', 'coworkers', 'collaborators', 'co-authors', 'others'],
  reason:
    'A name coordinated with the people who worked with it ("Smith and co-workers showed") is one source, the study\'s authors: "and" before one of these nouns does not end the subject the way it ends a clause.',
  examples: [{ text: 'In 2019 Smith and co-workers showed that the drug worked.', expect: 'Smith and co-workers' }],
};

/** Nouns in -er, -or, -ist or -ian that name things, not people (claims/speaker.ts `agentNoun`, `describesPerson`). */
export const NOT_AGENT_NOUNS: RuleRow = {
  id: 'speaker.agent-noun.not-person',
  value: [
    'paper',
    'newspaper',
    'letter',
    'order',
    'chapter',
    'poster',
    'document',
    'register',
    'center',
    'centre',
    'monitor',
    'charter',
    'filter',
    'computer',
    'matter',
    'number',
    'minister',
    'sector',
    'factor',
    'error',
    'theater',
    'theatre',
    'border',
    'river',
    'water',
    'tower',
    'corridor',
    'calendar',
    'ledger',
  ],
  reason:
    'The endings -er, -or, -ist and -ian usually make a noun for a person who does something ("the baker", "the novelist"), but these common nouns only look like it: a document, place or quantity ("the paper", "the border", "the number") is no source, and "minister" needs a name or country to be one.',
  examples: [{ text: 'The paper reported the closure. He said the mine would close.', expect: 'He' }],
};

/** Nouns ending in -ly, which the subject walk must not pass over as adverbs (claims/speaker.ts `npLeftOf`). */
export const LY_NOUNS: RuleRow = {
  id: 'speaker.subject.ly-noun',
  value: ['family', 'assembly', 'ally', 'rally', 'monopoly', 'daily', 'weekly', 'quarterly', 'elderly', 'bully'],
  reason:
    'Walking left from a reporting verb, a lowercase word in -ly is passed over as an adverb ("Moreno publicly said"); but some nouns end in -ly too, and "Her family said" or "The assembly said" lost their head that way, leaving "Her" (read as a pronoun) or "The" as the source. These nouns, and any -ly word right after a determiner or possessive ("its weekly said"), head the subject instead.',
  examples: [
    { text: 'Ann Lee died on Saturday. Her family said that she had died peacefully.', expect: 'Her family' },
    { text: 'The regional assembly said the vote would be held in May.', expect: 'The regional assembly' },
    // Must not fire: an adverb in -ly between a subject and its verb is still passed over.
    { text: 'Omar Haddad publicly said the plan had failed.', expect: 'Omar Haddad' },
    { text: 'The minister quickly said the report was wrong.', expect: 'The minister' },
  ],
};

/**
 * Words after the comma that closes a relative aside with which the aside's verb goes on: an
 * adjunct or a clause of its own (claims/cues.ts `asideCloses`, for row guard.relative-aside.no-complement).
 */
export const ASIDE_GOES_ON: RuleRow = {
  id: 'guard.relative-aside.goes-on',
  value: 'in on at the a an that this last next after before during when as according for with to by from'.split(' '),
  reason:
    'A verb of saying right before a comma in ", who …" or ", which …" has said nothing only when the comma closes the aside and the main clause\'s verb follows ("Ferrell, who did not testify, faces …"). A preposition, an article, a time word or "that" after the comma opens an adjunct or the reported clause of the same verb ("The club, which said, in a statement, that …"), so the cue stays.',
  examples: [
    {
      text: 'The union, which said, after the vote, that the strike would go on, met again on Friday.',
      expect: 'said',
    },
  ],
};

/**
 * Lowercase words that end a holder of a view before its comma (claims/view-adjunct.ts
 * `holderLike`, for row cue.view-adjunct): a phrase with a preposition of its own.
 */
export const VIEW_HOLDER_BREAKS: RuleRow = {
  id: 'cue.view-adjunct.holder-break',
  value: ['of', 'by', 'in', 'at', 'on', 'for', 'with', 'from', 'to', 'about'],
  reason:
    'In "In the view of X, …" the holder X is a person or a body named in a few words; a preposition inside it ("the board of the museum", "residents at the meeting") makes it a phrase about something else, where the view is a sight or an account rather than an opinion held, so the sentence gets no claim.',
  examples: [
    { text: 'In the opinion of residents at the meeting, the road was unsafe.', expect: '' },
    { text: 'In the view of the board of the museum, the loan was too risky.', expect: '' },
  ],
};
