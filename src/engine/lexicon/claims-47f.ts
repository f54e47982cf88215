/**
 * Rows of claims57f (issue #9: claims in writing we did not invent). Found by counting the claims
 * folds' study-fold errors by cause and by probing the same shapes on news sentences of our own;
 * each row is a pattern of English that holds in any news. Kept in a file of its own so a merge
 * with the other claims helpers is a union. claims-47f.test.ts runs the examples through the
 * whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.opening-participle-no-comma (beside speaker.subject.opening-adjunct-no-comma
 * of claims-46f.ts): "Asked about the deal the spokesman said …", "Speaking at a rally in Ohio the
 * senator said …" — an opening participle phrase written without its comma is no part of the subject.
 */
export const OPENING_PARTICIPLE_NO_COMMA: RuleRow<{
  /** Past participles of asking that open a sentence ("Asked about …", "Pressed on …"). */
  participles: readonly string[];
  /** A word in -ing opens such a phrase only before one of these ("Speaking at", "Writing in"). */
  afterIng: readonly string[];
}> = {
  id: 'speaker.opening-participle-no-comma',
  value: {
    participles: ['asked', 'pressed', 'questioned', 'quizzed', 'challenged', 'interviewed', 'contacted', 'reached'],
    afterIng: ['at', 'to', 'on', 'in', 'after', 'before', 'during', 'from', 'about', 'with', 'outside', 'by'],
  },
  reason:
    'Wire copy opens with a participle phrase and often leaves out its comma ("Asked about the deal the spokesman said it was fair", "Speaking at the conference the minister said prices would fall"). The subject search walks left from the cue to the start of the sentence, so the whole phrase was read as the speaker ("Asked about the deal the spokesman", "Speaking at a rally in Ohio the senator"). When the sentence opens with a participle of asking, or a word in -ing followed by a preposition, the subject starts where the opening-adjunct row starts it after "When" (the first determiner or name no preposition governs, else a plural of people ending the phrase). A gerund subject ("Speaking skills matter, the report said") has no preposition after it and is left alone.',
  examples: [
    { text: 'Asked about the deal the spokesman said it was fair.', expect: 'the spokesman' },
    { text: 'Speaking at the conference the minister said prices would fall.', expect: 'the minister' },
    { text: 'Speaking at a rally in Ohio the senator said she would run again.', expect: 'the senator' },
    { text: 'Pressed on the figures the finance minister said they were accurate.', expect: 'the finance minister' },
    {
      text: 'Speaking to reporters outside the court defence lawyers said the trial was unfair.',
      expect: 'defence lawyers',
    },
    // Must leave: the participle phrase is the subject itself, or there is no phrase.
    { text: 'Speaking skills matter most, the report said.', expect: 'the report' },
    { text: 'Asked, the spokesman said the deal was fair.', expect: 'the spokesman' },
  ],
};

/**
 * Row cue.aspect-verb: "Residents started saying the water was unsafe to drink., "Shoppers began to
 * complain that prices had doubled", "Analysts kept warning that …" — a verb of beginning or going
 * on before a cue (its -ing form or its infinitive) and a clause after it is a report.
 */
export const ASPECT_VERB: RuleRow<readonly string[]> = {
  id: 'cue.aspect-verb',
  value: [
    'started',
    'start',
    'starts',
    'began',
    'begun',
    'begin',
    'begins',
    'kept',
    'keep',
    'keeps',
    'continued',
    'continue',
    'continues',
  ],
  reason:
    'News reports talk that began or went on: "Residents started saying the water was unsafe to drink., "Shoppers began to complain that prices had doubled", "Analysts kept warning that the economy would slow", "Officials continued to insist that the plant was safe" (a study-fold essay: "workers started saying they actually enjoyed coming to work"). An -ing cue counted only after a comma or a form of "be" (cue.progressive.clause), and an infinitive cue only after a habit, "going" or "come to" (guard.infinitive.habit, cue.infinitive.arrived-belief), so these sentences made no claim. After one of these verbs, an -ing or "to" form of a cue followed by "that" and a clause, or by a bare clause with its finite verb, is the cue, and the subject before the aspect verb is the speaker. Not "stopped saying" or "quit saying" (talk that ended), and not without a clause ("began asking questions", "kept saying nothing").',
  examples: [
    { text: 'Residents started saying the water was unsafe to drink.', expect: 'Residents' },
    { text: 'Shoppers began to complain that prices had doubled.', expect: 'Shoppers' },
    { text: 'Residents started to say the water was unsafe to drink.', expect: 'Residents' },
    { text: 'Analysts kept warning that the economy would slow.', expect: 'Analysts' },
    { text: 'Within weeks the residents had begun saying that the plant was unsafe.', expect: 'the residents' },
    { text: 'Officials continued insisting that the plant was safe.', expect: 'Officials' },
    // Must not fire: no clause after the cue, or talk that ended.
    { text: 'Reporters began asking questions about the contract.', expect: '' },
    { text: 'The officials stopped saying that the plant was safe.', expect: '' },
  ],
};

/**
 * Row guard.participle-modifier.thing-noun (beside guard.participle-modifier of
 * claim-precision-rows.ts): "The deaths reported on Monday brought the total to 40", "The figures
 * reported last week showed a rise" — a thing's -ed form, its adjunct and any past verb after it.
 */
export const PARTICIPLE_MODIFIER_THING: RuleRow<{
  /** The shortest -ed form read as a past verb ("showed", "pushed"; claims/verb-forms.ts). */
  edMin: number;
}> = {
  id: 'guard.participle-modifier.thing-noun',
  value: { edMin: 5 },
  reason:
    'Row guard.participle-modifier reads "the cases reported in March rose" as a shortened relative clause when a verb of its closed list ("rose", "fell", "was") follows the adjunct; news puts any verb there ("The deaths reported on Monday brought the total to 40", "The figures reported last week showed a rise in crime", "The losses recorded in May pushed the bank into the red"), and each made a claim whose speaker was the thing. When the noun before the -ed form is no person, people, body or name (a plural of people, "officials", "the ministry" report: "Officials reported on Monday the attack killed 40 people" keeps its claim), any past form after the adjunct (an irregular past, a form in -ed) is the sentence\'s own verb. The adjunct openers and the reach are the older row\'s; "that" after the form still keeps the claim.',
  examples: [
    { text: 'The deaths reported on Monday brought the total to 40.', expect: '' },
    { text: 'The cases confirmed on Tuesday raised the toll to 12.', expect: '' },
    // Must keep: a speaker of its own, or "that".
    { text: 'Officials reported on Monday the attack killed 40 people.', expect: 'Officials' },
    { text: 'The ministry reported on Monday that the attack killed 40 people.', expect: 'The ministry' },
    { text: 'Police reported last week that burglaries had risen sharply.', expect: 'Police' },
  ],
};

/**
 * Row speaker.description-before-past-verb: "The farmer walked to the gate and said …", "A
 * neighbour stood in the street and complained that …" — a description of a person whose head is
 * no listed descriptor, ended by the past verb after it.
 */
export const DESCRIPTION_PAST_VERB: RuleRow<{
  /** Words at most between the determiner and the verb ("a local shopkeeper"). */
  maxWords: number;
  /** The shortest -ed form read as a past verb (claims/verb-forms.ts). */
  edMin: number;
}> = {
  id: 'speaker.description-before-past-verb',
  value: { maxWords: 3, edMin: 5 },
  reason:
    'A verb of saying joined by "and" to an earlier verb shares the sentence\'s subject (speaker.coordinated-verb). The subject found at the start of the sentence is a name, a pronoun, or a description whose head is a listed person or organisation noun ("The mayor walked to the podium and said …"); a description headed by any other noun of a person ("The farmer walked in the field and said that the rain had ruined the crop", "A neighbour stood at the gate and complained that the noise went on all night"; a study-fold letter: "a male cardinal lit on the porch … and complained that …") gave no subject, and the claim was dropped. Now a determiner, at most three words, and a noun whose plural names people (an agent noun such as farmer or shopkeeper, or a people noun such as neighbour), followed at once by a past verb, is the subject. Not a thing ("The storm passed and officials said …" keeps the officials), not a capitalised name (read as a mention).',
  examples: [
    { text: 'The farmer walked in the field and said that the rain had ruined the crop.', expect: 'The farmer' },
    {
      text: 'A neighbour stood at the gate and complained that the noise went on all night.',
      expect: 'A neighbour',
    },
    {
      text: 'A local shopkeeper locked his door and said the street was no longer safe.',
      expect: 'A local shopkeeper',
    },
    // Must leave: a listed descriptor, and a thing as the first subject.
    { text: 'The mayor walked to the podium and said that the city was safe.', expect: 'The mayor' },
    { text: 'The storm passed and officials said the roads would reopen.', expect: 'officials' },
  ],
};
