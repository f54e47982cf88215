/**
 * Rows of claims38 (issue #9): known faults of claims on unseen news (a time closing a named
 * subject, a long name in the adjunct before "that", a second report after a label verb, "This
 * suggests that" with no source) and blind claim batch 98 (an earthquake report, an earnings call,
 * a Senate debate, an appeals ruling, a joint statement). Kept in a file of its own so a merge with
 * the other claims helpers is a union. claims-38.test.ts runs the examples through the whole
 * engine.
 */
import { IRREGULAR_PAST_TABLE } from './claims-51f';
import type { RuleRow } from './rule-row';

/**
 * Row speaker.subject.trailing-time.named (extends speaker.trailing-time and claims37's
 * speaker.subject.place-modifier.trailing-time): "Senator Ann Reyes on Tuesday said …" — the time
 * closing the subject is when the source spoke, whoever the source is.
 */
export const NAMED_TRAILING_TIME: RuleRow<{ after: readonly string[] }> = {
  id: 'speaker.subject.trailing-time.named',
  /** Words that may follow the time word inside the phrase ("on Tuesday night"). */
  value: { after: ['morning', 'afternoon', 'evening', 'night'] },
  reason:
    'Row speaker.trailing-time cuts "on Monday" or "last week" from a source described without a name ("Prosecutors on Monday told"), and claims37 read a place-modified head before it ("U.S. officials on Monday said"). A named source kept the time: "Senator Ann Reyes on Tuesday said the bill would pass" gave the speaker text "Senator Ann Reyes on Tuesday" (the name was right, the span was not), and so did "The company on Wednesday said". Wires write the day between the subject and the verb as often as after it. A subject that ends in "in", "on" or "during" with a weekday, month or year (and at most a part of the day or a number after it), or in "last"/"this"/"next" with a time noun, ends before that phrase, so the speaker is the words before it. A time inside the subject ("the March 4 statement") or one that is the whole subject stays; so does a date with a number ("the minutes of a board meeting in March 2022", which names the document, batch 83), and a time after a participle ("A report by the agency published on Monday", whose time row speaker.trailing-time reads with the participle, batch 61).',
  examples: [
    { text: 'Senator Ann Reyes on Tuesday said the bill would pass next month.', expect: 'Senator Ann Reyes' },
    { text: 'The company on Wednesday said it would cut 300 jobs.', expect: 'The company' },
    {
      text: 'Chief Executive Erik Lindqvist last week told analysts that demand had slowed.',
      expect: 'Chief Executive Erik Lindqvist',
    },
    // Must leave: no time closes the subject.
    { text: 'Senator Ann Reyes said on Tuesday that the bill would pass.', expect: 'Senator Ann Reyes' },
  ],
};

/**
 * Row claim.content.that-window.name-one-word (extends claim.content.that-before-clause and
 * claims37's claim.tail.adjunct-name-one-word): "said in a filing with the Securities and Exchange
 * Commission that …" — a name is one word of the window in which a verb's "that" is looked for.
 */
export const THAT_WINDOW_NAME_ONE_WORD: RuleRow<null> = {
  id: 'claim.content.that-window.name-one-word',
  value: null,
  reason:
    'A verb\'s "that" may come a few words after it, past an addressee or an adjunct ("told reporters on Monday that …"); the window is eight tokens. The cue reader already let a chain of adjuncts ending in a name reach further, so "The company said in a filing with the Securities and Exchange Commission that it would cut 300 jobs" made a claim, but the content reader stopped at eight tokens and the content began at "in a filing with …", the adjunct read as what was said. A name the mention layer found is one thing named, however many words it has (as claims37 counted it in a closing tag\'s adjunct): it now counts as one token of the window, so the content starts after "that". A window of plain words is read as before.',
  examples: [
    {
      text: 'The company said in a filing with the Securities and Exchange Commission that it would cut 300 jobs.',
      expect: 'it would cut 300 jobs',
    },
    {
      text: 'The bank told investors at a meeting of the Bank of England Court that rates would stay high.',
      expect: 'rates would stay high',
    },
    // Must leave: a "that" inside a clause already begun is no complementiser.
    {
      text: 'The company said it had raised twice that amount from the International Finance Corporation.',
      expect: 'it had raised twice that amount from the International Finance Corporation',
    },
  ],
};

/**
 * Row claim.content.that-after-inner-verb (extends claim.content.that-before-clause): "told
 * reporters the agreement showed that …" — the "that" belongs to the inner verb; the report began
 * before it.
 */
export const THAT_AFTER_INNER_VERB: RuleRow<readonly string[]> = {
  id: 'claim.content.that-after-inner-verb',
  /** Finite forms of verbs of showing and meaning that take a "that" clause of their own. */
  value: [
    'shows',
    'showed',
    'means',
    'meant',
    'suggests',
    'suggested',
    'indicates',
    'indicated',
    'proves',
    'proved',
    'demonstrates',
    'demonstrated',
    'signals',
    'signaled',
    'signalled',
    'confirms',
    'confirmed',
  ],
  reason:
    'The content of a verb of saying starts after its "that" when the "that" comes among the few words after it, unless the reported clause has already begun (a subject pronoun or a finite auxiliary first: row claim.content.that-before-clause). A clause with a noun subject and a verb of showing was not seen as begun: "Indonesian Foreign Minister Budi Pratama told reporters the agreement showed that \\"neighbours can solve problems together\\"" (batch 98) started the content at the quotation after "showed that", so the claim read as a direct quotation of the minister, whose own words were "the agreement showed". A finite form of a verb of showing or meaning right after a lowercase word (its subject noun, not a preposition or article) in that window begins the clause, and the content is the whole of it: a claim that quotes, not a direct one. "said in a statement released on Monday that" (a participle) and "told reporters on Monday that" read as before.',
  examples: [
    {
      text: 'The minister said the agreement showed that "neighbours can solve problems together".',
      expect: 'the agreement showed that "neighbours can solve problems together"',
    },
    {
      text: 'She said the vote meant that the party would have to change.',
      expect: 'the vote meant that the party would have to change',
    },
    // Must leave: an addressee and a time before "that".
    { text: 'He told reporters on Monday that the talks had failed.', expect: 'the talks had failed' },
  ],
};

/**
 * Row cue.verb.that-after-aside (extends cue.verb.say's "that" window and the aside of
 * "found, after a two-week trial, that"): "posted on X, formerly Twitter, that …" — an aside
 * between commas inside the adjunct before "that".
 */
export const THAT_AFTER_ASIDE: RuleRow<{ maxWords: number }> = {
  id: 'cue.verb.that-after-aside',
  value: { maxWords: 5 },
  reason:
    'A verb\'s "that" is looked for among the few words after it, and a comma stops the search, except an aside opening right after the verb ("found, after a two-week trial, that …"). An aside can also come after the adjunct, naming what the adjunct names: "After the debate, Calloway posted on X, formerly Twitter, that he had \\"won the night\\"" (batch 98) made no claim, and "said in a statement, issued late on Monday, that" the same. Inside the window, a comma, at most five words with no punctuation or quotation, a second comma and "that" right after it: the search goes on past the aside, and the content starts after "that". A comma followed by anything else (", adding that", ", but …") still stops it; a restrictive "that" never follows a comma.',
  examples: [
    {
      text: 'After the debate, Calloway posted on X, formerly Twitter, that he had won the night.',
      expect: 'he had won the night',
    },
    {
      text: 'The ministry said in a statement, issued late on Monday, that the border would reopen.',
      expect: 'the border would reopen',
    },
    // Must leave: no "that" right after the second comma.
    { text: 'He posted on X, formerly Twitter, a photo of the crowd.', expect: '' },
  ],
};

/**
 * Row speaker.subject.relative-that.finite (extends the relative clause of "The man who found the
 * wallet said"): "An ad from the X campaign that began airing on Monday says …", "A group that
 * represents farmers said …" — a present or irregular past verb after "that" or "which" opens a
 * relative clause too.
 */
export const RELATIVE_THAT_FINITE: RuleRow<{ pasts: readonly string[] }> = {
  id: 'speaker.subject.relative-that.finite',
  /** Irregular past forms that open a relative clause ("that began", "which took"). */
  value: {
    pasts: [
      'began',
      'took',
      'won',
      'made',
      'led',
      'ran',
      'sent',
      'gave',
      'came',
      'became',
      'held',
      'left',
      'brought',
      'built',
      'wrote',
      'spent',
      'lost',
      'paid',
      'grew',
      'saw',
      'found',
      'put',
      'cut',
      'hit',
      'kept',
      'drew',
      'broke',
      'fell',
      'rose',
      'met',
      // Read by claims/speaker.ts `verbAfterHead` too ("The inquiry heard that …").
      'heard',
      'set',
      'read',
      'sat',
      'stood',
    ],
  },
  reason:
    'When the cue\'s subject is read back to a relative "who", "that" or "which", the noun phrase before the pronoun is the subject ("The man who found the wallet said", "the country that vetoed the text said"), but after "that" and "which" only when the next word is a past in -ed or an auxiliary. A present verb or an irregular past left the clause\'s own words as the speaker: "An ad from the Calloway campaign that began airing on Monday says Delgado \\"opened the door\\" to illegal immigration" (batch 98) gave the speaker "began airing", and "A group that represents farmers said the deal would hurt exports" gave "represents farmers". A present form in -s (not -ss, -us or -is) followed by a lowercase word, or an irregular past of this list, after "that" or "which" opens the relative clause too, and the phrase before it speaks. The noun phrase must still open with a determiner or a capital, as before, and a cue verb ending that phrase stops it ("The report warns that officials say …" keeps "officials").',
  examples: [
    { text: 'A coalition that began campaigning in May says the law is unfair.', expect: 'coalition' },
    { text: 'A group that represents farmers said the deal would hurt exports.', expect: 'group' },
    // Must leave: "that" as the complementiser of a cue before it.
    { text: 'The report warns that officials say the dam is unsafe.', expect: 'officials' },
  ],
};
/**
 * The row's irregular pasts as a set: the speaker's relative clause ("a group that began …") and the
 * cue's bare-noun clause ("that turnout fell") read the same list.
 */
// With the closed table of English irregular pasts (row verb.irregular-past.closed-table, claims-51f.ts).
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set([
  ...RELATIVE_THAT_FINITE.value.pasts,
  ...IRREGULAR_PAST_TABLE.value,
]);

/**
 * Row cue.document-saying.ad (extends cue.document-saying): "An ad from the X campaign says …",
 * "released an ad saying …" — a campaign's advertisement is a document its issuer speaks through.
 */
export const DOCUMENT_AD: RuleRow<readonly string[]> = {
  id: 'cue.document-saying.ad',
  value: ['ad', 'advertisement'],
  reason:
    'Row cue.document-saying lists the documents a source speaks through (statement, letter, post, memo, filing …), so that "a press release from the museum" is the museum\'s (row speaker.document-from) and "issued a statement saying" reports what it says. Election coverage quotes campaign advertising the same way: "An ad from the Calloway campaign that began airing on Monday says Delgado \\"opened the door\\" to illegal immigration" (batch 98) gave the speaker "ad from the Calloway campaign", a name no reader would group with the campaign. "ad" and "advertisement" join the documents, so the campaign named after "from" speaks, and "released an ad saying" reports what the ad says. "The ad ran for a week" makes no claim (no cue).',
  examples: [
    {
      text: 'An ad from the Calloway campaign that began airing on Monday says Delgado "opened the door" to illegal immigration.',
      expect: 'Calloway campaign',
    },
    { text: 'The Reyes campaign released an ad saying the senator had missed 40 votes.', expect: 'Reyes campaign' },
    // Must leave: no cue.
    { text: 'The ad ran for a week on local stations.', expect: '' },
  ],
};

/**
 * Row guard.inference-without-source: "This suggests that …", "…, which means that …" — the
 * reporter's inference from what was just said, with no source.
 */
export const INFERENCE_WITHOUT_SOURCE: RuleRow<{ verbs: readonly string[]; subjects: readonly string[] }> = {
  id: 'guard.inference-without-source',
  value: {
    /**
     * Finite forms of verbs of showing, meaning and confirming. "mean" and "imply" are no cue
     * verbs today, so the guard never meets them; they stay so a later cue row cannot make the
     * writer's inference a claim.
     */
    verbs: [
      'suggest',
      'suggests',
      'suggested',
      'show',
      'shows',
      'showed',
      'mean',
      'means',
      'meant',
      'indicate',
      'indicates',
      'indicated',
      'imply',
      'implies',
      'implied',
      // "Prices rose. That confirms that demand is strong." (claims39b review: the speaker was "That").
      'confirm',
      'confirms',
      'confirmed',
      'prove',
      'proves',
      'proved',
      'demonstrate',
      'demonstrates',
      'demonstrated',
    ],
    /** Subjects that stand for the clause before, not for a source. */
    subjects: ['this', 'that', 'these', 'those', 'which'],
  },
  reason:
    'A claim is a statement attributed to a source (../shared/eval/README: "X said", "according to X", "X assumes that …"). "The study suggests that …" is the study\'s finding (batch 80\'s gold), but "Prices rose sharply in March. That shows that demand is strong." and "The bank cut rates, which suggests that officials are worried" are the writer\'s inference from the sentence before: no one is reported, and the batches\' gold never marks one outside a quotation (batch 77 marks "This suggests that" only inside an analyst\'s quoted words, where the quotation is the claim). The engine made claims of them with the speaker "That", or the clause before "which" ("The bank cut rates"), and of "The move, which suggests that the government is nervous, came late on Friday". A verb of showing or meaning whose subject is only a demonstrative opening the sentence ("This", "That", "These", "Those") or a "which" after a comma reports nothing. "These figures suggest that …" (a noun after the demonstrative), "It suggests" and "The study suggests that" are left as they were; so is a quotation, whose claim is the quotation\'s. Verbs of confirming and proving are inferences the same way (claims39b review): "The analysts said prices rose. That confirms that demand is strong." made a second claim with the speaker "That", though the source of the sentence before said only that prices rose; the writer draws the conclusion.',
  examples: [
    { text: 'Exports fell again in May. That shows that demand in Europe is weak.', expect: '' },
    { text: 'The bank cut rates, which suggests that officials are worried about growth.', expect: '' },
    // "That indicates" is a claim of "That" without the guard ("This means that" never was one: "mean" is no cue).
    { text: 'Prices rose sharply in March. That indicates that demand is strong.', expect: '' },
    // A source named in the sentence before does not make the inference its own (claims39b review).
    { text: 'The analysts said prices rose. That confirms that demand is strong.', expect: 'said' },
    // Must leave: a study's finding, and a quotation.
    { text: 'The study suggests that bees follow a blurred trail.', expect: 'suggests' },
    {
      text: '"This suggests that the squeeze has further to run," said Cormac Morrissey, an analyst at Morningstar.',
      expect: 'said',
    },
  ],
};

/**
 * Row claim.second-cue.after-label (extends claim.second-cue.coordinated): "He called the deal 'a
 * betrayal' and said it would hurt farmers." — a label verb's quotation is a report of its own, so
 * the verb after "and" reports a second claim.
 */
export const SECOND_AFTER_LABEL: RuleRow<{ labelRow: string }> = {
  id: 'claim.second-cue.after-label',
  value: { labelRow: 'cue.verb.label' },
  reason:
    'Row claim.second-cue.coordinated makes "X said A, and added that B" two claims of one source only when the words before the conjunction are a clause (a finite verb among them), so that "acknowledged the risk but insisted that …" stays one claim. A label verb reports its quotation, not a clause: "Fiona Walsh called the deal \\"a betrayal of our fishing communities\\" and said it gave Indonesia too much say" (batch 98) and "He called the deal \\"a betrayal\\" and said it would hurt farmers" made one claim whose content ran from the object through "and said" to the end, and the second report was lost. After a cue of row cue.verb.label ("called", "branded", "dubbed") whose quotation closes before the conjunction, the verb after it reports a second claim of the same source, and the first content stops before the conjunction. "called the police and said …" is no label (no quotation) and is read as before.',
  examples: [
    { text: 'He called the deal "a betrayal" and said it would hurt farmers.', expect: 'it would hurt farmers' },
    {
      text: 'The opposition branded the budget "a fantasy" and warned that it would cost jobs.',
      expect: 'it would cost jobs',
    },
    // Must leave: no quotation, so no label and one claim as before.
    { text: 'She called the police and said the door had been forced.', expect: 'the door had been forced' },
  ],
};

/**
 * Row quote.tag-after-close.beside-quotation (extends quote.tag-after-close): '"A. B," Judge X
 * wrote in a 40-page opinion.' — a verb that is a cue only beside its quotation tags every
 * sentence of it.
 */
export const TAG_AFTER_CLOSE_BESIDE_QUOTATION: RuleRow<null> = {
  id: 'quote.tag-after-close.beside-quotation',
  value: null,
  reason:
    'When a tag follows the closing mark of a quotation of several sentences (\'"A. B," he said\'), it speaks for all of them (row quote.tag-after-close), and an untagged quotation after a claim goes to that claim\'s source (row quote.after-claim) only when no such tag closes it. The check looked for a cue in the words after the closing mark alone, where "wrote" (row cue.verb.write, a cue only with a "that" clause or a quotation beside it) is none: \'"A limit this low does not stop bribery. It stops campaigns from being heard," U.S. Circuit Judge Susan Hargrove wrote in a 40-page opinion for the majority.\' (batch 98) gave its first sentence to the appeals panel of the sentence before, and the second to the judge. The tag is now also looked for in the closing sentence read whole, its quoted part included, and counts when its cue stands after the closing mark; "said" tags read as before.',
  examples: [
    {
      text: 'The mayor said the plan was sound. "The plan will fail. It always does," Judge Ann Cole wrote in her opinion.',
      expect: 'Ann Cole',
    },
    // Must leave: a quotation with no tag after it still continues the claim before.
    {
      text: 'The mayor said the plan was sound. "The plan will fail. It always does."',
      expect: 'mayor',
    },
  ],
};
