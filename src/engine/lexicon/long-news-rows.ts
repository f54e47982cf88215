/**
 * Rows from the long blind claim batches 40–41 (claims13): general causes of their misses, each
 * with a reason, examples the whole engine must decide, and sentences it must not fire on
 * (long-news-rows.test.ts runs them).
 */
import type { RuleRow } from './rule-row';

/**
 * "said: ‘No. I've put my own money into this club.’": the segmenter reads "No." as the
 * abbreviation of "number" ("No. I" as number one); right after an opening quote mark and before
 * a capitalised word it is the answer "No." and ends its sentence. `expect` is the number of
 * claims the text gets.
 */
export const ANSWER_NO: RuleRow<{ forms: readonly string[] }> = {
  id: 'claim.sentence.answer-no',
  value: { forms: ['No.'] },
  reason:
    'A quotation that opens with "No." opens with an answer: "number" is written "No." before a numeral ("No. 10"), not as the first word of a quotation before a capitalised word.',
  examples: [
    {
      text: "Asked whether he would quit, the chairman said: ‘No. I've put my own money into this club.’",
      expect: '2',
    },
    { text: 'Asked again, Ridley said: "No. We stay."', expect: '2' },
    { text: '‘No. 9 shirts have sold out,’ the club said.', expect: '1' },
    { text: 'The club said the No. Nine shirt had sold out.', expect: '1' },
  ],
};

/**
 * "split the costs according to each country's share": after a verb of dividing, ranking or
 * varying, "according to" means "in proportion to" and names no source. `expect` is the cue the
 * sentence gets ('' = no claim).
 */
export const ACCORDING_TO_IN_PROPORTION: RuleRow<{
  verbs: readonly string[];
  maxBefore: number;
  sourceHeads: readonly string[];
  objectEnds: readonly string[];
  maxAfter: number;
}> = {
  id: 'cue.according-to.in-proportion',
  value: {
    verbs: [
      'split',
      'splits',
      'splitting',
      'divide',
      'divides',
      'divided',
      'dividing',
      'allocate',
      'allocates',
      'allocated',
      'distribute',
      'distributes',
      'distributed',
      'vary',
      'varies',
      'varied',
      'differ',
      'differs',
      'rank',
      'ranks',
      'ranked',
      'sort',
      'sorted',
      'grouped',
      'classified',
      'adjusted',
      'priced',
      'weighted',
      'scaled',
    ],
    maxBefore: 4,
    // The object still names a source (fix15b): a capitalised name in it, or its head (the last word
    // before one of `objectEnds` or punctuation) is a word for a source: these, or a person's,
    // organisation's, document's or study's noun from the other rows ("divided according to the
    // union", "distributed unfairly according to the auditor's report").
    sourceHeads: [
      'source',
      'expert',
      'analyst',
      'resident',
      'witness',
      'observer',
      'insider',
      'people',
      'estimate',
      'record',
      'statistics',
      'document',
      'filing',
      'account',
      'ranking',
      'index',
    ],
    objectEnds: [
      'of',
      'by',
      'in',
      'at',
      'on',
      'for',
      'from',
      'with',
      'which',
      'who',
      'that',
      'and',
      'compiled',
      'published',
      'released',
    ],
    maxAfter: 6,
  },
  reason:
    '"According to" after a verb of dividing, ranking or varying, within a few words and no comma between, says how something is shared or ordered ("split the costs according to each country\'s share", "prices vary according to demand"), not who said it.',
  examples: [
    {
      text: "It said Helsinki had offered to split the costs according to each country's share of the capacity.",
      expect: 'said',
    },
    { text: 'Prices vary according to demand and the season.', expect: '' },
    // Must not fire: a comma or more words between, or no such verb.
    { text: 'The costs will be split next year, according to the ministry.', expect: 'according to' },
    { text: 'The plan is doomed, according to Helena Marsh.', expect: 'according to' },
    // Must not fire: the object names a source (fix15b).
    { text: 'The bonus pool was divided according to the union.', expect: 'according to' },
    {
      text: "The region's tax revenue was distributed unfairly according to the auditor's report.",
      expect: 'according to',
    },
    { text: 'Rents vary according to Zillow data compiled by the city.', expect: 'according to' },
    { text: 'The schools were ranked according to the ministry, which published the list.', expect: 'according to' },
    { text: 'The vote was split according to party lines, officials said.', expect: 'said' },
  ],
};

/**
 * "have known each other for years": a verb of knowing or saying whose object is "each other" or
 * "one another" reports a relation between its subjects, not a proposition.
 */
export const RECIPROCAL_OBJECT: RuleRow<{
  pairs: readonly (readonly [string, string])[];
  lemmas: readonly string[];
}> = {
  id: 'guard.reciprocal-object',
  value: {
    // Verbs of knowing: "told each other that …" or "warned one another that …" still report speech.
    lemmas: ['know', 'understand', 'realise', 'realize', 'hear', 'recognise', 'recognize', 'remember'],
    pairs: [
      ['each', 'other'],
      ['one', 'another'],
    ],
  },
  reason:
    'A verb of knowing with a reciprocal object ("known each other for years", "understand one another") relates its subjects; the words after it are no clause they hold. Verbs of saying keep their cue ("told each other that the plan had failed"), and so does a "that" clause after the reciprocal.',
  examples: [
    {
      text: 'Rautio and Lindqvist have known each other for years, and both have been careful in public.',
      expect: '',
    },
    { text: 'The two leaders understand one another better than their aides do.', expect: '' },
    { text: 'Rautio said he knew the talks would fail.', expect: 'said' },
    { text: 'The two ministers told each other that the talks had failed.', expect: 'told' },
    { text: 'Omar Haddad understands voters are tired of the dispute.', expect: 'understands' },
  ],
};

/**
 * "The company's largest investor, the U.S. venture firm Halcyon Partners, said": an
 * organisation named in apposition after a kind-of-firm noun is the speaker, as a person named
 * there is. `expect` is the speaker's name.
 */
export const FIRM_APPOSITION: RuleRow<{ kinds: readonly string[]; maxBefore: number; openers: readonly string[] }> = {
  id: 'speaker.appositive.kind-of-firm',
  value: {
    kinds: [
      'firm',
      'company',
      'group',
      'fund',
      'bank',
      'lender',
      'insurer',
      'investor',
      'carmaker',
      'automaker',
      'drugmaker',
      'retailer',
      'operator',
      'agency',
      'union',
      'charity',
      'association',
      'consultancy',
      'conglomerate',
      'airline',
      'broker',
      'manager',
    ],
    maxBefore: 5,
    // The appositive opens with an article, as a noun phrase does; no preposition or relative word
    // (speaker.apposition.break) before the kind (fix15b).
    openers: ['the', 'a', 'an'],
  },
  reason:
    'A description of the source ("The company\'s largest investor,") followed by an appositive that sorts an organisation ("the U.S. venture firm Halcyon Partners,") names the source: the organisation, not someone the description might otherwise be taken to mean.',
  examples: [
    {
      text: "Harriet Coles said she had lost money. The company's largest investor, the U.S. venture firm Halcyon Partners, said it continued to support the team.",
      expect: 'Halcyon Partners',
    },
    // Must not fire: no kind-of-firm noun before the name, or a person named there.
    {
      text: "Harriet Coles said she had lost money. The firm's founder, the entrepreneur Daniel Achebe, said he knew nothing.",
      expect: 'Daniel Achebe',
    },
    // Must not fire: a clause or phrase between the commas, not a noun phrase (fix15b).
    {
      text: 'Harriet Coles said she had lost money. The minister, speaking to the firm Halcyon Partners, said the deal was fair.',
      expect: 'The minister',
    },
    {
      text: 'Harriet Coles said she had lost money. Workers, backed by the union Unite, said they would strike.',
      expect: 'Workers',
    },
    {
      text: 'Harriet Coles said she had lost money. The regulator, which fined the lender Monzo, said controls had improved.',
      expect: 'The regulator',
    },
  ],
};
