/**
 * Rows of claims61f (issue #9: claims in writing we did not invent). What claims60f left on the
 * claims folds (README "Claims folds by cause, fifth round", its "Left" paragraph) and the next
 * news-general family of the study folds' third-person errors, each probed on news sentences of our
 * own. Kept in a file of its own so a merge with the other claims helper (claims61 writes
 * claims-51.ts) is a union; every id here holds a word of its own ("closed-table", "kind-of-body",
 * "document-object"). claims-51f.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row verb.irregular-past.closed-table (widens the irregular pasts of
 * speaker.subject.relative-that.finite, claims-38.ts, which every reader of a past form shares):
 * "Residents are saying they felt unsafe" — the simple pasts of English's irregular verbs, a closed
 * table, not the words one text happened to need.
 */
export const IRREGULAR_PAST_TABLE: RuleRow<readonly string[]> = {
  id: 'verb.irregular-past.closed-table',
  value: [
    // The irregular verbs of English whose simple past differs from the base form. Left out: pasts
    // that are as often a common noun or adjective ("lay", "bore", "shot", "bit", "wound", "ground",
    // "bound", "cost"), and the auxiliaries ("was", "had", "did"), which have lists of their own.
    'arose',
    'awoke',
    'bent',
    'bled',
    'blew',
    'bought',
    'bred',
    'brought',
    'built',
    'burnt',
    'caught',
    'chose',
    'clung',
    'crept',
    'dealt',
    'drank',
    'dreamt',
    'drove',
    'dug',
    'dwelt',
    'ate',
    'fed',
    'felt',
    'fled',
    'flew',
    'flung',
    'fought',
    'forbade',
    'foresaw',
    'forgave',
    'forgot',
    'froze',
    'got',
    'gave',
    'went',
    'grew',
    'hid',
    'hung',
    'knelt',
    'knew',
    'laid',
    'leant',
    'leapt',
    'learnt',
    'lent',
    'lit',
    'meant',
    'misled',
    'mistook',
    'overcame',
    'oversaw',
    'overtook',
    'rang',
    'rebuilt',
    'rode',
    'retook',
    'said',
    'sang',
    'sank',
    'shook',
    'shone',
    'shrank',
    'slept',
    'slid',
    'sold',
    'sought',
    'spat',
    'spelt',
    'spoke',
    'sprang',
    'spun',
    'stank',
    'stole',
    'strode',
    'struck',
    'strove',
    'stuck',
    'stung',
    'swam',
    'swept',
    'swore',
    'swung',
    'taught',
    'thought',
    'threw',
    'told',
    'tore',
    'trod',
    'understood',
    'undertook',
    'underwent',
    'upheld',
    'wept',
    'withdrew',
    'withheld',
    'withstood',
    'woke',
    'wore',
    'wove',
  ],
  reason:
    'The readers of a past form (a relative clause "a group that began …", the bare clause after "are saying", a clause\'s own verb after "that", a passive after "was") asked one list of 35 irregular pasts that grew word by word from the texts that needed them ("began", "took", "heard"). Any other irregular past was no verb to them: "Residents are saying they felt unsafe" (claims60f\'s leftover), "Parents are saying they knew nothing of the plan" made no claim, and "A charity that fought the closure said the ward would reopen" gave the speaker "fought the closure". The simple pasts of the irregular verbs of English are a closed table: each one whose past differs from its base joins, except the pasts as often read as a noun or adjective ("lay", "bore", "shot", "wound", "ground") and the auxiliaries.',
  examples: [
    { text: 'Residents are saying they felt unsafe after the fire.', expect: 'Residents' },
    { text: 'Parents are saying they knew nothing of the plan.', expect: 'Parents' },
    {
      text: 'A charity that fought the closure said the ward would reopen.',
      expect: 'A charity that fought the closure',
    },
    // Must leave: no clause after the -ing form.
    { text: 'Fans are saying goodbye to the old stadium.', expect: '' },
  ],
};

/**
 * Row speaker.description.organization.kind-of-body (widens the "the company is not Commerzbank or
 * the Economy Ministry" check of speaker.description.organization): "The Fed raised rates. The
 * company warned investors …" — a company is not a public body known by its short name.
 */
export const COMPANY_NOT_PUBLIC_BODY: RuleRow<{ words: readonly string[]; shortForms: readonly string[] }> = {
  id: 'speaker.description.organization.kind-of-body',
  value: {
    // Words of a public body's name, lowercase, besides the institution words the check knew.
    words: ['fed', 'reserve', 'treasury', 'pentagon', 'kremlin', 'exchequer', 'cabinet', 'tribunal', 'nations'],
    // Short forms written in capitals that name a public or international body, never a firm.
    shortForms: [
      'IMF',
      'UN',
      'EU',
      'WHO',
      'WTO',
      'OPEC',
      'NATO',
      'OECD',
      'IAEA',
      'ECB',
      'FBI',
      'CIA',
      'SEC',
      'FDA',
      'CDC',
      'EPA',
      'IRS',
      'NHS',
      'FTC',
      'DOJ',
      'FCA',
      'CMA',
    ],
  },
  reason:
    '"The company" (and "the firm", "the group", "the lender") resolves to the nearest organisation that fits its kind, and only a name holding an institution word ("Commerzbank", "the Economy Ministry") was passed over. A central bank, a treasury or a regulator known by a short name fits no such word: "The Fed raised rates on Wednesday. The company warned investors that profits would fall" gave the company\'s claim to the Fed (claims60f\'s leftover), as would "the ECB", "the SEC", "the Treasury". A description resolves only to a body of its kind: a name with one of these words of public bodies, or one of these short forms in capitals, is passed over as an institution word is, and with no other organisation in reach the company stands as written.',
  examples: [
    {
      text: 'The Fed raised rates on Wednesday. The company warned investors that profits would fall.',
      expect: 'company',
    },
    {
      text: 'The SEC opened an inquiry in May. The company said the filing had been accurate.',
      expect: 'company',
    },
    // Must leave: a firm named before the description.
    {
      text: 'Northgate Foods cut its forecast on Wednesday. The company said sales had slowed.',
      expect: 'Northgate Foods',
    },
  ],
};

/**
 * Row cue.document-saying.document-object (narrows the issuer search of cue.document-saying in
 * claims/claims.ts): "He received a letter telling him his contract had been terminated" — the one
 * who receives a document is not who speaks through it; the document is.
 */
export const RECEIVED_DOCUMENT: RuleRow<{ receive: readonly string[]; passive: readonly string[] }> = {
  id: 'cue.document-saying.document-object',
  value: {
    // Verbs whose subject receives the document after them.
    receive: ['received', 'receives', 'receive', 'got', 'gets', 'obtained', 'obtains'],
    // Verbs of sending read after "was"/"were"/"been": the subject received the document.
    passive: ['sent', 'handed', 'given', 'shown', 'served', 'emailed', 'mailed'],
  },
  reason:
    'After a document ("a statement saying", "a letter telling") the speaker is the subject before the verb that put the document there ("The firm issued a statement saying …", "sent a letter warning …"): its issuer. After a verb of receiving, that subject is the reader, not the writer: "He received a letter telling him his contract had been terminated" gave "He" as the speaker (claims60f\'s leftover), as did "Residents got a notice saying the water was unsafe" and "She was sent an email warning that her account would close". When the verb before the document is one of receiving, or one of sending after "was", "were" or "been", the document itself is the speaker as written.',
  examples: [
    {
      text: 'He received a letter telling him his contract had been terminated.',
      expect: 'a letter',
    },
    { text: 'Residents got a notice saying the water was unsafe to drink.', expect: 'a notice' },
    { text: 'She was sent an email warning that her account would close.', expect: 'an email' },
    // Must leave: the issuer of the document speaks.
    { text: 'The firm issued a statement saying the plant would close.', expect: 'The firm' },
    {
      text: 'The firm, which received complaints, issued a statement saying the plant would close.',
      expect: 'The firm',
    },
  ],
};
