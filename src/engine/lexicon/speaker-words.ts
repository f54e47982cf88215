/**
 * Word knowledge for finding and resolving the source of a claim, as named rows: pronouns and
 * what they may refer to, words that mark a person's gender, and words that can never open a
 * speaker's noun phrase. claims/speaker.ts reads them; speaker.test.ts runs their examples
 * (`expect` is the speaker's resolved name).
 */
import type { RuleRow } from './rule-row';
import { ARTICLES, POSSESSIVE_DETERMINERS } from './words';

export interface PronounUse {
  words: readonly string[];
  /** What the pronoun may stand for. */
  refers: 'person' | 'organization' | 'group' | 'self';
  gender?: 'm' | 'f';
}

export const PRONOUN_HE: RuleRow<PronounUse> = {
  id: 'speaker.pronoun.he',
  value: { words: ['he', 'him'], refers: 'person', gender: 'm' },
  reason:
    '"He" stands for one male person: never an organisation, a place or a building, and never a person the article marks as female.',
  examples: [
    {
      text: 'Lina Park met Omar Haddad at the Grand Hotel. He said the talks had gone well.',
      expect: 'Omar Haddad',
    },
  ],
};

export const PRONOUN_SHE: RuleRow<PronounUse> = {
  id: 'speaker.pronoun.she',
  value: { words: ['she', 'her'], refers: 'person', gender: 'f' },
  reason: '"She" stands for one female person, never for a man the article marks as male.',
  examples: [
    {
      text: 'Omar Haddad said the vote was lost. Mrs. Novak disagreed. She said the count was wrong.',
      expect: 'Novak',
    },
  ],
};

export const PRONOUN_IT: RuleRow<PronounUse> = {
  id: 'speaker.pronoun.it',
  value: { words: ['it'], refers: 'organization' },
  reason: 'A speaking "it" is an organisation (a company, a ministry, a court), never a person.',
  examples: [
    {
      text: 'Kestrel Motors will cut 500 jobs. It said demand had fallen.',
      expect: 'Kestrel Motors',
    },
  ],
};

export const PRONOUN_THEY: RuleRow<PronounUse> = {
  id: 'speaker.pronoun.they',
  value: { words: ['they'], refers: 'group' },
  reason:
    '"They" is plural: a group that spoke before, two people named together, or an organisation; never one named person.',
  examples: [
    {
      text: 'Helena Marsh and Omar Haddad founded the firm in 2010. They said growth had slowed.',
      expect: 'Helena Marsh',
    },
  ],
};

export const PRONOUN_SELF: RuleRow<PronounUse> = {
  id: 'speaker.pronoun.self',
  value: { words: ['i', 'we', 'you'], refers: 'self' },
  reason:
    'Outside quotation marks "I", "we" and "you" are the writer, an interviewee or the one addressed; they stay as written (a pronoun inside a quotation never names its speaker).',
  examples: [{ text: 'I think the plan will fail.', expect: 'I' }],
};

export const PRONOUN_ROWS = [PRONOUN_HE, PRONOUN_SHE, PRONOUN_IT, PRONOUN_THEY, PRONOUN_SELF] as const;

export const PARTY_WORDS: RuleRow = {
  id: 'speaker.description.party',
  value: ['republican', 'democrat', 'conservative', 'liberal', 'socialist'],
  reason:
    'Political copy names a candidate by party ("the Republican said"): that is the person the article calls a Republican, in an appositive ("Talbot, a Republican,") or before the name ("Republican Senate candidate Mark Whitaker", "Democratic Sen. Elena Delgado"; the adjective counts for the noun).',
  examples: [
    {
      text: 'On Monday, Senator Ray Talbot, a Republican, met Nora Estrada. Estrada said talks had failed. The Republican said the talks would resume.',
      expect: 'Ray Talbot',
    },
    {
      text: 'Republican candidate Mark Whitaker met Democratic Sen. Elena Delgado. Delgado said talks had failed. The Republican said the talks would resume.',
      expect: 'Mark Whitaker',
    },
  ],
};

export const PARTY_LAST_PERSON: RuleRow<null> = {
  id: 'speaker.description.party.last-person',
  value: null,
  reason:
    'When the article calls nobody by that party, "the Democrat said" is elegant variation for the person just spoken of (news introduces a politician by office, "State Sen. Keisha Barnes", and later by party); not when the article gives that person another party, and otherwise the phrase stays as written.',
  examples: [
    {
      text: 'State Sen. Keisha Barnes called the bill "a solution in search of a problem." The Democrat said she expected a court challenge.',
      expect: 'Keisha Barnes',
    },
    {
      text: 'Democratic Sen. Elena Delgado called the bill "cruel." The Republican said he expected a court challenge.',
      expect: 'Republican',
    },
  ],
};

/**
 * A title written with its portfolio ("Secretary of the Commonwealth Laura Jennings", "Secretary
 * of the Interior Ana Ruiz"): the tagger may read the portfolio and the person as one name.
 */
export const TITLE_OF_NAME: RuleRow = {
  id: 'speaker.title-of.portfolio',
  value: [
    'state',
    'commonwealth',
    'interior',
    'treasury',
    'foreign',
    'home',
    'affairs',
    'defence',
    'defense',
    'justice',
    'health',
    'finance',
    'education',
    'transport',
    'transportation',
    'agriculture',
    'commerce',
    'industry',
    'trade',
    'labour',
    'labor',
    'energy',
    'petroleum',
    'mines',
    'resources',
    'natural',
    'environment',
    'housing',
    'development',
    'security',
    'homeland',
    'veterans',
    'communications',
    'information',
    'culture',
    'tourism',
    'economy',
    'planning',
    'works',
    'water',
    'fisheries',
    'immigration',
    'employment',
    'welfare',
    'youth',
    'sports',
    'women',
    'science',
    'technology',
    'innovation',
  ],
  reason:
    'After a title and "of (the)", the portfolio ("Secretary of the Commonwealth", "Minister of State for Petroleum Resources") is the office, and the tagger may read it and the person as one name: the speaker is the name after the portfolio words (or after one word, from a known given name on).',
  examples: [
    {
      text: "The state's top election official, Secretary of the Commonwealth Laura Jennings, said the results were accurate.",
      expect: 'Laura Jennings',
    },
    { text: 'Secretary of the Interior Ana Ruiz said the park would reopen.', expect: 'Ana Ruiz' },
    {
      text: 'Minister of State for Petroleum Resources Ekperikpe Ekpo stated that the government supported the move.',
      expect: 'Ekperikpe Ekpo',
    },
  ],
};

/**
 * Abbreviated titles and the office they stand for, so a description ("the senator said") finds
 * the person whose title was abbreviated ("Democratic Sen. Elena Delgado").
 */
export const TITLE_ABBREVIATIONS: RuleRow<Readonly<Record<string, string>>> = {
  id: 'speaker.description.title-abbreviation',
  value: {
    sen: 'senator',
    gov: 'governor',
    rep: 'representative',
    sec: 'secretary',
    gen: 'general',
    lt: 'lieutenant',
    col: 'colonel',
    capt: 'captain',
    cmdr: 'commander',
    adm: 'admiral',
    sgt: 'sergeant',
    det: 'detective',
    insp: 'inspector',
    supt: 'superintendent',
    atty: 'attorney',
    amb: 'ambassador',
    prof: 'professor',
    pres: 'president',
  },
  reason:
    'AP style abbreviates titles before a full name ("Sen.", "Gov.", "Rep.", "Lt. Gov.") and spells them out in later references ("the senator", "the governor"); both name the same office. A description refers back, so only people named before it are matched.',
  examples: [
    {
      text: 'Republican candidate Mark Whitaker debated Democratic Sen. Elena Delgado. Whitaker said she had failed. The senator said he was wrong.',
      expect: 'Elena Delgado',
    },
    {
      // A description refers back: a governor named only later is not "the former governor".
      text: 'Vice President Carla Benning accused Tom Harlow of lying. "Believe me," Benning said. Harlow spoke in Erie. "We will win," the former governor said. Pennsylvania Gov. Ray Sutter introduced Benning.',
      expect: 'Tom Harlow',
    },
  ],
};

/**
 * Words the tagger sometimes joins to the front of a name ("Democrat Grace Hollis" after "to",
 * "Automaker Valtra recalls …" in a headline): a party label before a person, a kind of business
 * before a company. The speaker's name leaves them out.
 */
export const NAME_LABELS: RuleRow<{ person: readonly string[]; organization: readonly string[] }> = {
  id: 'speaker.name.label',
  value: {
    person: ['republican', 'democrat', 'conservative', 'liberal', 'socialist', 'independent', 'libertarian'],
    organization: [
      'automaker',
      'carmaker',
      'chipmaker',
      'drugmaker',
      'retailer',
      'lender',
      'insurer',
      'airline',
      'miner',
      'brewer',
      'broadcaster',
      'startup',
      'conglomerate',
    ],
  },
  reason:
    'News puts a party or a line of business before a name as a label ("Democrat Grace Hollis", "Automaker Valtra recalls 180,000 SUVs"); when the name found includes it, the speaker is still the person or the company, and the label is not part of their name.',
  examples: [
    {
      text: 'Democrat Grace Hollis won the Senate seat on Tuesday. She said she would "go to Washington to work."',
      expect: 'Grace Hollis',
    },
    {
      text: 'Automaker Valtra recalls 180,000 SUVs over brake fault\n\nValtra Motors is recalling about 180,000 vehicles, regulators said.\n\nThe automaker said it knew of 14 crashes.',
      expect: 'Valtra',
    },
  ],
};

export const FEMALE_WORDS: RuleRow = {
  id: 'speaker.gender.female',
  value: [
    'mrs',
    'mrs.',
    'ms',
    'ms.',
    'miss',
    'dame',
    'lady',
    'madam',
    'madame',
    'queen',
    'princess',
    'duchess',
    'empress',
    'sister',
    'mother',
    'congresswoman',
    'chairwoman',
    'spokeswoman',
    'businesswoman',
    'actress',
    'councilwoman',
    'assemblywoman',
    'alderwoman',
    'wife',
    'widow',
    'daughter',
    'grandmother',
    'aunt',
    'niece',
    'girlfriend',
    'fiancée',
    'baroness',
    'countess',
    'smt',
    'smt.',
    'shrimati',
    'hajiya',
    'alhaja',
  ],
  reason: 'Honorifics, titles and kinship nouns before or beside a name that mark the person as female.',
  examples: [{ text: 'Ms. Ade Okafor said the plan would fail. She said so twice.', expect: 'Ade Okafor' }],
};

export const MALE_WORDS: RuleRow = {
  id: 'speaker.gender.male',
  value: [
    'mr',
    'mr.',
    'sir',
    'lord',
    'king',
    'prince',
    'duke',
    'emperor',
    'father',
    'brother',
    'congressman',
    'chairman',
    'spokesman',
    'businessman',
    'actor',
    'councilman',
    'assemblyman',
    'alderman',
    'husband',
    'widower',
    'son',
    'grandfather',
    'uncle',
    'nephew',
    'boyfriend',
    'fiancé',
    'baron',
    'count',
    'alhaji',
    'shri',
  ],
  reason: 'Honorifics, titles and kinship nouns before or beside a name that mark the person as male.',
  examples: [{ text: 'Mr. Ade Okafor said the plan would fail. He said so twice.', expect: 'Ade Okafor' }],
};

/**
 * "Jelani anak Ugak, the longhouse headman, …": the head of an apposition right after a person's
 * name tells the person's gender (claims/speaker.ts `genderMap`).
 */
export const GENDER_APPOSITION_HEAD: RuleRow<{ maxWords: number; notGendered: readonly string[] }> = {
  id: 'speaker.gender.apposition-head',
  // "Sarah Lund, the chairman of the board": titles in -man that news also gives women tell nothing.
  value: { maxWords: 4, notGendered: ['chairman', 'spokesman', 'congressman', 'alderman', 'councilman'] },
  reason:
    'News introduces a person by name and then a description across a comma ("X, the longhouse headman,", "X, a fisherwoman from the island,", "X, her brother,"); when the head of that description is a gendered word (speaker.gender.female/male) or a compound in -woman or -man (speaker.description.person-compound), it shows the person\'s gender as a title before the name does. A "he" several sentences on, after a woman has spoken, can then reach him (speaker.pronoun.gender-known-reach); without it a name the given-name lists lack had no gender, and the pronoun was left unresolved. The head is the last word of the description before a preposition, "who", a comma or the sentence\'s end, at most four words after an article.',
  examples: [
    {
      text: '"The river is ours," said Nyipa Ugak, the village headman. His daughter, Rinda, said the papers were forms for rice subsidies. "They said it was for rice," she said. Officials are understood to have offered money. According to people familiar with the talks, the builder has spent 300 million ringgit. Asked about the money, the headman shook his head. "You cannot pay a grave to move," he said.',
      expect: 'Nyipa Ugak',
    },
  ],
};

/**
 * The prepositions among row speaker.not-subject's openers: each opens an adjunct ("On Thursday",
 * "In a post on X", "Despite the ruling"). Row speaker.subject.opening-segment.adjunct
 * (claims-36.ts) reads these alone, without the row's subordinators and discourse words.
 */
export const ADJUNCT_PREPOSITIONS: readonly string[] = [
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'since',
  'until',
  'with',
  'without',
  'for',
  'from',
  'about',
  'over',
  'under',
  'through',
  'into',
  'by',
  'due',
  'despite',
  'following',
  'amid',
  'amidst',
  'unlike',
  'like',
  'against',
  'within',
  'throughout',
  'across',
  'beyond',
];

/** Words that cannot open a speaker's noun phrase: what precedes them is a clause or an adjunct. */
export const NOT_SUBJECT_OPENERS: RuleRow = {
  id: 'speaker.not-subject',
  value: [
    ...ADJUNCT_PREPOSITIONS,
    'when',
    'while',
    'if',
    'because',
    'although',
    'though',
    'once',
    'what',
    'whatever',
    'where',
    'why',
    'how',
    'whether',
    'instead',
    'together',
    'however',
    'now',
    'then',
    'still',
    'also',
    'meanwhile',
    'well',
    'so',
    'yes',
    'no',
    'first',
    'finally',
    'perhaps',
    'maybe',
    'do',
    'does',
    'did',
    "don't",
    "doesn't",
    "didn't",
    'let',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'yesterday',
    'today',
    'tonight',
    'tomorrow',
    'last',
    'earlier',
    'later',
  ],
  reason:
    'Prepositions, subordinators, question words, sentence adverbs and time words open an adjunct or a clause, not the subject: in "On Thursday he said" or "When asked, she said" the source is the pronoun.',
  examples: [
    { text: 'On Thursday the minister said the border would reopen.', expect: 'minister' },
    { text: 'Do you think the plan will work?', expect: 'you' },
  ],
};

/** "Earlier this week police said …", "As a result some residents believe …" (claims/speaker.ts `pastOpeningPhrase`). */
export const OPENING_PHRASES: RuleRow = {
  id: 'speaker.opening-phrase',
  value: [
    'this week',
    'last week',
    'next week',
    'this month',
    'last month',
    'this year',
    'last year',
    'this morning',
    'this afternoon',
    'this evening',
    'this weekend',
    'last weekend',
    'last night',
    'a day later',
    'a week later',
    'days later',
    'weeks later',
    'as a result',
    'by contrast',
    'in contrast',
    'in turn',
    'for its part',
    'for their part',
    'for his part',
    'for her part',
    'in response',
    'in return',
    'at the same time',
    'in the meantime',
  ],
  reason:
    'News opens sentences with short time and linking phrases and often no comma ("Earlier this week police said", "As a result some residents believe", "By contrast local farmers say"): the phrase is an adjunct, and the subject, the source, starts after it. Only whole phrases written in lower case past their first word are stepped over, and only when words remain for the subject, so "This week\'s report found", "This Week magazine said" (a name) or "The result said" are untouched.',
  examples: [
    { text: 'The river burst its banks. Earlier this week police said two men had been arrested.', expect: 'police' },
    { text: 'The dam was closed. As a result some residents believe the dam is unsafe.', expect: 'some residents' },
    {
      text: 'The dam was closed. By contrast local farmers say the flooding was predictable.',
      expect: 'local farmers',
    },
    // Must not fire: the phrase is part of the subject.
    {
      text: "The river burst its banks. This week's report found that the dam was unsafe.",
      expect: "This week's report",
    },
    // Must not fire: capitals past the first word make the phrase a name, the subject's own words.
    { text: 'The rumour spread. This Week magazine said the minister would resign.', expect: 'This Week magazine' },
    { text: 'The rumour spread. Last Night Club owners said the venue would close.', expect: 'Last Night Club owners' },
  ],
};

/**
 * Works whose author follows "by": "A report by the authority found …", "a study by the
 * university's researchers showed …". Elsewhere "by" before a cue marks a passive clause
 * ("handcuffed by the police were"), so it is no subject.
 */
export const WORK_BY: RuleRow = {
  id: 'speaker.work-by',
  value: [
    'report',
    'study',
    'survey',
    'analysis',
    'review',
    'audit',
    'poll',
    'investigation',
    'inquiry',
    'paper',
    'letter',
    'statement',
    'ruling',
    'estimate',
    'assessment',
  ],
  reason:
    'A document named with its author ("a report by the authority") is the source of what it found or said; "by" after any other word opens a passive agent, not a subject.',
  examples: [
    {
      text: 'A report by the maritime authority in 2023 had found that two ships had skipped fire drills.',
      expect: 'report by the maritime authority',
    },
  ],
};

/**
 * Nouns for a collection of people or things that take their members after "of": "A group of 14
 * novelists sued …", "a coalition of rights groups said …". The members belong to the source.
 */
export const COLLECTIVE_OF: RuleRow = {
  id: 'speaker.collective-of',
  value: [
    'group',
    'coalition',
    'panel',
    'team',
    'handful',
    'number',
    'alliance',
    'consortium',
    'delegation',
    'committee',
  ],
  reason:
    'A collective noun names its members in the "of" phrase after it ("a group of 14 novelists"): without them the source ("a group") says nothing.',
  examples: [
    {
      text: 'A group of 14 novelists sued the startup on Tuesday, accusing it of copying their books.',
      expect: 'group of 14 novelists',
    },
  ],
};

/**
 * Where a subject starts inside words that walked too far left: an article or a possessive
 * ("During the meeting the minister said", "At the hearing her lawyer said"). Demonstratives are
 * left out: "this" and "that" also stand alone as pronouns ("After that the minister said").
 */
export const SUBJECT_DETERMINERS: RuleRow = {
  id: 'speaker.determiner-start',
  value: [...ARTICLES, ...POSSESSIVE_DETERMINERS],
  reason:
    'After an opening adjunct, the subject noun phrase begins at its article or possessive: what comes before belongs to the adjunct.',
  examples: [
    { text: 'During the long meeting the minister said the border would reopen.', expect: 'the minister' },
    { text: 'At the hearing her lawyer said the charges were false.', expect: 'her lawyer' },
  ],
};

/**
 * People named by whom they serve: "Aides to the two lawmakers", "an adviser to Ms. Rourke".
 * Elsewhere "to" before a cue ends a clause ("went to court said"), so it is no subject.
 */
export const AIDE_TO: RuleRow = {
  id: 'speaker.aide-to',
  value: [
    'aide',
    'adviser',
    'advisor',
    'assistant',
    'envoy',
    'ambassador',
    'counsel',
    'consultant',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'lawyer',
    'attorney',
    'successor',
    'heir',
    'deputy',
    'secretary',
  ].flatMap((w) => [w, w + 's']),
  reason:
    'A person described by whom they serve ("an adviser to the governor") is a source; the "to" phrase belongs to the description.',
  examples: [
    { text: 'An adviser to the governor said the bill would be signed on Friday.', expect: 'adviser to the governor' },
  ],
};

/**
 * Words of nearness, allegiance or knowledge that take a preposition inside a source's
 * description: "a source close to the company", "lawmakers loyal to the president", "a person
 * familiar with the plans", "officials briefed on the talks", "people with knowledge of the matter".
 */
export const NEAR_TO: RuleRow = {
  id: 'speaker.near-to',
  value: [
    'close',
    'closer',
    'near',
    'loyal',
    'allied',
    'linked',
    'connected',
    'opposed',
    'friendly',
    'familiar',
    'briefed',
    'knowledge',
    'involved',
  ],
  reason:
    'Unnamed sources are described by whom they are close or loyal to and what they know ("a source close to the talks", "said a person familiar with the plans"); that prepositional phrase is part of the source, not the end of a clause.',
  examples: [
    {
      text: 'A source close to the company told Reuters the group was considering moving production.',
      expect: 'source close to the company',
    },
    {
      text: 'Lawmakers loyal to the president said the vote would be held on Friday.',
      expect: 'Lawmakers loyal to the president',
    },
    {
      text: 'The chief executive has discussed the plan with the board, said a person familiar with the plans, who declined to be identified.',
      expect: 'person familiar with the plans',
    },
  ],
};

/** Plural and collective heads of unnamed sources ("the people said", "the sources added"). */
export const UNNAMED_SOURCE_NOUNS: RuleRow = {
  id: 'speaker.unnamed-source',
  value: ['people', 'person', 'source', 'sources', 'diplomat', 'diplomats', 'witness', 'witnesses'],
  reason:
    'News quotes people it does not name by what they are ("a person familiar with the plans", "one of the sources"); a later "the person said" or "the sources said" is the same unnamed source.',
  examples: [
    {
      text: 'A person familiar with the plans said the board met on Monday. The person said no decision had been taken.',
      expect: 'person familiar with the plans',
    },
  ],
};

// Added 1 Dec 2026 (claim batches 24-26).

/**
 * How far back another person whose given name fits a pronoun keeps that pronoun from teaching
 * the gender of the one person named just before it (claims/speaker.ts `genderMap`).
 */
export const GENDER_OTHER_FITS: RuleRow<{ sentences: number }> = {
  id: 'speaker.gender.other-fits',
  value: { sentences: 4 },
  reason:
    '"She" opening the sentence after one that names only Hensley usually shows Hensley is a woman (names like Jordan or Stacy are either), but not when a woman named by her given name spoke a few sentences before: in a story about two candidates the pronoun after a paragraph break goes back to her. Without such a person the pronoun still teaches the gender.',
  examples: [
    {
      text: 'Republican Dale Hensley said the county had failed. Democrat Rosa Villanueva said Hensley had voted for the plan.\n\nHe rejected that account. "I voted for homes. Not wells," Hensley said.\n\nShe said after the debate that voters would not believe him.',
      expect: 'Rosa Villanueva',
    },
    // Must not fire: nobody else fits, so "She" still teaches that Jordan Hale is a woman.
    {
      text: 'Jordan Hale won the race on Sunday. She said the course had been hard.',
      expect: 'Jordan Hale',
    },
  ],
};

/** How far back "he"/"she" looks for a person of that gender when the last speaker is of the other (claims/speaker.ts `pronounReferent`). */
export const GENDER_KNOWN_REACH: RuleRow<{ sentences: number }> = {
  id: 'speaker.pronoun.gender-known-reach',
  value: { sentences: 8 },
  reason:
    'When the last speaker is a woman, "he" is the nearest man known to be one, and features go back and forth between two people over several paragraphs of one-sentence quotations and asides ("Ms. Lindholm disagreed. She said …. He laughed …. \'\'…,\'\' he said."); the man may have been named six or seven sentences before. This reach is tried last, after everyone of a fitting or unknown gender within four sentences (a governor just named, whose gender is not yet known, is likelier than a man named seven sentences before), and reaches only people whose gender the text has already shown.',
  examples: [
    {
      text: "Mr. Varga handed out leaflets on Saturday. He wore a red cap.\n\nMs. Lindholm disagreed with him. She said voters cared about schools. She said students had registered in large numbers. She said turnout would be high.\n\nHe laughed at that. ''Anna is wrong about this town,'' he said.",
      expect: 'Varga',
    },
    // Must not fire: a man named within four sentences is found first.
    {
      text: "Omar Haddad said the plan would fail. Lina Novak disagreed. She said it would pass. Tomas Rennick arrived late. ''It will pass,'' he said.",
      expect: 'Tomas Rennick',
    },
  ],
};

/**
 * "Her predecessor, X, … . '…,' she told parliament": the pronoun of the possessive's gender is
 * the woman (or man) the possessive pointed to, not X (claims/speaker.ts `relationOwner`).
 */
export const PRONOUN_OWNER_OF_RELATION: RuleRow<{ sentences: number; maxNounWords: number }> = {
  id: 'speaker.pronoun.owner-of-relation',
  value: { sentences: 2, maxNounWords: 3 },
  reason:
    'A person introduced only through a relation to the subject of the sentence before ("Education Minister A defended the plan. Her predecessor, B, called it …") is the side character; the possessive has already told the reader that A is a woman, so a "she" that follows is A\'s, even though B spoke last: a writer who meant B, of a gender the text has not shown, would name B again rather than leave "she" to the woman just called "her". Only when B\'s gender is unknown (a known woman B keeps "she"), the pronoun matches the possessive ("her" for "she", "his" for "he"), B was introduced at most two sentences before, and A is a person of no other known gender.',
  examples: [
    {
      text: 'Transport Minister Ingrid Solvang opened the debate on Tuesday. Her predecessor, Tadas Rimkus, called the plan "reckless." "The trains are full every morning," she told parliament.',
      expect: 'Ingrid Solvang',
    },
    {
      text: 'Education Minister Aiste Vaitkute defended the plan. Her predecessor, Linas Gudas, who now sits in opposition, called it "a gamble." "A class of nine is no kindness to those children," she told parliament.',
      expect: 'Aiste Vaitkute',
    },
  ],
};

/** "it" never stands for an unnamed source described as people (claims/speaker.ts `describedAsPeople`). */
export const PRONOUN_IT_NOT_PEOPLE: RuleRow<null> = {
  id: 'speaker.pronoun.it.not-people',
  value: null,
  reason:
    'A speaking "it" is an organisation: after "two people familiar with the company\'s plans said" the next "it said" is the company named before, not the people (a person noun, a plural of one, or an unnamed-source noun before any prepositional phrase marks people).',
  examples: [
    {
      text: "Quarrin Semiconductor is delaying its new factory, two people familiar with the company's plans said. The company declined to comment. In an email, it said it remained committed to the plant.",
      expect: 'Quarrin Semiconductor',
    },
    // Must not fire: an unnamed source that is an organisation stays the referent of "it".
    {
      text: 'Harbour fares will rise in May, the transport agency said on Monday. It said costs had doubled.',
      expect: 'transport agency',
    },
  ],
};

/** Nouns for people, in the singular, that the person descriptors lack and news uses as plural groups. */
export const GROUP_PEOPLE_NOUNS: RuleRow = {
  id: 'speaker.pronoun.they.people-nouns',
  value: [
    'analyst',
    'expert',
    'trader',
    'resident',
    'protester',
    'observer',
    'worker',
    'farmer',
    'voter',
    'activist',
    'campaigner',
    'passenger',
    'neighbour',
    'neighbor',
    'parent',
    'fan',
    // Added with claim batches 28-29: groups that speak as one in sports and politics.
    'organiser',
    'organizer',
    'supporter',
    'opponent',
    // "Consumer advocates in Des Moines said …" (lead, stop 49): the advocates speak, not the town.
    'advocate',
  ],
  reason:
    '"Analysts were not surprised. They said …": a plural noun for people opening the sentence before is who "they" are, though that sentence said nothing; these people nouns are not among the person descriptors (which name one person by office or trade) and are met in the plural as groups.',
  examples: [
    {
      text: 'A spokeswoman for the governor said the state had not been told. Analysts were not surprised. They said the firm had been cutting spending for months.',
      expect: 'analysts',
    },
    // Must not fire: a noun phrase goes on after the plural ("Analysts' notes"), so it is no subject.
    {
      text: "The Harbour Bank said profits fell. Analysts' notes were gloomy. They said the bank would cut jobs.",
      expect: 'The Harbour Bank',
    },
  ],
};

/**
 * "Critics praised the ruling", "Parade organisers rejected the criticism": a bare plural of a
 * person or group noun as the subject of a verb of judgement (claims/claims.ts `speakerLike`,
 * claims/speaker.ts `pluralSubject`).
 */
export const BARE_PLURAL_SUBJECT: RuleRow<{ modifiers: number }> = {
  id: 'speaker.subject.bare-plural',
  value: { modifiers: 1 },
  reason:
    'People spoken of as a group ("Critics", "Opponents", "Union leaders", "Parade organisers") are a source without an article, and "they" in the next sentence is them; at most one modifier stands before the plural head, so a longer run ("Harbour Bank analysts") is left to the name rules. The head is a person descriptor or a people noun of speaker.pronoun.they.people-nouns in the plural.',
  examples: [
    { text: 'Critics praised the ruling as overdue.', expect: 'Critics' },
    {
      text: 'The festival ended on Sunday. Parade organisers rejected the criticism. They said the route had been checked twice.',
      expect: 'Parade organisers',
    },
    // Must not fire: a plural that is the object, not the subject ("praised the ruling").
    { text: 'Omar Haddad praised the nurses for their work.', expect: 'Omar Haddad' },
  ],
};

/**
 * "The developer, Harbour Crest Homes, praised …": capitalised words in apposition after a
 * description are the source, though no name rule found them (claims/claims.ts `speakerLike`).
 */
export const DESCRIBED_APPOSITION: RuleRow<{ maxWords: number; heads: readonly string[] }> = {
  id: 'speaker.appositive.unnamed',
  value: {
    maxWords: 5,
    // Besides the person and organisation descriptors: the roles a firm plays in a story.
    heads: ['developer', 'builder', 'contractor', 'owner', 'maker', 'producer', 'supplier', 'landlord', 'publisher'],
  },
  reason:
    'A verb of praise or blame wants a speaker-like subject, and a firm the name rules missed is none by itself; but a description head just before it ("The developer,", "The union,", "Its chairman,") says the capitalised words between the commas name someone who speaks (a work, "the novel, Northern Lights,", does not). The source is those words as written, and "it" in the next sentences is them.',
  examples: [
    {
      text: 'The developer, Harbour Crest Homes, praised the decision. It said work would begin in spring.',
      expect: 'Harbour Crest Homes',
    },
    // Must not fire: a work before the apposition is not a speaker, so the person is.
    {
      text: 'Omar Haddad read the novel, Northern Lights Fall, and praised its ending.',
      expect: 'Omar Haddad',
    },
  ],
};

/** "A port authority spokeswoman said …. The authority estimated …" (claims/speaker.ts `bodyOfLastSource`). */
export const DESCRIPTION_BODY_OF_SOURCE: RuleRow<{ sentences: number }> = {
  id: 'speaker.description.body-of-source',
  value: { sentences: 2 },
  reason:
    'An unnamed source described by the body they speak for ("a port authority spokeswoman", "a ministry official") makes that body the referent of "the authority" or "the ministry" in the next sentences, ahead of another organisation named nearby; an organisation named with that head ("the Irish Aviation Authority") still wins.',
  examples: [
    {
      text: "The employers' association, PortWerk, confirmed the deal. A port authority spokeswoman said 60 ships were waiting. The authority estimated the cost of the strike at 30 million euros a day, she said.",
      expect: 'port authority',
    },
    // Must not fire: the organisation named with the head is the referent.
    {
      text: 'The Irish Aviation Authority said it had been told on Sunday. An authority spokesman said the checks would take a week. The authority said flights could resume on Friday.',
      expect: 'Irish Aviation Authority',
    },
  ],
};

/** "The police said …" after "The European Commission said …" (claims/speaker.ts `recentOrg`). */
export const DESCRIPTION_NAME_FITS: RuleRow<Readonly<Record<string, readonly string[]>>> = {
  id: 'speaker.description.name-fits',
  value: {
    police: ['police', 'constabulary', 'gendarmerie', 'carabinieri', 'yard'],
    army: ['army', 'forces', 'military'],
    military: ['military', 'army', 'forces', 'navy', 'pentagon'],
    navy: ['navy'],
    court: ['court', 'tribunal'],
    union: ['union', 'federation', 'teamsters', 'guild', 'workers'],
    ministry: ['ministry', 'department', 'office'],
    commission: ['commission'],
    council: ['council'],
    committee: ['committee', 'panel'],
    parliament: ['parliament', 'assembly', 'bundestag', 'duma', 'knesset', 'congress'],
  },
  reason:
    'A description by the kind of body ("the police", "the court", "the union") refers back to an organisation of that kind, and such bodies carry their kind in their name ("Metropolitan Police", "Supreme Court", "Unite union", "Finance Ministry") or a listed synonym ("United Auto Workers", "Employment Tribunal", "Home Office"). The most recent organisation of another kind is a different speaker, so with none fitting the description itself is the speaker. Heads missing here ("the company", "the bank", "the agency", "the department") are often named without their kind ("Ford", "Federal Reserve", "NASA", "Pentagon") and keep the nearest organisation.',
  examples: [
    {
      text: 'The European Commission said it would fine the firm. The police said they had arrested two men.',
      expect: 'police',
    },
    {
      text: 'The European Commission said it would fine the firm. The union said the plan was unfair.',
      expect: 'union',
    },
    // Must keep resolving: the organisation's name holds the head or a listed synonym.
    {
      text: 'The United Auto Workers said members would strike. The union said the plan was unfair.',
      expect: 'United Auto Workers',
    },
    {
      text: 'The Finance Ministry said taxes would rise. The ministry said the deficit was too large.',
      expect: 'Finance Ministry',
    },
  ],
};

/** "His son said", "Her lawyer said" (claims/speaker.ts `describe`). */
export const DESCRIPTION_POSSESSED: RuleRow = {
  id: 'speaker.description.possessed',
  value: ['his', 'her', 'their'],
  reason:
    'A person noun after a possessive pronoun ("his son", "her lawyer", "their spokesman") describes someone related to the one the pronoun stands for, never that one: it refers to a person the article gave that role, or to the person named next, but not, like "the lawyer", to whoever was spoken of last; otherwise it stays as written.',
  examples: [
    { text: 'Tom Hale died on Monday. His son said that he had died peacefully.', expect: 'His son' },
    {
      text: 'Ana Diaz won the race. Her husband said she would rest for a week.',
      expect: 'Her husband',
    },
    // Must keep resolving: the person the article gave that role.
    {
      text: 'Tom Hale hired Ruth Gold, a lawyer from Boston, in May. His lawyer said the charges were false.',
      expect: 'Ruth Gold',
    },
  ],
};

/** "The study, led by …, analysed … . It found …" (claims/speaker.ts `researchSubject`). */
export const PRONOUN_IT_RESEARCH_SUBJECT: RuleRow = {
  id: 'speaker.pronoun.it.research-subject',
  value: [
    'study',
    'survey',
    'poll',
    'report',
    'review',
    'analysis',
    'audit',
    'census',
    'investigation',
    'inquiry',
    'experiment',
    'trial',
    'paper',
  ],
  reason:
    '"It" after a sentence whose subject is a study or report ("The study, led by researchers at the University of Tasmania, analysed …") is that study, which a following "found" or "showed" reports from, not an organisation named inside its description; the subject must open the sentence (after an article or possessive and at most one modifier) and the sentence must have said nothing itself.',
  examples: [
    {
      text: 'The study, led by researchers at the University of Tasmania, analysed satellite data. It found that heatwaves had doubled.',
      expect: 'The study',
    },
    // Must not fire: the study is an object, not the subject of the sentence before.
    {
      text: 'The Harbour Bank published its annual report on Monday. It said profits had fallen sharply.',
      // The bank, named without the sentence's opening "The" (the.sentence-opening).
      expect: 'Harbour Bank',
    },
  ],
};

/**
 * "A report by the agency found …. It said in a statement that it would pay …": a written
 * statement is issued by a body, never by the report (claims/speaker.ts). Added with claim batches 61-62.
 */
export const PRONOUN_IT_STATEMENT_NOT_DOCUMENT: RuleRow<{
  documents: readonly string[];
  statements: readonly string[];
}> = {
  id: 'speaker.pronoun.it.statement-not-document',
  value: {
    documents: [...PRONOUN_IT_RESEARCH_SUBJECT.value, 'filing', 'petition', 'lawsuit', 'suit', 'indictment'],
    statements: ['statement', 'release', 'email', 'e-mail'],
  },
  reason:
    '"It" that speaks "in a statement" (or a press release, an email) is a body: a report, a study or a court filing says and finds things but issues no statement. So when the source before is a document the engine did not name ("A report by the agency published on Monday found …"), "It said in a statement" goes to the organisation named before it, not to the document.',
  examples: [
    {
      text: 'The forestry agency Forestas plans to replant 2,000 hectares. A report by the agency published on Monday found that most fires had been started deliberately. It said in a statement that it would also pay for firebreaks.',
      expect: 'Forestas',
    },
    // Must not fire: without a statement, "It" goes on from the report.
    {
      text: 'A report by the agency published on Monday found that most fires had been started deliberately. It said grazing was the main motive.',
      expect: 'report by the agency',
    },
  ],
};

// Added with claim batch 35 (claims11).

/** "A night watchman … told …. "…," he said." (claims/speaker.ts `describesPerson`). */
export const PERSON_COMPOUND_HEADS: RuleRow<{ suffixes: readonly string[]; notPeople: readonly string[] }> = {
  id: 'speaker.description.person-compound',
  value: {
    suffixes: ['woman', 'man', 'person'],
    notPeople: ['talisman', 'ottoman', 'caiman', 'cayman', 'dolman', 'human', 'german', 'roman'],
  },
  reason:
    'English names many trades and roles by a compound in -man, -woman or -person ("watchman", "fisherman", "businesswoman", "salesperson"), far more than any list of descriptors holds: an unnamed source with such a head is one person, and a "he" or "she" in the next sentences of its quotation is that source rather than a person named paragraphs before. A few words end in -man without naming a worker or are no source at all (talisman, ottoman, human); "-woman" says she and "-man" he (the "-man" titles also used of women, "chairman" and "spokesman", are person descriptors already), "-person" says nothing of gender. A described "the headman said" is the person the article gave that very word, before ("Kofi Mensah, the headman, said") or closing an inverted tag (\'"…," said Nyipa Ugak, the village headman.\'), and only that person: with no one given the word it stays as written, not the last speaker (claims24).',
  examples: [
    {
      text: 'The painting is by Johan Hartmann.\n\nA night watchman who asked not to be named told the newspaper that he had heard glass breaking. "I ran to the hall, but they were already gone. It was like they had never been there," he said.',
      expect: 'night watchman',
    },
    // Must not fire: a word in -man that names no worker leaves the pronoun to the named person.
    {
      text: 'Omar Haddad bought the house in May. A talisman hung over the door, which no one had noticed. "I never saw it," he said.',
      expect: 'Omar Haddad',
    },
    // Must not fire: "she" after a "-man" compound is the woman named before (fix11b).
    {
      text: 'Maria Lopez owns the gallery.\n\nA night watchman told police that the door had been forced. "I saw nothing from the office," she said.',
      expect: 'Maria Lopez',
    },
  ],
};

/** "JAXA officials rejected that description. They said …" (claims/speaker.ts `peopleOfBody`). */
export const PRONOUN_THEY_PEOPLE_OF_BODY: RuleRow<null> = {
  id: 'speaker.pronoun.they.people-of-body',
  value: null,
  reason:
    'A source written as an organisation\'s name before a plural noun for people ("JAXA officials", "Boeing executives", "ING analysts") is those people, and a "they" that continues them is the people, not the organisation, which the name only modifies; a source that ends in the name ("Analysts at Mercer Lane Securities") keeps the organisation.',
  examples: [
    {
      text: 'The Japan Aerospace Exploration Agency (JAXA) said it had lost contact with the probe. JAXA officials rejected that description. They said every mission carried risks.',
      expect: 'JAXA officials',
    },
    // Must not fire: the source ends in the organisation, which "they" continues.
    {
      text: 'Analysts at Mercer Lane Securities said the results were better than feared. They said the shares could recover.',
      expect: 'Mercer Lane Securities',
    },
  ],
};

/** "Eye doctors in Denmark and Sweden said …. They said …" (claims/speaker.ts `peopleOfPlace`). */
export const PEOPLE_OF_PLACE: RuleRow = {
  id: 'speaker.people-of-place',
  value: ['in', 'of', 'from', 'across'],
  reason:
    'A source written as people and then where they are ("Eye doctors in Denmark and Sweden", "Residents of Piura", "Farmers across the region") is those people: the place only locates them, as it does before the noun in "U.S. officials". The source is the phrase as written, and a "they" that continues it is the people, not the first country named.',
  examples: [
    {
      text: 'The agency opened a review. Eye doctors in Denmark and Sweden said they had seen more cases. They said most patients had recovered.',
      expect: 'Eye doctors in Denmark and Sweden',
    },
    // The head noun opening the sentence, capitalised (fix11b).
    {
      text: 'Floods hit Spain on Monday. Officials in Madrid said the toll could rise. They said teams were searching.',
      expect: 'Officials in Madrid',
    },
    // A people noun of speaker.pronoun.they.people-nouns ("advocates"; lead, stop 49).
    {
      text: 'The utility agreed to the sale. Consumer advocates in Des Moines said they would oppose the deal.',
      expect: 'Consumer advocates in Des Moines',
    },
    // Must not fire: an organisation after the preposition is who speaks for them.
    {
      text: 'Analysts at Mercer Lane Securities said the results were better than feared.',
      expect: 'Mercer Lane Securities',
    },
  ],
};

/** "Residents of the village of Kourkouloi said …" (claims/speaker.ts `placeBefore`). */
export const PEOPLE_OF_PLACE_KIND: RuleRow = {
  id: 'speaker.people-of-place.kind-of-place',
  value: [
    'village',
    'town',
    'city',
    'island',
    'region',
    'province',
    'district',
    'county',
    'state',
    'port',
    'suburb',
    'municipality',
    'neighbourhood',
    'neighborhood',
  ],
  reason:
    'News introduces a little-known place by its kind before its name ("Residents of the village of Kourkouloi", "Farmers in the Dutch province of Limburg"): the people are still the source, as in "Residents of Lyon", and a "they" that continues them is the people. Only these nouns of settlement and territory, right before "of" and the place, are stepped over, with one modifier and an article before them.',
  examples: [
    {
      text: 'A wildfire spread near Athens. Residents of the village of Kourkouloi said the fire reached their gardens. They said they had ten minutes to leave.',
      expect: 'Residents of the village of Kourkouloi',
    },
    {
      text: 'Floods hit the north. Farmers in the province of Limburg said the water had reached their barns. They said the dikes were too low.',
      expect: 'Farmers in the province of Limburg',
    },
    // Must not fire: a person named after "of" is the speaker, not people of a place.
    {
      text: 'The inquiry opened on Monday. Aides of the city of Lyon mayor Jean Roux said the report was wrong.',
      expect: 'Jean Roux',
    },
  ],
};

/** "Italian carrier Aerolinea Sud … The carrier said …" (claims/speaker.ts `introducedAs`). */
export const DESCRIPTION_INTRODUCED_AS: RuleRow<null> = {
  id: 'speaker.description.introduced-as',
  value: null,
  reason:
    'Wire copy introduces an organisation with its kind right before its name ("Italian carrier Aerolinea Sud", "the miner Rio Verde", "chipmaker Nordtek") and later calls it by that kind ("The carrier said", "the chipmaker said"): that organisation is the one meant, as one whose name holds the word is, even when another organisation (a newspaper that quoted someone, a regulator) was named more recently.',
  examples: [
    {
      text: 'Pilots at Italian carrier Aerolinea Sud will strike on March 28. Its chief executive was quoted by the newspaper Corriere Nazionale as saying the scheme was too costly. The carrier said it would publish a list of flights.',
      expect: 'Aerolinea Sud',
    },
    // Must not fire: a kind before the name that is not the description's head.
    {
      text: 'Pilots at Italian carrier Aerolinea Sud will strike on March 28. Its chief executive was quoted by the newspaper Corriere Nazionale as saying the scheme was too costly. The newspaper said it would publish the interview.',
      expect: 'Corriere Nazionale',
    },
  ],
};

/**
 * Rows added with claim batches 43–44 (claims14). Each names the construction it reads, why it
 * holds in news English, an example the claim-row tests run, and sentences it must not fire on
 * (claims/speaker-14.test.ts).
 */
export const RELATIVE_NAME_OF: RuleRow<{ personOf: readonly string[] }> = {
  id: 'speaker.relative.name-of',
  value: { personOf: ['of', 'at', 'from'] },
  reason:
    'A relative pronoun after a comma stands for the whole name before it, and a name the engine found ("the Swiss Academy of Sciences") runs across its lowercase joiners, so the antecedent is that name, not its last capitalised word; "who" stands for people, so after "a person of/at/from an institution, who …" it is the person, not the institution ("which" stays with the institution).',
  examples: [
    {
      text: 'The debate was organised by the Swiss Academy of Sciences, which said it hoped to hold more.',
      expect: 'Swiss Academy of Sciences',
    },
    {
      text: 'On the other side sat Professor Ruth Castellano of the University of Bologna, who has argued that the models exaggerate.',
      expect: 'Ruth Castellano',
    },
  ],
};

export const AGE_INTRODUCED: RuleRow<{ whoIs: readonly string[] }> = {
  id: 'speaker.description.age-introduced',
  value: { whoIs: ['who is', 'now'] },
  reason:
    'News gives a person\'s age once beside the name ("Dennis Carrow, 34,", "Ana Ruiz, who is 38,") and later calls them "the 34-year-old": the age noun is the person introduced with that age, not whoever was spoken of last. Only when exactly one person is given that age.',
  examples: [
    {
      text: 'Dennis Carrow, 34, has pleaded not guilty. Judge Evelyn Marsh told jurors that the tape was evidence. Asked whether he would testify, the 34-year-old said he had not decided.',
      expect: 'Dennis Carrow',
    },
  ],
};

export const PRONOUN_THEY_COUPLE: RuleRow<{
  groupHeads: readonly string[];
  subjectAfter: readonly string[];
  appositionOpeners: readonly string[];
  pairNouns: readonly string[];
  notGiven: readonly string[];
}> = {
  id: 'speaker.pronoun.they.couple',
  value: {
    groupHeads: ['couple', 'family', 'brothers', 'sisters', 'twins', 'siblings'],
    // The pair is the sentence's subject: it opens it, follows a copula or a passive's "by"
    // ("Among them were …", "The firm is run by …"), or stands in apposition to a short subject
    // ("The couple, Ray and Donna Kowalski, lost …").
    subjectAfter: ['were', 'are', 'was', 'is', 'by', 'include', 'included'],
    appositionOpeners: ['the', 'their', 'his', 'her', 'two', 'both'],
    // "They said the pair had stolen 40 cars": the pair spoken of in the third person is not the source.
    pairNouns: ['pair', 'couple', 'two', 'men', 'women', 'brothers', 'sisters', 'twins', 'siblings', 'suspects'],
    // Capitalised words before "and Given Surname" that are no given name ("on Monday and Anna Reyes").
    notGiven: [
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'january',
      'february',
      'march',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ],
  },
  reason:
    'Two people sharing a surname are written "Ray and Donna Kowalski" (a given name, "and", a full name) or "the Kowalski couple/family": "They said" in the next sentence is that pair, named as written, when no other person is named after them in that sentence. Only when the first given name is known as one (not "Westbrook and Anna Reyes", "Monday and Anna Reyes"), the pair is the subject of its sentence (not "Police arrested Mark and Tony Russo", "Hospital staff treated …") and what "they" said does not speak of "the pair", "the men" ….',
  examples: [
    {
      text: 'Among the supporters were Ray and Donna Kowalski, who both worked at the plant. They said they had not decided whom to support.',
      expect: 'Ray and Donna Kowalski',
    },
    {
      text: 'The Reyes couple were still at the school. They said they hoped to be home by Tuesday.',
      expect: 'Reyes couple',
    },
  ],
};

export const TITLE_HYPHENATED: RuleRow<{ seconds: readonly string[] }> = {
  id: 'speaker.name.hyphenated-title',
  value: { seconds: ['general', 'elect', 'designate'] },
  reason:
    'A hyphenated office before a name ("Auditor-General Nancy Gathoni", "President-elect Ana Ruiz") is a title, not part of the person\'s name, like "President" alone; only a capitalised first part and one of these second parts.',
  examples: [
    {
      text: 'The Office of the Auditor-General published its report. Auditor-General Nancy Gathoni told Reuters that the matter was not closed. "The money is a public matter," she said.',
      expect: 'Nancy Gathoni',
    },
  ],
};

export const DESCRIPTION_LAST_NAMED_SOURCE: RuleRow<readonly string[]> = {
  id: 'speaker.description.organization.last-named-source',
  // Lowercase joiners a capitalised name may hold ("Bank of Ireland", "Marks and Spencer").
  value: ['of', 'and', '&', 'for', 'the', 'de', 'du', 'la', 'von', 'van'],
  reason:
    '"Colorline Supply, which is based in Columbus, said … . The company said …": "the company", "the firm", "the agency" right after a claim by a source written as a capitalised name of two words or more is that source, even when no organisation entity was found for it — unless an organisation named with that head word is known, or a person spoke since. Every word of the source is capitalised (joiners aside): "Local residents" or "Several Wall Street analysts" are people described, not a name.',
  examples: [
    {
      text: 'The Red Cross opened a shelter. The organisation said it would stay open. Colorline Supply, which is based in Columbus, said it was cooperating with investigators. The company said all 22 employees had left the building safely.',
      expect: 'Colorline Supply',
    },
  ],
};

export const DESCRIPTION_SAME_AGAIN: RuleRow<readonly string[]> = {
  id: 'speaker.description.same-again',
  value: [],
  reason:
    'A story keeps one description for one person: once "the prosecutor" has been read as a person, "the prosecutor" later in the story is that person again, however many others spoke between — unless someone else is introduced with that head word in between ("Finnish minister Mikko Rautio"), or a sentence between names another person beside that word ("A second prosecutor, Daniel Ortiz, …", "Daniel Ortiz, also a prosecutor, …").',
  examples: [
    {
      text: 'Assistant U.S. Attorney Miriam Feld opened the case. The prosecutor said the government would call 23 witnesses. The agency\'s director, Gloria Pham, told Reuters that she had found "a culture where nobody asked questions". Late in the day, the prosecutor told the judge that the next witness would need an interpreter.',
      expect: 'Miriam Feld',
    },
  ],
};

export const PARENTHETICAL_AFTER_KNOWING: RuleRow<readonly string[]> = {
  id: 'speaker.parenthetical-after-knowing',
  value: ['cue.verb.knowledge', 'cue.verb.realise', 'cue.verb.belief'],
  reason:
    'A tag set off by commas right after a verb of knowing or belief ("The members understood, she said, that the offer was final") says who reports the whole sentence: one claim, the tag\'s; the knower ("the members") is part of what she reports, not a second source.',
  examples: [
    {
      text: 'Mary Hart runs the local union. The members understood, she said, that the offer was final.',
      expect: 'Mary Hart',
    },
  ],
};

export const SPOUSE_OF_COUPLE: RuleRow<{ husband: readonly string[]; wife: readonly string[] }> = {
  id: 'speaker.description.spouse-of-couple',
  value: { husband: ['husband'], wife: ['wife'] },
  reason:
    'A couple named together ("Ray and Donna Kowalski") and then one of them quoted: "her husband" / "his wife" is the other one, named with the shared surname ("Ray Kowalski"), and "he" / "she" opening the next sentence after "Her husband was blunter." is that spouse. Only when the article names such a couple with the quoted person\'s given name and a known given name beside it (not "Tom Hale and Alice Reyes", "Microsoft and Alice Reyes"), and not when the sentence about the spouse names someone ("Her husband, Mark Reyes, was …").',
  examples: [
    {
      text: 'Among them were Ray and Donna Kowalski, who both worked at the plant. "We just want the truth," Donna Kowalski said. Her husband was blunter. He said he might not vote at all.',
      expect: 'Ray Kowalski',
    },
    {
      text: 'Among those evacuated were Tom and Alice Reyes. "We grabbed the dog," Alice Reyes said. Her husband said he had watched the flames from the end of the street.',
      expect: 'Tom Reyes',
    },
  ],
};

export const TRANSCRIPT_LABELS: RuleRow<{
  roles: readonly string[];
  hosts: readonly string[];
  notSpeakers: readonly string[];
}> = {
  id: 'speaker.transcript.turn',
  value: {
    roles: [
      'anchor',
      'host',
      'co-host',
      'presenter',
      'moderator',
      'interviewer',
      'caller',
      'correspondent',
      'reporter',
      'guest',
    ],
    hosts: ['anchor', 'host', 'co-host', 'presenter', 'moderator', 'interviewer'],
    notSpeakers: [
      'note',
      'update',
      'correction',
      'transcript',
      'caption',
      'source',
      'warning',
      'editor',
      "editor's",
      'editor’s',
      'photo',
      'video',
      'watch',
      'read',
      'breaking',
    ],
  },
  reason:
    'A broadcast or interview transcript opens each turn with the speaker in capitals and a colon ("DAVID ASHWORTH:", "ANCHOR (NINA OKAFOR):", then the surname alone): every statement of a guest\'s turn is that person\'s own words, a direct claim, though no quotation mark or "said" marks it. The host\'s turns are questions and links, left to the ordinary cues. Only where at least two different people have turns, a one-word label is a role or the surname of someone named, and never a label of these non-speaker words ("EDITOR\'S NOTE:", "UPDATE:") or a dateline ("LONDON:").',
  examples: [
    {
      text: 'ANCHOR (NINA OKAFOR): Joining me is the coordinator, David Ashworth. How bad is it?\n\nDAVID ASHWORTH: It is serious. We have evacuated around 1,200 homes since this morning.\n\nOKAFOR: Thank you.',
      expect: 'David Ashworth',
    },
  ],
};

export const TRANSCRIPT_LINE_UP: RuleRow<readonly string[]> = {
  id: 'speaker.transcript.line-up-entry',
  value: [
    'guitar',
    'guitars',
    'vocals',
    'vocal',
    'bass',
    'drums',
    'percussion',
    'keyboards',
    'keys',
    'piano',
    'synths',
    'synthesizer',
    'organ',
    'saxophone',
    'sax',
    'trumpet',
    'trombone',
    'violin',
    'fiddle',
    'cello',
    'harmonica',
    'banjo',
    'mandolin',
    'accordion',
    'flute',
    'clarinet',
    'turntables',
    'lead',
    'backing',
    'rhythm',
    'acoustic',
    'electric',
    'and',
  ],
  reason:
    'A band\'s line-up is written like transcript turns ("JOHN SMITH: Guitar, vocals", "MARY JONES: Bass, backing vocals. Joined in 2004."), so its entries were read as turns and their notes as the musicians\' words. A labelled paragraph whose text up to the first full stop or line end is only instruments and their qualifiers (commas, "and", "&", "/") is a line-up entry, not a turn. A turn that merely starts with such a word ("DRUMMER: Drums are the heart of it") is still a turn.',
  examples: [
    {
      text: 'The line-up for the tour:\n\nJOHN SMITH: Guitar, vocals. Wrote most of the new album.\n\nMARY JONES: Bass, backing vocals. Joined the band in 2004.\n\nPETE BROWN: Drums. Also plays in two jazz bands.',
      expect: '',
    },
  ],
};

export const LAST_NAMED_SOURCE_QUANTIFIED: RuleRow<readonly string[]> = {
  id: 'speaker.description.organization.last-named-source.quantified',
  // Only quantifiers that open no firm's name ("All Nippon Airways", "Five Guys", "Two Sigma" do).
  value: ['most', 'many', 'some', 'few', 'several', 'both', 'dozens', 'hundreds', 'thousands'],
  reason:
    'A source that opens with a quantifier ("Most Democrats", "Many Republicans", "Several European Governments") counts people or bodies; the entity finder may still take it for an organisation, but it is no one body, so "the company" / "the party" said next is not that source. Numbers and "All" are left out: they open firms\' names ("Five Guys", "All Nippon Airways").',
  examples: [
    {
      text: 'Voters in Ohio were split on the bill. Most Democrats said the bill went too far. The company said it would hire 300 people.',
      expect: 'The company',
    },
    {
      text: 'Many Republicans said they would vote no. The party said it would meet on Friday.',
      expect: 'The party',
    },
  ],
};

export const NAME_WITHOUT_COUNT: RuleRow<{ counts: readonly string[]; notBefore: readonly string[] }> = {
  id: 'speaker.name.without-count',
  value: {
    counts: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several'],
    // fix17b: a count of parts or of time counts no speakers ("Two thirds of voters", "Two weeks
    // ago the company", "Several hours later officials"): the number stays.
    notBefore: [
      'of',
      'halves',
      'thirds',
      'quarters',
      'fifths',
      'tenths',
      'percent',
      'minutes',
      'hours',
      'days',
      'weeks',
      'months',
      'years',
      'decades',
      'times',
    ],
  },
  reason:
    'An unnamed group is named by its description without the number that counts it, as "a" and "the" are dropped ("Two people familiar with the company\'s plans" is "people familiar with the company\'s plans", as the gold writes such sources): the count says how many spoke, not who. Only before a lowercase word: never before "of" ("Two of the sources" keeps its number), a fraction or a unit of time ("Two thirds of voters", "Two weeks ago the company"), nor when a bare noun would be left ("Six people", "Two sources" keep their number: "people" names no one) or a capitalised one ("Two Sigma", "Five Guys Enterprises" are names; "Two Indonesian officials" is left whole).',
  examples: [
    {
      text: "The plant employs about 600 people. Two people familiar with the company's plans said most of the cuts would fall on design teams.",
      expect: "people familiar with the company's plans",
    },
  ],
};

export const AGE_AND_ROLE: RuleRow<{ sentences: number; articles: readonly string[] }> = {
  id: 'speaker.description.age-and-role',
  value: { sentences: 6, articles: ['a', 'an'] },
  reason:
    '"Ken Matsuda, a test engineer who has worked at the plant for 19 years, said …" and then "the 52-year-old engineer said": when no one was given that age, an age with a role noun ("the 52-year-old engineer") is the person named within the last few sentences with that role noun in the apposition right after the name ("X, a test engineer", "X, an engineer at …"), the most recent one. Not when the age was given to someone (row speaker.description.age-introduced decides) or written before ("His colleague, a 30-year-old engineer,"), not when two people in those sentences have that role noun (either may be that age), and not a role in a mere mention of the same word elsewhere ("the engineers\' union").',
  examples: [
    {
      text: 'Ken Matsuda, a test engineer who has worked at the plant for 19 years, said he had heard about the closure from his daughter.\n\n"I found out from a 16-year-old before I found out from my boss," the 52-year-old engineer said.',
      expect: 'Ken Matsuda',
    },
  ],
};

export const PLACE_AFTER_COMMA: RuleRow<readonly string[]> = {
  id: 'speaker.subject.place-after-comma',
  value: ['in', 'at', 'from', 'near', 'of'],
  reason:
    '"U.S. District Judge Miriam Castell in Portland, Oregon, wrote …", "The mayor of Lyon, France, said": a capitalised segment between commas right after "in / at / from / near / of" and a capitalised name is the rest of a place ("Portland, Oregon", "Lyon, France"), not an apposition naming the source, so the source is the phrase before the preposition. Not when a person or organisation starts in the segment ("A spokesman for the firm in Geneva, Marc Dubois, said", "The sheriff in Pima County, Sheriff Nanos, said", "The biggest carrier in Europe, Lufthansa, said"), and only for a segment of up to three words after a name of up to three.',
  examples: [
    {
      text: 'U.S. District Judge Miriam Castell in Portland, Oregon, wrote in her ruling that the plan would not keep competition alive.',
      expect: 'Miriam Castell',
    },
  ],
};

/** claims16: "Police in Leeds, West Yorkshire, said" (the region was typed a person and spoke). */
export const PLACE_AFTER_COMMA_REGION: RuleRow<readonly string[]> = {
  id: 'speaker.subject.place-after-comma.compass-region',
  value: ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'greater', 'upper', 'lower'],
  reason:
    'speaker.subject.place-after-comma stops when a person or organisation starts in the segment after the comma, so that "The sheriff in Pima County, Sheriff Nanos, said" keeps the sheriff. But the tagger sometimes types a region of two words a person ("West Yorkshire"), and then the region became the source of "Police in Leeds, West Yorkshire, said". A name of two or more words opening with a compass word ("West Yorkshire", "Northern Cape", "Greater Manchester", "Lower Saxony") names a region, not a person (surnames like West come last: "Kanye West"), so there it is the place\'s rest whatever its tag.',
  examples: [
    // `expect`: the source named as without the region ("Police in Leeds said" is the police of Leeds).
    { text: 'Police in Leeds, West Yorkshire, said a man had been arrested.', expect: 'Police in Leeds' },
    // Must not fire: a person named after the comma, also one whose surname is a compass word.
    { text: 'A spokesman for the firm in Geneva, Marc Dubois, said the plant would close.', expect: 'Marc Dubois' },
    { text: 'The top scorer at Leeds, Kanye West, said the team would win.', expect: 'Kanye West' },
  ],
};

/** claims16: "The mother of the boy said" took the man named before (last stop's leftover). */
export const KIN_OF_UNNAMED: RuleRow<{ kin: readonly string[]; determiners: readonly string[] }> = {
  id: 'speaker.description.kin-of-unnamed',
  value: {
    kin: [
      'mother',
      'father',
      'parents',
      'wife',
      'husband',
      'widow',
      'widower',
      'son',
      'daughter',
      'sister',
      'brother',
      'grandmother',
      'grandfather',
      'aunt',
      'uncle',
      'niece',
      'nephew',
      'cousin',
      'fiancee',
      'fiance',
      'family',
    ],
    determiners: ['the', 'a', 'an', 'one', 'another'],
  },
  reason:
    '"The mother of the boy said …" was resolved like "the teacher said" to the person named before (a man named Tom Baker). A kinship noun with "of" and an article names a relative of someone the story has not named: not any earlier person, and the gold conventions (../shared/eval/README.md) resolve a description only to the person it refers to, so the source stays as written ("mother of the boy"). Only with an article after "of": "the father of three" or "the widow of Lord Ashby" may be someone named, and "his mother" goes through speaker.description.possessed as before.',
  examples: [
    {
      text: 'Tom Baker, the head teacher, spoke first. The mother of the boy said he had been bullied for months.',
      expect: 'mother of the boy',
    },
    // Must not fire: the relative named in apposition.
    { text: 'The widow of the miner, Ana Ruiz, said the mine had been unsafe.', expect: 'Ana Ruiz' },
  ],
};

/** claims16 (batch 48): "Mr. Reed's campaign called the charge a distortion. In a statement, it said …". */
export const PRONOUN_IT_POSSESSED_BODY: RuleRow = {
  id: 'speaker.pronoun.it.possessed-body',
  value: ['campaign', 'office', 'team', 'administration', 'government', 'company', 'firm', 'foundation', 'charity'],
  reason:
    'A body written as a person\'s possession ("Mr. Reed\'s campaign", "the senator\'s office") is named after the person, so its claim counted as the person\'s and "it" in the next sentence found no organisation that had spoken ("In a statement, it said …" stayed unresolved). "It" cannot be the person: the possessed body is what "it" continues, named as written. Only with the body noun last and a possessive \'s right before it; "Reed said" and "Reed\'s wife said" are untouched (a wife is no "it").',
  // `expect`: the name "it" gets in the last sentence ("It" as written when left unresolved).
  examples: [
    {
      text: "Marcus Reed leads the polls. Mr. Reed's campaign called the charge a distortion. In a statement, it said the budgets had been passed during the pandemic.",
      expect: "Reed's campaign",
    },
    // Must not fire: a person's relative is no "it".
    {
      text: "Marcus Reed leads the polls. Mr. Reed's wife said the charge was false. It said the budgets were fine.",
      expect: 'It',
    },
  ],
};

export const DOCUMENT_FROM: RuleRow<{
  articles: readonly string[];
  links: readonly string[];
  notIssuer: readonly string[];
}> = {
  id: 'speaker.document-from',
  value: {
    articles: ['a', 'an', 'the'],
    links: ['from', 'by'],
    // fix17b: "a letter from inside the prison", "a memo from earlier this year": where or when, not who
    // (times, years and numbers are tested apart).
    notIssuer: ['inside', 'within', 'outside', 'behind', 'across', 'before', 'after', 'earlier', 'late', 'early'],
  },
  reason:
    '"according to a press release from the museum", "a statement by the ministry said": a document (row cue.document-saying\'s nouns) right before "from" or "by" speaks for whoever issued it, so the source is the phrase after the link, resolved like any other ("the museum" as any description), and "it" next is that body, not the document. Only with the document noun among the first three words after an article and the link right after it ("a memo seen by Reuters" is no link), and not when a time, a number or a place adverb follows the link ("A statement from Monday", "a memo from 2019", "the letter from inside the prison").',
  examples: [
    {
      text: 'The Hooghuis Museum in Zwolle reopened on Friday. Tickets for the first weekend sold out within a day, according to a press release from the museum. It said 11,000 people had booked.',
      expect: 'museum',
    },
  ],
};

export const DESCRIBED_HEAD_GENDER: RuleRow<{ female: readonly string[]; male: readonly string[] }> = {
  id: 'speaker.describes-person.head-gender',
  value: { female: ['woman', 'girl', 'lady', 'mother'], male: ['man', 'boy', 'gentleman', 'father'] },
  reason:
    'An unnamed source described by a gendered noun ("a woman working with the campaign", "a man who lives nearby") is never "he" / "she" of the other gender; the honorific lists (speaker.gender.*) hold titles beside names, not these plain nouns.',
  examples: [
    {
      text: 'Mike Daniels said prices rose. A woman working with the Ridley campaign said that was wrong. He said turnout was high.',
      expect: 'Mike Daniels',
    },
  ],
};

/** claims17 (batches 51–53): '"…," van Wyk said' kept "van Wyk" apart from "Pieter van Wyk". */
export const PARTICLE_SURNAME: RuleRow<readonly string[]> = {
  id: 'speaker.name.particle-surname',
  value: ['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'ter', 'ten'],
  reason:
    'A later mention by surname links to the fuller name it ends ("Osei" to "Mariam Osei"), but not when the fuller name merely ends with the words of a name of its own ("Al Marino" inside a mis-tagged "State Al Marino"). A surname opening with a lowercase particle ("van Wyk", "da Silva", "van der Berg") is never a name of its own: a lowercase particle can only continue a surname, so it links to the one person whose name ends with it. Only when that person is the only one: two "de Vries" stay apart.',
  examples: [
    {
      text: 'Its chief executive, Pieter van Wyk, told Reuters that talks were going well.\n\n"Nobody has built this at this scale before," van Wyk said.',
      expect: 'Pieter van Wyk',
    },
    {
      text: 'Its president, Hugo da Silva, said traders were renting trucks. "It is expensive, but it is the only way," da Silva said.',
      expect: 'Hugo da Silva',
    },
    // Must not fire: two people end with the same particle surname.
    {
      text: 'Anna de Vries and her brother Jan de Vries run the farm. "We will sell in spring," de Vries said.',
      expect: 'de Vries',
    },
  ],
};

/** claims17 (batch 52): '"…," he told reporters' after a sentence naming one man taught no gender. */
export const GENDER_PRONOUN_AFTER_QUOTE: RuleRow<{ pronouns: readonly string[] }> = {
  id: 'speaker.gender.pronoun-after-quote',
  value: { pronouns: ['he', 'she'] },
  reason:
    'A sentence that names one person, followed by a sentence that opens with "he" or "she" and names nobody, tells that person\'s gender (speaker.gender). News writes the same pronoun after a quotation just as often (\'Minister Tshering Penjor praised the engineers. "They carried the equipment," he told reporters.\'): the pronoun of the tag right after the closing mark counts like one opening the sentence, so a later "she said" does not go to the man.',
  examples: [
    {
      text: 'Home Minister Tshering Penjor praised the engineers. "They carried the equipment for three days," he told reporters.\n\nMaria Lopez, who runs a guesthouse, disagreed. "My mother works up there," she said.',
      expect: 'Maria Lopez',
    },
    // Must not fire: a pronoun inside the quotation is no tag.
    {
      text: 'Dale Kim met the board. "He said nothing," Kim told reporters. Sam Ortiz left early. She said the vote was unfair.',
      expect: 'She',
    },
  ],
};

/** claims17 (batch 52): "Its sponsor, a group called Save Our Sockeye, argued" kept "Its sponsor". */
/** Row speaker.subject.relative-present (claims/speaker.ts, npLeftOf). */
export const RELATIVE_PRESENT: RuleRow<{ pronouns: readonly string[] }> = {
  id: 'speaker.subject.relative-present',
  value: { pronouns: ['which', 'who'] },
  reason:
    'A description with a non-restrictive relative clause in the present tense and an aside after it ("The group, which represents about 25,000 farmers, most of them women, blamed …") had its subject taken from inside the clause ("represents about 25,000 farmers"): only a past or auxiliary verb after "which"/"who" was read as a relative clause. After a comma, "which"/"who" and a lowercase verb in -s open a clause about the noun phrase before the comma, which is the subject.',
  examples: [
    {
      text: 'Seaweed farmers harvested half their crop, an initiative said. The group, which represents about 25,000 farmers, most of them women, blamed warmer seas.',
      expect: 'The group',
    },
  ],
};

/** Row speaker.subject.body-of-list (claims/claims.ts, bodyOfList). */
export const SUBJECT_BODY_OF_LIST: RuleRow<{ heads: readonly string[]; maxHead: number }> = {
  id: 'speaker.subject.body-of-list',
  value: { heads: ['ministry', 'department', 'secretariat', 'directorate', 'office'], maxHead: 6 },
  reason:
    'Governments name ministries by a list of portfolios ("the Ministry of Energy, Water Resources and Irrigation", "the Department for Environment, Food and Rural Affairs"); the tagger reads the part after the comma as a second organisation, and the subject search stopped at the comma and took it for the source. When the subject is a capitalised name with "and" in it, right after a comma that closes a ministry\'s or department\'s "of/for" name, the source is the ministry.',
  examples: [
    {
      text: 'The dam was halted. The Ministry of Energy, Water Resources and Irrigation said it would respect the decision.',
      expect: 'Ministry of Energy',
    },
    // Must not fire: a list of separate bodies with no ministry's name before the comma.
    {
      text: 'The dam was halted. Lawyers for the villagers, Friends of the Earth and the Arun Forum said they would appeal.',
      expect: 'Friends of the Earth and the Arun Forum',
    },
  ],
};

/** Row speaker.appositive.kind-then-name (claims/claims.ts, firmAppositive). */
export const APPOSITIVE_KIND_THEN_NAME: RuleRow<{ openers: readonly string[]; bodies: readonly string[] }> = {
  id: 'speaker.appositive.kind-then-name',
  // Besides the kinds of firm, nouns that describe a political body by its tie to another
  // ("Her party, the United Progressive Front,", "Its likely partner, the Farmers' Party,"): blind
  // batch 67 (claims24) took "Her party" and the Civic Alliance for the source.
  value: {
    openers: ['the'],
    bodies: ['party', 'partner', 'ally', 'coalition', 'bloc', 'movement', 'faction', 'rival'],
  },
  reason:
    'A description headed by a kind-of-firm noun (row speaker.appositive.kind-of-firm\'s kinds), then "the" and an organisation\'s name alone between the commas ("Their association, the Louisiana Shrimp Alliance, argues …", "Its parent company, the Helvetia Group, said …") names the source: the organisation, not whoever "their" or "its" might be taken to mean. Only when the name runs to the comma before the cue and the tagger reads it as an organisation.',
  examples: [
    {
      text: 'The shrimpers say the reef will block the bayous their boats use to reach the Gulf. Their association, the Louisiana Shrimp Alliance, argues that the parish never studied the channels.',
      expect: 'Louisiana Shrimp Alliance',
    },
    // Must not fire: a person in apposition keeps the ordinary appositive reading.
    {
      text: 'The shrimpers say the reef will block the bayous. Their association, the lawyer Anne Thibodeaux, argues that the parish never studied the channels.',
      expect: 'Anne Thibodeaux',
    },
    {
      text: 'Opposition leader Grace Mhango told supporters the count was wrong. Her party, the United Progressive Front, said its agents had been turned away from 112 polling stations.',
      expect: 'United Progressive Front',
    },
    {
      text: "The Civic Alliance wants defence spending to rise. Its likely partner, the Farmers' Party, has said it will not support cuts to rural subsidies.",
      expect: "Farmers' Party",
    },
    // Must not fire: a person in apposition after a body noun.
    {
      text: 'The Civic Alliance won the most seats. Its coalition partner, the senator Hana Sedlackova, said the talks would go on.',
      expect: 'Hana Sedlackova',
    },
  ],
};

export const APPOSITIVE_KIND_CALLED: RuleRow<{
  links: readonly string[];
  joiners: readonly string[];
  heads: readonly string[];
}> = {
  id: 'speaker.appositive.kind-called',
  value: { links: ['called', 'named'], joiners: ['of', 'for', 'and', 'the', 'our', 'to'], heads: ['of'] },
  reason:
    'An appositive that introduces a body by its kind and "called" or "named" ("Its sponsor, a group called Save Our Sockeye, argued …") names the source by the capitalised words after the link; the tagger often finds no organisation in such a name (its words are ordinary words), so speaker.appositive.kind-of-firm, which needs one, kept the description before the comma. Only with a kind-of-firm noun (row speaker.appositive.kind-of-firm\'s kinds) right before the link and capitalised words (and joining words) running to the comma before the cue, and never after "of" (heads): in "The man, a member of a group called Save Our Sockeye, said" the appositive is the member, and the source the man.',
  examples: [
    {
      text: 'The measure would ban set nets near river mouths. Its sponsor, a group called Save Our Sockeye, argued that the nets catch king salmon.',
      expect: 'Save Our Sockeye',
    },
    // Must not fire: "called" as a verb of the appositive ("a group that called for …") or lowercase words after it.
    {
      text: 'The plan was dropped. Its sponsor, a group called to testify last year, argued that the nets catch king salmon.',
      expect: 'Its sponsor',
    },
    // Must not fire: the body is named after "of" inside an appositive about a person (claims18).
    {
      text: 'The plan was dropped. The man, a member of a group called Save Our Sockeye, said the nets should go.',
      expect: 'The man',
    },
  ],
};

/** claims17 (batch 52): "The opposition Druk Phuensum Tshogpa called on" was named "opposition Druk Phuensum Tshogpa". */
export const DESCRIPTOR_BEFORE_NAME: RuleRow<readonly string[]> = {
  id: 'speaker.name.descriptor-before-name',
  value: [
    'opposition',
    'ruling',
    'governing',
    'rival',
    'main',
    'largest',
    'centrist',
    'conservative',
    'liberal',
    'nationalist',
    'separatist',
    'rebel',
    'militant',
    'environmental',
    'advocacy',
    'campaign',
    'lobby',
    'industry',
    'trade',
  ],
  reason:
    'When the tagger finds no name in a source written as an article, a lowercase descriptor and capitalised words ("The opposition Druk Phuensum Tshogpa", "the ruling Awami League", "the campaign Vote Leave"), the source was named with the descriptor ("opposition Druk Phuensum Tshogpa"), which is not the body\'s name. The capitalised words running to the end of the source are its name. Only with every word between the article and the name in this list, and at least one capitalised word after them whose last word is not a title, a person noun or a party word ("The opposition MP", "the rebel Commander", "the conservative Republicans" name no body).',
  examples: [
    {
      text: 'The opposition Druk Phuensum Tshogpa called on the government to extend the network before the monsoon.',
      expect: 'Druk Phuensum Tshogpa',
    },
    // Must not fire: a lowercase head after the descriptor, or a descriptor not in the list.
    { text: 'The opposition leader said the network was built for the cameras.', expect: 'opposition leader' },
    // Must not fire: a capitalised title, person noun or party word is no body's name (claims18).
    { text: 'The opposition MP said the network was built for the cameras.', expect: 'opposition MP' },
    { text: 'The rebel Commander said the town had fallen.', expect: 'rebel Commander' },
  ],
};

/** claims18 review: '"…," said the Duke of Edinburgh' was named "Edinburgh". */
export const TITLE_OF_PLACE: RuleRow<readonly string[]> = {
  id: 'speaker.title-of-place',
  value: [
    'duke',
    'duchess',
    'prince',
    'princess',
    'earl',
    'countess',
    'marquess',
    'baron',
    'baroness',
    'viscount',
    'lord',
    'lady',
    'king',
    'queen',
    'emperor',
    'archbishop',
    'bishop',
    'mayor',
    'governor',
    'lord-lieutenant',
  ],
  reason:
    'A title followed by "of" and a place ("the Duke of Edinburgh", "the Archbishop of Canterbury", "the Mayor of London") names a person by the place they hold; the place is not the speaker. The mention of the place after "<title> of" is skipped when the source is resolved, so the source stands as written (or a person named in it wins); "Edinburgh said" or "the people of Edinburgh" are untouched.',
  examples: [
    { text: '"It is a great honour to be here," said the Duke of Edinburgh.', expect: 'Duke of Edinburgh' },
    { text: 'The Archbishop of Canterbury said the church would not take sides.', expect: 'Archbishop of Canterbury' },
    // Must not fire: the place alone, or a place after "of" with no title before it.
    { text: 'The council of Edinburgh said the festival would go ahead.', expect: 'Edinburgh' },
  ],
};
