/**
 * Rows of claims58f (issue #9: claims in writing we did not invent). First the faults claims57f
 * left (README "Claims folds by cause, second round"), then the claims folds' study-fold errors
 * counted by cause, each probed on news sentences of our own; every row is a pattern of English
 * that holds in any news. Kept in a file of its own so a merge with the other claims helpers is a
 * union. claims-48f.test.ts runs the examples through the whole engine.
 */
import type { CueClass } from './claim-cues';
import type { RuleRow } from './rule-row';

/**
 * Row cue.infinitive.arrived-belief.bare-noun (widens cue.infinitive.arrived-belief of
 * claims-29.ts): "The board had come to acknowledge that mistakes were made" — a clause after
 * "that" whose subject is a bare noun.
 */
export const ARRIVED_BARE_NOUN: RuleRow<boolean> = {
  id: 'cue.infinitive.arrived-belief.bare-noun',
  value: true,
  reason:
    'Row cue.infinitive.arrived-belief reads "have come to believe that …", "appear to show that …" only when "that" opens a sure clause (an article, pronoun, name or number after it), so a clause whose subject is a bare noun ("The board had come to acknowledge that mistakes were made", "Residents have come to believe that prices will never fall", "The records appear to show that payments were made twice") made no claim, though "acknowledged that mistakes were made" did. A lowercase noun and a finite verb after "that", or a short bare noun phrase ended by a finite verb (the tests of cue.verb.hold-that.bare-noun-clause), open the clause too; "came to know that family" has no verb after its noun.',
  examples: [
    { text: 'The board had come to acknowledge that mistakes were made.', expect: 'The board' },
    { text: 'Residents have come to believe that prices will never fall.', expect: 'Residents' },
    { text: 'The records appear to show that payments were made twice.', expect: 'The records' },
    // Must not fire: "that" as a determiner.
    { text: 'Over the years she came to know that family well.', expect: '' },
  ],
};

/**
 * Row cue.verb.accept-that: "The minister accepted that mistakes had been made", "Officials have
 * come to accept that the plant will close" — conceding a proposition is reporting it.
 */
export const ACCEPT_THAT: RuleRow<CueClass> = {
  id: 'cue.verb.accept-that',
  value: { lemmas: ['accept'], complement: 'that' },
  reason:
    'News reports a concession with "accept" as often as with "acknowledge" or "concede" (cue.verb.say): "The minister accepted that mistakes had been made", "The club accepts that its fans behaved badly", "Officials have come to accept that the plant will close" — each the subject\'s own statement of the clause, and none was a claim, since "accept" was no cue at all. Only with "that" opening a clause (a sure opener, or a bare noun and its finite verb), so "accepted the offer", "accepted that offer" and "accepted responsibility for the attack" stay acts.',
  examples: [
    { text: 'The minister accepted that mistakes had been made.', expect: 'accepted' },
    { text: 'Officials had come to accept that the plant would close.', expect: 'accept' },
    { text: 'The club accepts that its fans behaved badly in Madrid.', expect: 'accepts' },
    // Must not fire: an act of accepting something.
    { text: 'The union accepted the offer on Tuesday.', expect: '' },
    { text: 'The union accepted that offer on Tuesday.', expect: '' },
    { text: 'The group accepted responsibility for the attack.', expect: '' },
  ],
};

/**
 * Row guard.object-frame.assert-point: "The company asserted its right to appeal", "The senator
 * pointed the finger at the governor" — a possessive or an article after "assert" or "point" opens
 * the verb's object, not a clause, unless a finite verb follows.
 */
export const ASSERT_POINT_OBJECT: RuleRow<{
  lemmas: readonly string[];
  /** Words that open the object right after the verb. */
  openers: readonly string[];
}> = {
  id: 'guard.object-frame.assert-point',
  value: {
    lemmas: ['assert', 'point'],
    openers: ['its', 'his', 'her', 'their', 'our', 'my', 'your', 'the', 'a', 'an'],
  },
  reason:
    '"assert" and "point" are verbs of saying (cue.verb.say) that attribute whatever follows them ("asserted the company had lied", "pointed out that …"). They also take a plain object: "The company asserted its right to appeal", "Beijing asserted its claim over the reef", "The senator pointed the finger at the governor", "The coach pointed the way forward" — acts, not statements, and each was a claim. After a possessive or an article the words are the object unless a finite verb follows within the clause ("asserted the company had lied", "asserted the deal was legal" keep their claim).',
  examples: [
    { text: 'The company asserted its right to appeal.', expect: '' },
    { text: 'The senator pointed the finger at the governor.', expect: '' },
    { text: 'Beijing asserted its claim over the reef on Monday.', expect: '' },
    // Must keep: a clause after the object's first words, or "that".
    { text: 'The company asserted the deal was legal.', expect: 'The company' },
    { text: 'The senator pointed out that the bill had passed.', expect: 'The senator' },
  ],
};

/**
 * Row cue.progressive.clause.past-verb (widens cue.progressive.clause of claims-29.ts and
 * cue.aspect-verb of claims-47f.ts): "Residents are saying the water tasted strange" — the bare
 * clause's verb may be any past form, not only an auxiliary.
 */
export const PROGRESSIVE_PAST_VERB: RuleRow<{
  /** The shortest -ed form read as a past verb (claims/verb-forms.ts). */
  edMin: number;
  /** Definite determiners that open the clause's subject, a noun after them ("the water tasted"). */
  determiners: readonly string[];
  /** Subject pronouns that open the clause, the past form right after them ("they wanted"). */
  pronouns: readonly string[];
}> = {
  id: 'cue.progressive.clause.past-verb',
  value: {
    edMin: 5,
    determiners: ['the', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those'],
    pronouns: ['he', 'she', 'they', 'we', 'it'],
  },
  reason:
    'An -ing cue after "be" or a verb of beginning takes a bare clause only when a finite verb follows within a few words, and that check knew the auxiliaries alone ("are saying the water was strange"), so "Residents are saying the water tasted strange", "Traders are saying the market turned in May", "Fans started saying the referee stopped the match too early" made no claim. A past form (an irregular past or a word in -ed) counts as the clause\'s verb right after a subject pronoun ("are saying they wanted a refund"), or after a definite determiner and one noun ("the water tasted"); an indefinite article or a longer phrase is left, since a participle there is as often an adjective ("I\'ve been feeling a little tired").',
  examples: [
    { text: 'Residents are saying the water tasted strange.', expect: 'Residents' },
    { text: 'Traders are saying the market turned in May.', expect: 'Traders' },
    { text: 'Fans started saying the referee stopped the match too early.', expect: 'Fans' },
    // Must not fire: no clause.
    { text: 'Residents are saying prayers for the injured.', expect: '' },
    { text: 'The players have been feeling a little tired so the coach rested them.', expect: '' },
  ],
};

/**
 * Row speaker.subject.relative-pronoun: "Documents that show the firm knew …", "Officials who said
 * the plant was safe were fired" — the relative pronoun before the cue is no part of the speaker.
 */
export const RELATIVE_PRONOUN_SUBJECT: RuleRow<readonly string[]> = {
  id: 'speaker.subject.relative-pronoun',
  value: ['who', 'that', 'which'],
  reason:
    'A cue inside a relative clause ("Documents that show the firm knew about the defect were released", "Officials who said the plant was safe were fired", "Emails which show the mayor knew") has the noun before the pronoun as its source; the subject search walked left from the cue and kept the pronoun, so the speaker was "Documents that", "Officials who". The pronoun right before the cue (past its adverbs), after a word of the noun phrase, is left out.',
  examples: [
    {
      text: 'Documents that show the firm knew about the defect were released on Monday.',
      expect: 'Documents',
    },
    { text: 'Officials who said the plant was safe were fired on Monday.', expect: 'Officials' },
    // Must leave: no relative before the cue.
    { text: 'Documents show the firm knew about the defect.', expect: 'Documents' },
  ],
};

/**
 * Row speaker.subject.opening-adjunct-no-comma.collective (beside
 * speaker.subject.opening-adjunct-no-comma of claims-46f.ts): "In New York City police said …",
 * "At the scene police said …" — a collective noun of people ends the phrase as a plural does.
 */
export const OPENING_ADJUNCT_COLLECTIVE: RuleRow<readonly string[]> = {
  id: 'speaker.subject.opening-adjunct-no-comma.collective',
  value: ['police', 'staff', 'personnel', 'clergy', 'crew', 'management'],
  reason:
    'After an opening adjunct without its comma, the subject may be a bare plural of people that ends the phrase ("At the meeting residents said"); collective nouns of people are no plural in -s, so "In New York City police said the suspect had fled" gave "New York City police" and "At the scene police said" gave "the scene police". These nouns end the phrase as a plural of people does, with the same modifiers before them ("At the scene local police said").',
  examples: [
    { text: 'In New York City police said the suspect had fled.', expect: 'police' },
    { text: 'At the scene police said the driver was drunk.', expect: 'police' },
    // Must leave: the noun with its own determiner.
    { text: 'At the scene the police said the driver was drunk.', expect: 'the police' },
  ],
};

/**
 * Row cue.verb.express-that: "The mayor expressed concern that the river would flood", "Unions
 * voiced fears that jobs would go", "Auditors voiced doubts that the target could be met" — a
 * verb of voicing, a noun of stance and a "that" clause report the clause as the subject's view.
 */
export const EXPRESS_THAT: RuleRow<
  CueClass & {
    /** Nouns of stance between the verb and "that" ("concern", "hope", "fears"). */
    nouns: readonly string[];
    /** Words at most before the noun ("deep", "growing", "serious"). */
    maxBefore: number;
    /** Lemmas that also take "that" at once ("expressed that …"); the others need the noun. */
    bare: readonly string[];
  }
> = {
  id: 'cue.verb.express-that',
  value: {
    // Not "raise": its subject is as often a cause as a speaker ("The data raised hopes that …"; review, stop 58).
    lemmas: ['express', 'voice'],
    complement: 'that',
    nouns: [
      'concern',
      'concerns',
      'hope',
      'hopes',
      'fear',
      'fears',
      'confidence',
      'doubt',
      'doubts',
      'worry',
      'worries',
      'optimism',
      'belief',
      'frustration',
      'regret',
      'disappointment',
      'surprise',
      'alarm',
      'anger',
      'dismay',
      'outrage',
      'scepticism',
      'skepticism',
      'satisfaction',
      'relief',
      'suspicion',
      'suspicions',
      'questions',
    ],
    maxBefore: 2,
    bare: ['express'],
  },
  reason:
    'News reports a view with a verb of voicing and a noun of stance as often as with a verb of belief: "The mayor expressed concern that the river would flood", "The chief executive expressed confidence that the strike would end soon", "Unions voiced fears that hundreds of jobs would go", and a podcast of the study folds writes "adamantly expressed that we should preserve …". None was a claim: "express" and "voice" were no cues ("raise" is left out: "The move raised fears that …" names a cause, not a speaker). A form of these verbs, at most two words (an adjective: "deep", "growing") and a noun of stance, then "that" opening a clause, is the cue (the verb and its noun); "expressed" also takes "that" at once. Not without "that" ("expressed concern about the plan", "raised the price"), not a relative "that" ("voiced concerns that were ignored" has no subject after "that").',
  examples: [
    { text: 'The mayor expressed concern that the river would flood.', expect: 'expressed concern' },
    {
      text: 'The chief executive expressed confidence that the strike would end soon.',
      expect: 'expressed confidence',
    },
    { text: 'Unions voiced growing fears that hundreds of jobs would go.', expect: 'voiced growing fears' },
    { text: 'Auditors voiced serious doubts that the target could be met.', expect: 'voiced serious doubts' },
    { text: 'The chief executive adamantly expressed that the plant would stay open.', expect: 'expressed' },
    // Must not fire: no clause after the noun, or a relative "that".
    { text: 'The mayor expressed concern about the plan.', expect: '' },
    { text: 'Residents voiced concerns that were ignored by the council.', expect: '' },
    { text: 'The shop raised the price that customers pay for bread.', expect: '' },
  ],
};

/**
 * Row guard.comment-on: "The minister commented on the report during a visit to Leeds" — comment
 * and "on" with no clause or quotation reports that a remark was made, not what it said.
 */
export const COMMENT_ON: RuleRow<{ lemmas: readonly string[]; particles: readonly string[] }> = {
  id: 'guard.comment-on',
  value: { lemmas: ['comment', 'remark'], particles: ['on', 'upon'] },
  reason:
    '"comment" and "remark" are verbs of saying (cue.verb.say), but with "on" after them they name the topic of a remark and carry no content: "The minister commented on the report during a visit to Leeds", "The coach remarked on the heat" (a study-fold conversation: "Erasmus commented on the significance of their engagement"), and each was a claim whose content was the topic. With "on" or "upon" after the verb, and no quotation next to it, the verb is no cue; a report of the remark after it keeps its own cue ("commented on the report, saying it was unfair").',
  examples: [
    { text: 'The minister commented on the report during a visit to Leeds.', expect: '' },
    { text: 'The coach remarked on the heat before the match.', expect: '' },
    // Must keep: a cue of its own after the topic, or a clause without "on".
    {
      text: 'The minister commented on the report, saying it was unfair to nurses.',
      expect: 'The minister',
    },
    { text: 'The minister commented that the report was unfair.', expect: 'The minister' },
  ],
};

/**
 * Row cue.clause.bare-noun-present (beside cue.infinitive.arrived-belief.bare-noun and
 * cue.verb.accept-that): "Economists now accept that growth remains weak", "By 1965 the council had
 * come to acknowledge that inflation plays a role" — a bare noun and a verb in -s after "that".
 */
export const BARE_NOUN_PRESENT: RuleRow<{ minLength: number }> = {
  id: 'cue.clause.bare-noun-present',
  value: { minLength: 4 },
  reason:
    'The bare-noun test of "that" clauses (a lowercase noun, then an auxiliary or a past form) misses the present tense, so "Economists now accept that growth remains weak" and "By 1965, Fillmore had come to acknowledge that semantics plays a crucial role in grammar" (a study-fold biography) made no claim. For the concession verbs of cue.verb.accept-that and the verbs after "come to"/"seem to", a lowercase word and a lowercase word in -s (not -ss) after "that" open a clause: "that" there is no determiner, since "accepted that offer" has no verb after its noun.',
  examples: [
    { text: 'Economists now accept that growth remains weak.', expect: 'Economists' },
    { text: 'By 1965, the council had come to acknowledge that inflation plays a role.', expect: 'the council' },
    // Must not fire: "that" as a determiner.
    { text: 'The union accepted that offer on Tuesday.', expect: '' },
  ],
};

/**
 * Row speaker.subject.opening-by-no-comma: "By Friday the union said it would strike", "By the end
 * of the year the board said …", "By midday police said …" — "By" opening the sentence is an
 * adjunct of time or manner, not the agent of a passive.
 */
export const OPENING_BY_NO_COMMA: RuleRow<string> = {
  id: 'speaker.subject.opening-by-no-comma',
  value: 'by',
  reason:
    'A subject holding "by" is read as a passive clause ("handcuffed by the police were") and rejected (speaker.subject plausibility), which is right inside a sentence; but a sentence that opens with "By" and no comma after its phrase ("By Friday the union said it would strike", "By the end of the year the board said the plan had failed", "By then most analysts said the recession was over", "By the afternoon police said the roads had reopened") lost its claim, though the same sentence with the comma kept it. "By" as the sentence\'s first word opens an adjunct, which the subject search strips as it strips "In" or "At"; the plausibility check reads the words after it. "A report by the authority said" (a work and its author) is unchanged.',
  examples: [
    { text: 'By Friday the union said it would strike.', expect: 'the union' },
    { text: 'By the end of the year the board said the plan had failed.', expect: 'the board' },
    { text: 'By then most analysts said the recession was over.', expect: 'most analysts' },
    { text: 'By the afternoon police said the roads had reopened.', expect: 'police' },
    // Must leave: the comma, and "by" inside the subject.
    { text: 'By Friday, the union said it would strike.', expect: 'the union' },
    { text: 'A report by the authority said the plan had failed.', expect: 'A report by the authority' },
  ],
};
