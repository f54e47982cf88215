/**
 * Rows of claims33 (issue #9, blind claim batch 86: the styles the batches had least of — results
 * stories where firms speak, stories built on written statements, live blogs, court reports,
 * interviews mixing Q: / A: with narrative). Kept in a file of its own so a merge with the other
 * claims helpers is a union. claims-33.test.ts runs the examples through the whole engine;
 * claims/cues.ts and claims/speaker-33.ts read the rows.
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.verb.read.document: "The letter reads: '…'", "'…,' the statement read." — a document
 * that "reads" a quotation says it.
 */
export const READ_DOCUMENT: RuleRow<{ nouns: readonly string[]; forms: readonly string[] }> = {
  id: 'cue.verb.read.document',
  value: {
    nouns: [
      'statement',
      'letter',
      'note',
      'notice',
      'message',
      'email',
      'e-mail',
      'memo',
      'sign',
      'banner',
      'placard',
      'plaque',
      'inscription',
      'caption',
      'post',
      'tweet',
      'text',
      'citation',
      'headline',
      'release',
    ],
    forms: ['read', 'reads'],
  },
  reason:
    'Stories built on documents quote them with "read": "The letter reads: \'We are taking every step to make sure this cannot happen again.\'" (batch 86) was no claim at all, since "read" is no verb of saying ("She reads books", "He read a statement to reporters" are acts). Only when its subject is a document noun right before it ("The letter reads", "the statement read") and a quotation opens after a colon or closes just before the subject does "read" report the document\'s words. A person who "reads:" is left, and so is a document read without a quotation next to it ("The sign read clearly from the road").',
  examples: [
    { text: 'The letter reads: "We are taking every step to make sure this cannot happen again."', expect: 'reads' },
    { text: 'The notice on the door read: "Closed until further notice."', expect: 'read' },
    { text: '"We deeply regret this mistake," the statement read.', expect: 'read' },
    // Must not take: a person reading, and a document read without a quotation.
    { text: 'She reads: "Chapter one."', expect: '' },
    { text: 'The sign read clearly from the road.', expect: '' },
  ],
};

/**
 * Row speaker.description.organization.firm-after-kind: "British retailer Harrow and Finch …
 * The group said …", "Rival grocer Bellamy Pratt said … The firm said …" — a name right after a
 * kind of firm is that firm, whatever type the tagger gave it or however it split it.
 */
export const FIRM_AFTER_KIND: RuleRow<{
  /** Kinds of firm that name the company after them, besides the organisation descriptors. */
  kinds: readonly string[];
  /** Verbs after the name that make it a person the firm has ("the group Jane Smith founded"). */
  personVerbs: readonly string[];
  /** How many sentences back the firm may be named. */
  sentences: number;
}> = {
  id: 'speaker.description.organization.firm-after-kind',
  value: {
    kinds: ['grocer', 'supermarket', 'chain', 'brewer', 'publisher', 'developer', 'broker', 'jeweller', 'jeweler'],
    personVerbs: [
      'founded',
      'runs',
      'ran',
      'leads',
      'led',
      'owns',
      'owned',
      'heads',
      'headed',
      'chairs',
      'joined',
      'left',
    ],
    sentences: 6,
  },
  reason:
    'Results stories call the firm "the group", "the company", "the firm" after naming it once behind a kind: "British retailer Harrow and Finch posted a 12% fall … The group said …", "Rival grocer Bellamy Pratt said … The firm said …" (batch 86). Names of firms made of surnames ("Harrow and Finch", "Bellamy Pratt", as "Marks and Spencer", "Morgan Stanley") are split by the tagger into two organisations or typed a person, so "the group" went to "Finch", the nearest organisation. A capitalised name right after a kind of firm ("retailer", "grocer", "bank", "company"), joined over "and" or "&" to the next capitalised word, is the firm; when it covers the organisation found, or is nearer and made a claim itself, it is the one "the company" means (a nearer firm that said nothing leaves the organisation found, which the ordinary steps may have chosen for having spoken), and so it is when the organisation found is a piece of its name ("Harrow" of a later "Harrow and Finch said"). A name followed by a verb of leading or owning ("the group Jane Smith founded") is a person of the firm and is left.',
  examples: [
    {
      text: 'British retailer Harrow and Finch posted a 12% fall in annual profit on Wednesday. The group said underlying profit fell to 412 million pounds.',
      expect: 'Harrow and Finch',
    },
    {
      text: 'Shares in Talbot Bank rose 2%. Rival grocer Bellamy Pratt said last week that its sales had fallen. The firm said it expected trading to improve.',
      expect: 'Bellamy Pratt',
    },
    {
      text: 'British retailer Harrow and Finch posted a 12% fall in profit. Harrow and Finch said in a filing that it would close 30 stores. The company said food sales rose.',
      expect: 'Harrow and Finch',
    },
    // Must leave: a person after a kind of firm who founded it, an organisation named since, and
    // a nearer firm that said nothing.
    {
      text: 'Ofcom fined Talbot Telecom on Monday. Talbot Telecom said it would appeal. Rival carrier Bellamy Pratt cut prices. The company said the fine was unfair.',
      expect: 'Talbot Telecom',
    },
    {
      text: 'Greenhill Foods was bought last year. The group Jane Smith founded in 1990 has 40 shops. The group said sales rose.',
      expect: 'Greenhill Foods',
    },
    {
      text: 'Rival grocer Bellamy Pratt cut prices last week. Ofcom fined Talbot Telecom on Monday. The company said it would appeal.',
      expect: 'Talbot Telecom',
    },
  ],
};

/**
 * Row speaker.name.post-nominal: "Helen Ashdown KC" is Helen Ashdown — the letters after a
 * barrister's name are a rank, not a part of the name.
 */
export const POST_NOMINAL: RuleRow = {
  id: 'speaker.name.post-nominal',
  value: ['KC', 'QC'],
  reason:
    'Court reports name counsel with their rank after the name: "Prosecuting, Helen Ashdown KC told the court …", "Rawle\'s counsel, Michael Frere KC," (batch 86). The tagger keeps the letters in the person\'s name, so the speaker was "Helen Ashdown KC", and "Mr Frere" became "Michael Frere KC". King\'s and Queen\'s Counsel are ranks, as "Dr" before a name is a title: the speaker\'s name drops them. Only in capitals and last in the name, so a name that ends in a word ("Kc" as a name does not occur) is left.',
  examples: [
    { text: 'Prosecuting, Helen Ashdown KC told the court that the records were false.', expect: 'Helen Ashdown' },
    { text: 'Michael Frere QC said the charts had been corrected.', expect: 'Michael Frere' },
    // Must leave: a name with no rank after it.
    { text: 'Helen Ashdown told the court that the records were false.', expect: 'Helen Ashdown' },
  ],
};

/**
 * Row speaker.description.witness: "'I was frightened of losing my job,' the witness said." — the
 * person giving evidence just before.
 */
export const WITNESS: RuleRow<{ nouns: readonly string[]; sentences: number; counsel: readonly string[] }> = {
  id: 'speaker.description.witness',
  value: { nouns: ['witness'], sentences: 3, counsel: ['judge', 'justice', 'prosecuting', 'defending', 'counsel'] },
  reason:
    'Court reports follow one witness through examination and call them "the witness": "Ms Tembo accepted that she had not reported what she saw … \'I was frightened of losing my job,\' the witness said." (batch 86). No one is introduced as "witness", so the description stayed as written. "The witness" is the person who spoke last, within three sentences, unless that person is counsel or the judge (named with KC or QC, or after "Judge", "Justice", "Prosecuting", "Defending" or "counsel"), who question witnesses and are not one.',
  examples: [
    {
      text: 'A former nurse, Carol Tembo, told the court she had seen the charts changed. "I was frightened of losing my job," the witness said.',
      expect: 'Carol Tembo',
    },
    // Must leave: the last person who spoke is counsel, and no one spoke before.
    {
      text: 'Prosecuting, Helen Ashdown KC told the court the charts were false. "I was frightened of losing my job," the witness said.',
      expect: 'the witness',
    },
    {
      text: 'The trial opened on Monday. "I was frightened of losing my job," the witness said.',
      expect: 'the witness',
    },
  ],
};
