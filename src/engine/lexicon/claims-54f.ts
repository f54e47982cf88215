/**
 * Rows of claims64f (issue #9: claims on unseen news). The faults stop 63 left (README "The lead's
 * reading (stop 63)" and claims63's "Left"), each probed on news sentences of our own. Kept in a
 * file of its own so a merge with the other claims helpers is a union; every id here holds a word
 * of its own ("folds"). claims/claims-54f.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.description.organization.kind-named-folds (claims/speaker.ts `recentOrg`): "The Civil
 * Aviation Authority has fined Wizz Air £1m. The regulator said …" — the regulator is the body whose
 * name says it is one, not the nearer firm it fined.
 */
export const REGULATOR_KIND_NAMED: RuleRow<{
  heads: readonly string[];
  kinds: readonly string[];
  shortForms: readonly string[];
}> = {
  id: 'speaker.description.organization.kind-named-folds',
  value: {
    // Descriptions of a body that oversees others.
    heads: ['regulator', 'watchdog'],
    // Words that end a regulator's name and say its kind ("Civil Aviation Authority", "Competition
    // Commission", "Food Standards Agency", "Office of Rail and Road", "Financial Ombudsman").
    kinds: [
      'authority',
      'authorities',
      'commission',
      'agency',
      'regulator',
      'office',
      'board',
      'ombudsman',
      'inspectorate',
      'watchdog',
      'administration',
      'commissioner',
      'directorate',
    ],
    // Regulators known by a short form.
    shortForms: ['SEC', 'FDA', 'FCA', 'CMA', 'FTC', 'EPA', 'FAA', 'CAA', 'Ofcom', 'Ofwat', 'Ofgem', 'Ofsted'],
  },
  reason:
    '"The regulator" and "the watchdog" resolved to the nearest organisation, so a story opening with a regulator acting on a firm gave the regulator\'s words to the firm: "The Civil Aviation Authority has fined Wizz Air £1m. The regulator said the airline had failed passengers" gave the speaker Wizz Air (stop 63\'s wires). Regulators carry their kind in their name (Authority, Commission, Agency, Office, Board, Ombudsman …) or are known by a short form (Ofcom, the FCA, the SEC). Of the organisations in reach, the nearest whose name says its kind is the regulator; with none such in reach the nearest organisation stays, as before ("Ofcom fined the broadcaster" then "the regulator" still has only the names it had).',
  examples: [
    {
      text: 'The Civil Aviation Authority has fined Wizz Air £1m. The regulator said the airline had failed passengers.',
      expect: 'Civil Aviation Authority',
    },
    {
      text: 'The Competition and Markets Authority has opened an inquiry into Harbour Foods. The watchdog said prices had risen too fast.',
      expect: 'Competition and Markets Authority',
    },
    {
      text: 'Ofgem fined Octopus Energy £2m on Tuesday. The regulator said the company had misled customers.',
      expect: 'Ofgem',
    },
    // Must leave: the firm is still "the airline"; a regulator alone in reach stays the regulator.
    {
      text: 'The Civil Aviation Authority has fined Wizz Air £1m. The airline said it would appeal.',
      expect: 'Wizz Air',
    },
    {
      text: 'Harbour Foods raised its prices again in March. The watchdog said it would look at the rise.',
      expect: 'watchdog',
    },
    {
      text: 'The Food Standards Agency has issued new rules. The regulator said they would take effect in May.',
      expect: 'Food Standards Agency',
    },
  ],
};

/**
 * Row cue.verb.direct-that.clause-shown-folds (narrows cue.verb.direct-that, claims/claims-54f.ts
 * `directThatClause`): "Zemeckis directed that Tom Hanks film", "instructed the lawyers that she had
 * hired to sue" — a demonstrative "that" before a name and a noun, and a relative "that" whose
 * clause leaves its verb without an object before "to", report no statement.
 */
export const DIRECT_THAT_CLAUSE: RuleRow<{ subjunctive: readonly string[]; toVerbs: readonly string[] }> = {
  id: 'cue.verb.direct-that.clause-shown-folds',
  value: {
    // Besides the finite auxiliaries and modals, the forms a name's clause opens with after
    // "directed that" ("directed that Smith be retried").
    subjunctive: ['be', 'not', 'should'],
    // Verbs that take "to" and a verb themselves: "told the jurors that they had agreed to wait"
    // is still a clause of its own.
    toVerbs: [
      'agreed',
      'promised',
      'decided',
      'wanted',
      'tried',
      'planned',
      'hoped',
      'refused',
      'failed',
      'needed',
      'chosen',
      'chose',
      'offered',
      'managed',
      'intended',
      'expected',
      'attempted',
      'proposed',
      'vowed',
      'pledged',
      'threatened',
      'sought',
      'appeared',
      'seemed',
      'used',
      'continued',
      'began',
      'started',
    ],
  },
  reason:
    'Row cue.verb.direct-that makes "direct" and "instruct" cues only when "that" opens a clause: an article, a pronoun, a capitalised word or a number after it. A capitalised word is as often a name inside a noun phrase whose determiner is "that" ("Zemeckis directed that Tom Hanks film in 1994" made the claim "Tom Hanks film in 1994"), and a pronoun after the one told may open a relative clause on it ("She instructed the lawyers that she had hired to sue the council" made the claim "she had hired to sue the council"; the stop-63 review). After "that", a run of capitalised words or numbers must be followed by a finite verb, a modal, a subjunctive "be" or a past in -ed to be a clause\'s subject; and a "that" after the one told whose clause is a subject, an optional auxiliary and a past in -ed followed by "to" (not a verb that takes "to" itself, such as "agreed") is a relative clause, the order given by the infinitive.',
  examples: [
    // Must not fire (no claim).
    { text: 'Zemeckis directed that Tom Hanks film in 1994.', expect: '' },
    { text: 'She instructed the lawyers that she had hired to sue the council.', expect: '' },
    { text: 'Lind directed that 2019 thriller before moving to television.', expect: '' },
    // Must still fire: the judge's directions.
    {
      text: 'Judge Caroline Webb directed the jurors that they must decide on the evidence alone.',
      expect: 'they must decide on the evidence alone',
    },
    { text: 'The judge directed that Mr Askew be retried.', expect: 'Mr Askew be retried' },
    {
      text: 'The judge instructed the jurors that they had agreed to follow the law.',
      expect: 'they had agreed to follow the law',
    },
  ],
};

/**
 * Row claim.content.relative-clause-ends.no-comma-folds (claims/relative-content.ts, widens
 * claim.content.relative-clause-ends): "A scheme that residents say damages their homes was
 * approved" — with no commas round the relative, the content stops before the main clause's verb.
 */
export const RELATIVE_NO_COMMA: RuleRow<{
  relatives: readonly string[];
  clauseLinks: readonly string[];
  maxSubject: number;
}> = {
  id: 'claim.content.relative-clause-ends.no-comma-folds',
  value: {
    relatives: ['that', 'which', 'who'],
    // A word that links a clause of the content's own: past it, a finite verb may be the content's.
    clauseLinks: [
      'that',
      'which',
      'who',
      'whom',
      'whose',
      'if',
      'whether',
      'because',
      'when',
      'while',
      'and',
      'but',
      'or',
      'as',
      'after',
      'before',
      'since',
      'until',
      'where',
    ],
    // Most words of the sentence's opening noun phrase before the relative.
    maxSubject: 5,
  },
  reason:
    'Row claim.content.relative-clause-ends ends the content of a cue in a relative clause at the comma that closes it. A relative on the subject is often written without commas, and then the content ran into the main clause: "A scheme that residents say damages their homes was approved on Monday" gave the content "damages their homes was approved on Monday", "The tax that critics said would hurt the poor was scrapped" "would hurt the poor was scrapped", "Residents who said the plan was unfair were angry" "the plan was unfair were angry" (the stop-63 review). When the relative ("that", "which", "who") follows the sentence\'s opening noun phrase (at most five words, none a verb) and the cue is the relative\'s own ("who said", or "that" and the relative\'s subject: no verb first, no determiner past its first word; "Residents who reported the smell said …" is the main verb\'s claim), the content ends before the first finite auxiliary after its own verb (a content opening with its subject has its own finite verb first), unless a word linking a clause of its own ("that", "and", "because" …) or a punctuation mark comes first.',
  examples: [
    { text: 'A scheme that residents say damages their homes was approved on Monday.', expect: 'damages their homes' },
    { text: 'The tax that critics said would hurt the poor was scrapped.', expect: 'would hurt the poor' },
    { text: 'The drug that doctors say has saved lives was withdrawn in May.', expect: 'has saved lives' },
    { text: 'Residents who said the plan was unfair were angry.', expect: 'the plan was unfair' },
    // Must leave: a relative in the object, and a content with a clause of its own.
    {
      text: 'The council approved a scheme that residents say damages their homes.',
      expect: 'damages their homes',
    },
    { text: 'Officials defended the plan that critics said would fail.', expect: 'would fail' },
    { text: 'Residents who reported the smell said it was getting worse.', expect: 'it was getting worse' },
    {
      text: 'A plan that critics say would mean that costs were rising was dropped.',
      expect: 'would mean that costs were rising was dropped',
    },
  ],
};

/**
 * Row speaker.subject.place-modifier.capitalised-head-folds (claims/speaker.ts `resolveSpeaker`,
 * beside speaker.subject.place-modifier): "The U.S. Marines said" — a place before capitalised
 * words that no mention holds names a body of that place, not the place.
 */
export const PLACE_CAPITALISED_HEAD: RuleRow<boolean> = {
  id: 'speaker.subject.place-modifier.capitalised-head-folds',
  value: true,
  reason:
    'A place before a lowercase head ("U.S. officials said") describes the people, who speak as written (speaker.subject.place-modifier); before a name the mention layer found ("the U.S. Food and Drug Administration") the name speaks. When the words after the place are capitalised but no mention holds them ("The U.S. Marines said", "the French Foreign Legion said"), the place was the only name in the phrase and became the speaker: "Two ships were seized, the U.S. Marines said" gave the speaker "U.S." (the stop-63 review). The place and the capitalised words after it, to the phrase\'s end, name the speaker as written.',
  examples: [
    { text: 'The U.S. Marines said two ships had been seized.', expect: 'U.S. Marines' },
    { text: 'Two ships were seized near the coast, the U.S. Marines said.', expect: 'U.S. Marines' },
    // Must leave: a lowercase head, a person, a body the mention layer found.
    { text: 'U.S. officials said two ships had been seized.', expect: 'U.S. officials' },
    { text: 'The U.S. Army said the base would close.', expect: 'U.S. Army' },
  ],
};

/**
 * Row claim.content.past-told-addressee.bare-noun-clause-folds (claims/told-addressee.ts, widens
 * claim.content.past-told-addressee): "The minister told reporters supplies were good" — a clause
 * whose subject is a bare noun also starts after the one told.
 */
export const TOLD_BARE_NOUN_CLAUSE: RuleRow<{ audiences: readonly string[]; notNouns: readonly string[] }> = {
  id: 'claim.content.past-told-addressee.bare-noun-clause-folds',
  value: {
    // Audiences besides those of claim.content.past-told-addressee (lowercased: "MPs").
    audiences: ['mps', 'msps', 'peers', 'jurors', 'officers', 'police', 'parents', 'pupils', 'students', 'fans'],
    // Lowercase words that are no bare subject noun before an auxiliary.
    notNouns: [
      'that',
      'what',
      'how',
      'why',
      'who',
      'where',
      'when',
      'whether',
      'if',
      'it',
      'there',
      'to',
      'about',
      'of',
      'in',
      'on',
      'at',
      'for',
      'with',
      'by',
      'from',
      'not',
      'so',
      'too',
      'also',
      'again',
      'once',
      'now',
      'then',
    ],
  },
  reason:
    'After a verb of telling with no "that", the one told is skipped when a clause opens after it with a subject pronoun, or a determiner or name and a finite verb (claim.content.past-told-addressee). A subject with no article ("supplies", "growth", "talks") opened no clause, so "The minister told reporters supplies were good" kept "reporters" in the content (stop 63\'s wires), as did "told MPs prices would fall" and "Pryce told jurors they should acquit" ("MPs" and "jurors" were no audience; claims63\'s leftover). A lowercase noun (not a participle, adverb or preposition), with at most one more noun, then a finite auxiliary or modal opens the clause; "MPs", "jurors", "peers", "officers" and a few more are audiences.',
  examples: [
    { text: 'The minister told reporters supplies were good.', expect: 'supplies were good' },
    { text: 'The chancellor told MPs growth would slow next year.', expect: 'growth would slow next year' },
    { text: 'Pryce told jurors they should acquit.', expect: 'they should acquit' },
    { text: 'The envoy told journalists peace talks had stalled.', expect: 'peace talks had stalled' },
    { text: 'He told police nothing had been taken.', expect: 'nothing had been taken' },
    // Must leave: a participle after the one told, and "that" after it.
    {
      text: 'The minister told reporters gathered outside the house that supplies were good.',
      expect: 'supplies were good',
    },
    { text: 'The coach told reporters stories about his youth.', expect: '' },
  ],
};

/**
 * Row cue.verb.read.document.slogan-folds (claims/read-document.ts, widens cue.verb.read.document):
 * 'One placard read: "No cuts to maternity care"', 'Marchers carried placards reading "…"' — a
 * counted or plural document, or "reading" after it, with its quotation right after.
 */
export const READ_SLOGAN: RuleRow<{ forms: readonly string[]; determiners: readonly string[] }> = {
  id: 'cue.verb.read.document.slogan-folds',
  value: {
    // "reading" is left out: row claim.sentence.tag-after-mark keeps 'Protesters waved signs reading
    // "Resign!"' without a claim.
    forms: [],
    // Words that count the documents before the noun ("One placard read", "Several banners read").
    determiners: ['one', 'another', 'each', 'every', 'some', 'several', 'many', 'two', 'three', 'other'],
  },
  reason:
    'Row cue.verb.read.document makes "read" a cue with a document noun after an article ("The letter reads: …") and a quotation after a colon or closing before it. Protests are reported through their placards and banners, counted or in the plural and often with the quotation right after the verb: \'One placard read: "No cuts to maternity care"\', \'A banner read "Save our hospital"\', \'Marchers carried placards reading "Hands off our NHS"\' made no claim (claims63\'s leftover; batch 143 has them optional). A document noun of that row, singular or plural, counted ("one", "another", "several" …) or after an article or opening the sentence, with "read"/"reads" and a quotation right after (or a colon and a quotation), and such a noun right before "reading" and its quotation after a verb of carrying (cue.document-saying.document-object.carried-folds\'s verbs: "carried", "held", "waved" …), report the document\'s words. A banner "reading" a slogan that is itself the subject ("A banner reading "Vidal Out" was unfurled", batch 43) is described, not quoted.',
  examples: [
    { text: 'One placard read: "No cuts to maternity care".', expect: 'read' },
    { text: 'A banner read "Save our hospital".', expect: 'read' },
    // Must not take: a person reading, "reading" with no document, a document read without a quotation.
    { text: 'She was reading "War and Peace" on the train.', expect: '' },
    { text: 'A banner reading "Vidal Out" was unfurled in the home end.', expect: '' },
    { text: 'One placard read clearly from the road.', expect: '' },
    { text: 'Ana read "The Waves" in one sitting.', expect: '' },
  ],
};

/**
 * Row cue.verb.manner.anger-folds (widens cue.verb.manner in claim-cues.ts): '"It was a penalty all
 * day long," fumed Dalton' — anger's verbs are manners of saying beside a quotation or "that".
 */
export const MANNER_ANGER: RuleRow<readonly string[]> = {
  id: 'cue.verb.manner.anger-folds',
  value: ['fume', 'seethe', 'rage', 'bristle', 'bellow', 'hiss'],
  reason:
    'Sports and politics report an angry remark with a verb of anger: \'"It was a penalty all day long," fumed Dalton\', \'"This is a disgrace," the MP raged\' made no claim ("fume" was no manner verb; claims63\'s leftover; alone in a text "Dalton" is no name the tagger finds after an unknown verb, so the example names him in full). Like the other manners of speaking (cue.verb.manner) they report speech only beside a quotation or with "that"; alone they describe behaviour ("The fire raged for days", "Dalton fumed on the touchline").',
  examples: [
    {
      text: 'Harrow lost 2-1 to Kesford on Saturday. "It was a penalty all day long," fumed manager Tom Dalton.',
      expect: 'fumed',
    },
    { text: '"This is a disgrace," the MP raged.', expect: 'raged' },
    { text: 'The manager seethed that the referee had been weak.', expect: 'seethed' },
    // Must not take: anger with nothing said.
    { text: 'The fire raged for three days.', expect: '' },
    { text: 'Dalton fumed on the touchline.', expect: '' },
  ],
};

/**
 * Row cue.passive.told-hearing-folds (claims/cues.ts, beside cue.passive): "The jury was told that
 * Askew had spent the money on horses" — what a court's hearers were told is a claim with no
 * speaker named, as "the court heard that …" is in the batches.
 */
export const PASSIVE_TOLD_HEARING: RuleRow<{ hearings: readonly string[]; maxSubject: number }> = {
  id: 'cue.passive.told-hearing-folds',
  value: {
    // Those who hear evidence, as the subject of "was/were told that".
    hearings: [
      'jury',
      'jurors',
      'court',
      'inquest',
      'inquiry',
      'hearing',
      'tribunal',
      'magistrates',
      'committee',
      'panel',
    ],
    maxSubject: 3,
  },
  reason:
    'Court reports give the evidence a jury or an inquest heard without saying who gave it: "The jury was told that Askew had spent the money on horses" made no claim (claims63\'s leftover), while "The court heard that …" is one (a claim with no speaker, optional in batches 127 and 145). "was/were told that" with a court\'s hearers opening the sentence as its subject (at most three words: "The jury", "Jurors", "The inquest") reports what was said to them, a passive with no source named. "He was told that his contract would end" is left: a person told is no hearing of evidence.',
  examples: [
    { text: 'The jury was told that Askew had spent the money on horses.', expect: 'was told that' },
    { text: 'Jurors were told that the money had gone.', expect: 'were told that' },
    { text: 'The inquest was told that the pump had failed twice.', expect: 'was told that' },
    // Must not take: a person told, and a court told to act.
    { text: 'He was told that his contract would not be renewed.', expect: '' },
    { text: 'The jury was told to ignore the remark.', expect: '' },
  ],
};

/**
 * Row speaker.description.other-trade.office-folds (claims/speaker.ts `otherTrade`, widens
 * speaker.description.other-trade): '"…," said Tom Reyes, a nurse. The mayor said …' — an office
 * is not the person the article gave a trade.
 */
export const OFFICE_NOT_TRADE: RuleRow<readonly string[]> = {
  id: 'speaker.description.other-trade.office-folds',
  value: [
    'mayor',
    'minister',
    'governor',
    'senator',
    'councillor',
    'ambassador',
    'commissioner',
    'chancellor',
    'premier',
  ],
  reason:
    'Row speaker.description.other-trade keeps a description by a trade ("the pilot") from the last person named when the article gave that person another trade. An office fell back on that person whatever they were: \'"The ward is full every night," said Tom Reyes, a nurse. The mayor said the budget was tight\' gave the mayor\'s words to the nurse (the stop-63 review). Stop 63 tried passing over every person the article gave no role and took it out: news calls a person by an office the text never gave them ("Jane Harlow spoke in Erie. "We will win," the governor said"). This row passes over only a person the article gave a trade of that row\'s list and not the office; a person given no role, or the office, still takes the description, and so does the person named next.',
  examples: [
    {
      text: 'Ward closes at Elm Park\n\n"The ward is full every night," said Tom Reyes, a nurse. The mayor said the budget was tight.',
      expect: 'mayor',
    },
    // Must leave: a person given no role (elegant variation), and the office given.
    {
      text: 'Jane Harlow spoke in Erie on Monday. "We will win," the governor said.',
      expect: 'Jane Harlow',
    },
    { text: 'Ann Cole met the council on Monday. The mayor said the budget was tight.', expect: 'Ann Cole' },
    {
      text: 'Ward closes at Elm Park\n\n"The ward is full every night," said Ann Cole, the mayor. The mayor said the budget was tight.',
      expect: 'Ann Cole',
    },
  ],
};
