/**
 * Speaker rows written by claims28b from claim batch 73 (Reuters wires and U.S. election stories of
 * set B's kind) and news sentences of our own. Kept apart from speaker-words.ts, words.ts and
 * claim-words.ts so the rows of helpers working side by side merge as a union.
 */
import type { RuleRow } from './rule-row';

/**
 * Wire copy names a company once and then by its line of business: "Anglo-Pacific Minerals cut its
 * forecast … The miner said", "Swiss drugmaker Helvetia Pharma … The drugmaker said". These heads
 * were missing from the organisation descriptions, so "The miner" stayed as written and "The
 * drugmaker" (a person-shaped "-er" word) went to the last person quoted.
 */
export const COMPANY_KIND_HEADS: RuleRow<readonly string[]> = {
  id: 'speaker.description.company-kind',
  value: [
    'miner',
    'drugmaker',
    'chipmaker',
    'steelmaker',
    'planemaker',
    'shipbuilder',
    'brewer',
    'refiner',
    'conglomerate',
    'grocer',
    'supermarket',
    'maker',
  ],
  reason:
    'A company described by its trade after it was named ("the miner", "the drugmaker", "the chipmaker", "the iPhone maker") is that company: the description resolves to the most recent organisation, preferring one whose name holds the word, like "the company" and "the lender" before. Lines of business that also name people ("producer", "developer", "trader") are left out.',
  examples: [
    {
      text: 'Anglo-Pacific Minerals cut its forecast on Wednesday. The miner said output would fall.',
      expect: 'Anglo-Pacific Minerals',
    },
    {
      text: 'Swiss drugmaker Helvetia Pharma will build a plant, Governor Ann Rees said. The drugmaker said the plant would employ 700 people.',
      expect: 'Helvetia Pharma',
    },
    {
      text: 'Kestrel Semiconductor reported record sales. The chipmaker said demand for its servers was strong.',
      expect: 'Kestrel Semiconductor',
    },
    // Non-firing: a person described by a trade that is not a company's.
    {
      text: 'Tom Ure sued the city on Monday. "It was unfair," the farmer said.',
      expect: 'Tom Ure',
    },
  ],
};

/**
 * "Analysts at Morgan Stanley said …" and "…, said Joanna Reid, an analyst at Liberum" name a firm
 * only as where an outside commentator works; a later "The company said" or "It said" is still the
 * company the story is about, not the analysts' employer.
 */
export const COMMENTATOR_EMPLOYER: RuleRow<{ before: readonly string[]; after: readonly string[] }> = {
  id: 'speaker.description.not-commentator-employer',
  value: {
    // "analysts at X", "an economist with X"
    before: [
      'analyst',
      'analysts',
      'economist',
      'economists',
      'strategist',
      'strategists',
      'researcher',
      'researchers',
      'trader',
      'traders',
      'broker',
      'brokers',
      'professor',
      'fellow',
    ],
    // "X analyst Jane Doe", "X economists"
    after: ['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists'],
  },
  reason:
    'Reuters quotes analysts and economists by their employer ("Analysts at Jefferies said", "said Joanna Reid, an analyst at Liberum", "Barclays economist Tom Hale"); the employer is no party to the story, and "the company" or "it" after them was resolved to it because it was the organisation named last. An organisation written right after "at"/"with" and an analyst noun, or right before one, is passed over when a description or "it" looks back for an organisation.',
  examples: [
    {
      text: 'Unilever said on Thursday it would sell its ice cream unit. Analysts at Barclays said the move was expected. The company said the sale would close next year.',
      expect: 'Unilever',
    },
    {
      text: 'Verano Foods cut its forecast. "The cut was expected," said Joanna Reid, an analyst at Liberum. The company said it would keep its dividend.',
      expect: 'Verano Foods',
    },
    // Non-firing: a firm whose own spokesperson spoke is a party to the story.
    {
      text: 'Toyota reported higher profit. A Honda spokesperson said Honda had no plans to follow. The company said it would raise prices.',
      expect: 'Honda',
    },
  ],
};

/**
 * "The company said …" went to the organisation named last, though that was a mine ("the Cerro
 * Blanco mine"), a client or a rival named in passing: wire copy means the company that has been
 * speaking.
 */
export const COMPANY_THAT_SPOKE: RuleRow<null> = {
  id: 'speaker.description.company-that-spoke',
  value: null,
  reason:
    'A company description ("the company", "the firm", "the miner") looks back up to six sentences for an organisation it fits; among those, one that has already made a claim in the article now wins over a nearer one that has not. A name holding the head word ("the bank" and "Nordbank") still comes first, and with no organisation that spoke the nearest fitting one stands.',
  examples: [
    {
      text: 'Anglo-Pacific Minerals cut its forecast. The miner said output at the Cerro Blanco mine would fall. "Cerro Blanco was the growth story," said Joanna Reid, an analyst. The company said it would meet its cost guidance.',
      expect: 'Anglo-Pacific Minerals',
    },
    // Non-firing: no organisation spoke before, so the reading is the earlier rows' (the buyer,
    // the subject of the sentence before).
    {
      text: 'Orvik Foods bought Lindell Dairy last year. The company said on Monday that sales had risen.',
      expect: 'Orvik Foods',
    },
  ],
};

/**
 * Wire and election copy introduces people by roles the person descriptions lacked: "ECB
 * policymaker Klara Wendt", "Washoe County Registrar Dana Whitlock", "a strategist at ING".
 */
export const WIRE_ROLE_NOUNS: RuleRow<readonly string[]> = {
  id: 'speaker.description.wire-role',
  value: [
    'policymaker',
    'registrar',
    'recorder',
    'clerk',
    'auditor',
    'strategist',
    'analyst',
    'pollster',
    'aide',
    'adviser',
    'advisor',
    'negotiator',
    'trader',
    'dealer',
  ],
  reason:
    'A role noun names a person: "the registrar said" is the person introduced as registrar, and a body before the role ("ECB policymaker Klara Wendt") modifies it, so the person after it is the subject a later "she" looks back to. Without these words "The registrar said" stayed as written and "she" skipped the policymaker who opened the sentence before for the man quoted earlier.',
  examples: [
    {
      text: 'Washoe County Registrar Dana Whitlock said counting was over. The registrar said 2,300 ballots had been set aside.',
      expect: 'Dana Whitlock',
    },
    {
      text: 'Policymaker Joris Haverkamp said a cut was not certain. ECB policymaker Klara Wendt took the opposite view. Inflation would ease, she told a conference.',
      expect: 'Klara Wendt',
    },
    // Non-firing: a group of analysts named by their firm keeps the firm's name.
    {
      text: 'Verano Foods cut its forecast. Analysts at Jefferies said the guidance was weak.',
      expect: 'Jefferies',
    },
  ],
};

/**
 * Speaker spans from the claims folds' study set (wrong speakers whose claim matched the right
 * content): the phrase walked left from the cue kept words that are no part of its subject.
 */
export const SUBJECT_LETS_SAY: RuleRow<readonly string[]> = {
  id: 'speaker.subject.lets-say',
  value: ['say', 'suppose', 'imagine'],
  reason:
    '"Let\'s say American society decided that …" sets up a hypothetical: "let\'s say" is a discourse frame before the clause, and its subject ("American society") starts after it; the walk left from the cue stopped at "let" and gave "\'s say American society".',
  examples: [
    { text: 'For example, let’s say American society decided that atheists were evil.', expect: 'American society' },
    { text: "Let's suppose the council decides that the bridge must close.", expect: 'the council' },
    // Non-firing: "say" as the cue itself keeps its subject.
    { text: 'Residents say the council decided that the bridge must close.', expect: 'Residents' },
  ],
};

export const OPENING_DISCOURSE_PHRASES: RuleRow<readonly string[]> = {
  id: 'speaker.opening-phrase.discourse',
  value: ['in a way', 'in a sense', 'in a word', 'in general', 'in fact', 'in practice', 'in theory', 'of course'],
  reason:
    'Like the time and linking phrases of speaker.opening-phrase, a discourse phrase opening a clause without a comma ("So in a way people often don\'t know …", "In fact the minister said …") is an adjunct; the subject starts after it. Without the row "a way people" was the speaker.',
  examples: [
    { text: "So in a way people often don't know how to combine the two fields.", expect: 'people' },
    { text: 'In fact the minister said that the plan was dead.', expect: 'the minister' },
    // Non-firing: a comma already ends the phrase.
    { text: "In a way, people often don't know how to combine the fields.", expect: 'people' },
  ],
};

export const SUBJECT_FOOTNOTE_NUMBER: RuleRow<null> = {
  id: 'speaker.subject.footnote-number',
  value: null,
  reason:
    'Papers and reports put a footnote or section number before a sentence ("1 In a 2007 study Duckworth and colleagues found …"); a number opening the sentence right before a capitalised word is no part of the subject, and the adjunct after it is stripped as at any sentence start.',
  examples: [
    {
      text: 'Grit was measured twice.\n\n1 In a 2007 study Duckworth and colleagues found that grit mattered.',
      expect: 'Duckworth and colleagues',
    },
    // Non-firing: a number that counts the subject stays in it.
    { text: 'Grit was measured twice. 12 Researchers found that grit mattered.', expect: '12 Researchers' },
  ],
};

/**
 * "Three people familiar with the matter told Reuters … two of the people said": a part of an
 * unnamed group of sources is that group, as "the people said" already was.
 */
export const PARTITIVE_SOURCE: RuleRow<readonly string[]> = {
  id: 'speaker.description.partitive-source',
  value: ['one', 'two', 'three', 'four', 'some', 'several', 'both', 'another', 'most', 'many'],
  reason:
    'Wire copy quotes part of a group of unnamed sources ("two of the people said", "one of the sources said", "One of them said"); the speaker is the group described before, which the name now gives, while the text keeps the words as written. Only right after that group spoke (within three sentences), and only when the noun after "of the" is the group\'s own head word or the phrase says "of them".',
  examples: [
    {
      text: 'BP is exploring a sale of Castrol, three people familiar with the matter told Reuters. The sale could fetch $10 billion, two of the people said.',
      expect: 'people familiar with the matter',
    },
    {
      text: 'Two officials at the ministry said the cabinet was split. One of them said four ministers opposed the plan.',
      expect: 'officials at the ministry',
    },
    // Non-firing: a part of another group is read as before.
    {
      text: 'Two officials at the ministry said the cabinet was split. One of the ministers said the plan was dead.',
      expect: 'One of the ministers',
    },
  ],
};

export const SPEAKER_ROWS_28B: readonly RuleRow<unknown>[] = [
  COMPANY_KIND_HEADS,
  COMMENTATOR_EMPLOYER,
  COMPANY_THAT_SPOKE,
  WIRE_ROLE_NOUNS,
  PARTITIVE_SOURCE,
];

export const SUBJECT_ROWS_28B: readonly RuleRow<unknown>[] = [
  SUBJECT_LETS_SAY,
  OPENING_DISCOURSE_PHRASES,
  SUBJECT_FOOTNOTE_NUMBER,
];
