/**
 * Rows that keep a cue from making a claim where GUM's attribution annotation (and a careful news
 * reader) sees no statement: written by claims26b from the claims folds' study set (false claims
 * in academic, essay, speech, voyage and textbook prose). Kept apart from cue-guards.ts so the
 * rows of helpers working side by side merge as a union.
 */
import { FINITE_AUXILIARIES } from './verb-forms';
import type { RuleRow } from './rule-row';

export interface PlainObjectGuard {
  /** Cue rows the guard applies to (verbs that report speech or only name an act or a thing). */
  cueRows: readonly string[];
  /** Words that open the object as a noun phrase (besides lowercase nouns and adjectives). */
  openers: readonly string[];
  /** Words that show a clause or a report after the object: the guard then stands aside. */
  clauseWords: readonly string[];
  /** How many words of the object are read before giving up (and keeping the claim). */
  reach: number;
}

/**
 * "These results indicate a shift", "This year has confirmed the importance of the UN", "The
 * excavations revealed much of this Viking past": a verb of saying with a thing for its subject
 * and a plain noun phrase for its object states nothing anyone said.
 */
export const GUARD_PLAIN_OBJECT_THING: RuleRow<PlainObjectGuard> = {
  id: 'guard.plain-object.thing-subject',
  value: {
    cueRows: ['cue.verb.say'],
    openers: [
      'the',
      'a',
      'an',
      'its',
      'their',
      'his',
      'her',
      'our',
      'this',
      'these',
      'those',
      'much',
      'many',
      'more',
      'most',
      'several',
      'some',
      'no',
      'significant',
      'even',
      'any',
      'little',
    ],
    clauseWords: [
      'that',
      'to',
      'whether',
      'if',
      'how',
      'what',
      'why',
      'when',
      'where',
      'who',
      'which',
      'as',
      ...FINITE_AUXILIARIES,
      'did',
      'does',
      // Irregular past forms (no -ed) that are a clause's verb after its subject: "said the permit broke the law".
      'broke',
      'came',
      'went',
      'took',
      'made',
      'gave',
      'grew',
      'fell',
      'rose',
      'won',
      'lost',
      'left',
      'kept',
      'held',
      'met',
      'ran',
      'saw',
      'knew',
      'thought',
      'felt',
      'found',
      'got',
      'put',
      'set',
      'cut',
      'hit',
      'paid',
      'sold',
      'built',
      'sent',
      'spent',
      'began',
      'became',
      'brought',
      'bought',
      'meant',
      'led',
      'stood',
      'wrote',
      'said',
      'told',
      'shut',
      'fought',
      'drew',
      'drove',
      'flew',
      'threw',
      'chose',
      'stole',
      'froze',
      'sank',
      'shrank',
      'struck',
      'swept',
      'slid',
      'spread',
    ],
    reach: 16,
  },
  reason:
    'A verb of saying with a plain noun phrase after it ("denied the charges", "announced her retirement") is a claim in news when a person or a body does it — news gold marks those, and they stay. With a thing as subject (results, a year, excavations, a city) and no clause, quotation or "that" after the verb, the verb only names what the thing shows or holds ("indicates a shift", "confirmed the importance of", "maintains several offices"): nobody is quoted, and GUM leaves these unmarked. Studies and polls keep their findings (row cue.research-finds); names, pronouns, person and organisation nouns keep every claim (as guard.source-subject reads them).',
  examples: [
    { text: 'These results indicate a shift from walking on the toes to walking on the heel.', expect: '' },
    { text: 'This year has once again confirmed the importance of the regional trade pact.', expect: '' },
    { text: 'The excavations of the 1970s revealed much of the old harbour.', expect: '' },
    { text: 'The city maintains several tourist offices near the station.', expect: '' },
    // Must fire: a person or a body with the same plain object.
    { text: 'Goalkeeper Martina Kovac announced her retirement on Saturday.', expect: 'announced' },
    { text: 'The ministry confirmed the figure in a statement.', expect: 'confirmed' },
    { text: 'He denied the charges.', expect: 'denied' },
    { text: 'A nonprofit called Friends of the Earth, said the permit broke federal law.', expect: 'said' },
    { text: 'The report described the plant as the largest in Africa.', expect: 'described' },
    { text: 'Opposition lawmakers welcomed the resignation but said it came too late.', expect: 'said' },
    // Must fire: a thing with a clause after the verb.
    { text: 'These results indicate that walking changed over time.', expect: 'indicate' },
  ],
};

export interface ParticipleModifierGuard {
  /** Words before an -ed form that make it an adjective before its noun ("for reported cases"). */
  adjectiveBefore: readonly string[];
  /** Words right after an -ed form after a noun that open its modifier ("cases reported in March"). */
  modifierOpeners: readonly string[];
  /** Words that are the sentence's own verb after the modifier ("… reported here can be"). */
  mainVerbs: readonly string[];
  /** How far past the -ed form the main verb is looked for. */
  reach: number;
}

/**
 * "estimates reported here can be considered", "the differences observed in this study produced
 * changes", "the reasons for reported discrimination": an -ed form of a cue verb that modifies a
 * noun is no act of saying.
 */
export const GUARD_PARTICIPLE_MODIFIER: RuleRow<ParticipleModifierGuard> = {
  id: 'guard.participle-modifier',
  value: {
    adjectiveBefore: ['for', 'of', 'about', 'on', 'in', 'with', 'from', 'into', 'various', 'previously', 'recently'],
    modifierOpeners: [
      'in',
      'by',
      'at',
      'on',
      'during',
      'since',
      'here',
      'so',
      'earlier',
      'last',
      'this',
      'from',
      'over',
      'above',
      'below',
    ],
    mainVerbs: [
      ...FINITE_AUXILIARIES,
      'does',
      'do',
      'did',
      'remains',
      'remain',
      'rose',
      'fell',
      'resembles',
      'resemble',
      'produced',
      'exceeded',
      'increased',
      'declined',
      'doubled',
      'appear',
      'appears',
    ],
    reach: 10,
  },
  reason:
    'An -ed form is a verb of saying only when it has a subject of its own. After a preposition or an adjective it is an adjective before its noun ("the reasons for reported discrimination", "the various reported reasons"), and after a noun, followed by its adjunct ("here", "in this study", "in March") and then the sentence\'s own verb, it is a shortened relative clause: "the cases reported in March rose" says the cases rose, not that anyone reported. A subject with "that" or a clause after the verb ("Officials reported in March that …") keeps its claim.',
  examples: [
    { text: 'All estimates reported here can be considered representative of the country.', expect: '' },
    { text: 'The differences observed in this study produced changes in bone shape.', expect: '' },
    { text: 'The survey asked about the reasons for reported discrimination.', expect: '' },
    { text: 'The number of cases reported in March rose by a third.', expect: '' },
    // Must fire: a subject of its own, and what it reported.
    { text: 'Officials reported in March that cases had risen by a third.', expect: 'reported' },
    { text: 'The ministry reported on Monday that 40 people had died.', expect: 'reported' },
    { text: 'Police said the figures reported by the ministry were wrong.', expect: 'said' },
    { text: 'The newspaper reported in late May that the bill would pass.', expect: 'reported' },
    { text: 'Most of the farmers believed there was still time to plant.', expect: 'believed' },
  ],
};

export interface AccordingClauseSubject {
  /** Words that open the clause's subject after the source ("According to police the suspect …"). */
  determiners: readonly string[];
  /** Words after which a determiner still belongs to the source ("the head of the ministry"). */
  linkers: readonly string[];
  /** Finite verbs of the clause: a bare plural source ends before the subject that precedes one. */
  finite: readonly string[];
}

/**
 * "According to police the suspect fled", "According to the ministry the death toll has risen",
 * "According to several recent studies frozen vegetables are …": with no comma after the source,
 * the source ends where the clause's subject begins.
 */
export const SPEAKER_ACCORDING_CLAUSE_SUBJECT: RuleRow<AccordingClauseSubject> = {
  id: 'speaker.according-to.clause-subject',
  value: {
    determiners: [
      'the',
      'a',
      'an',
      'this',
      'these',
      'those',
      'his',
      'her',
      'its',
      'their',
      'our',
      'some',
      'most',
      'many',
    ],
    linkers: [
      'of',
      'for',
      'at',
      'in',
      'on',
      'and',
      'or',
      'to',
      'from',
      'with',
      'by',
      'between',
      'among',
      'inside',
      'within',
      'near',
      'into',
    ],
    finite: FINITE_AUXILIARIES,
  },
  reason:
    'Wikinews and wire copy often drop the comma after "according to X". The source is a noun phrase; a second determiner that follows its head (not after "of", "for", "and" …) opens the reported clause\'s subject, and so does a title before a name ("According to the Citation Index Professor Chomsky is …"). With a bare plural source ("studies", "analysts") and a finite verb later, the source ends at its plural head. A source with a comma keeps reading as before, and so does a source that ends the sentence ("…, according to Arizona Attorney General Kris Mayes."): no clause follows it.',
  examples: [
    { text: 'According to police the suspect fled on foot.', expect: 'police' },
    { text: 'According to the ministry the death toll has risen to 40.', expect: 'the ministry' },
    {
      text: 'According to several recent studies frozen vegetables are as healthy as fresh ones.',
      expect: 'several recent studies',
    },
    // Must keep the whole source: a determiner after "of", and a comma after the source.
    {
      text: 'According to the head of the ministry, the death toll has risen to 40.',
      expect: 'the head of the ministry',
    },
    { text: 'The death toll has risen to 40, according to the health ministry.', expect: 'the health ministry' },
    {
      text: 'Turnout fell, according to Arizona Attorney General Kris Mayes.',
      expect: 'Arizona Attorney General Kris Mayes',
    },
    {
      text: "Turnout fell by three points, according to the Ohio Secretary of State's office.",
      expect: "the Ohio Secretary of State's office",
    },
  ],
};

export interface RelativeClauseSpeaker {
  /** Words that open a relative clause after the subject's head. */
  relatives: readonly string[];
  /** Auxiliaries between the relative clause and the cue ("… have stated"): not part of the clause. */
  auxiliaries: readonly string[];
  /** The longest relative clause taken into the speaker's text, in tokens. */
  maxTokens: number;
}

/**
 * "Residents who lost their homes said", "The courts that have looked at this have stated": the
 * speaker as written is the whole noun phrase, its relative clause included.
 */
export const SPEAKER_RELATIVE_CLAUSE: RuleRow<RelativeClauseSpeaker> = {
  id: 'speaker.description.relative-clause',
  value: {
    relatives: ['who', 'that', 'which'],
    auxiliaries: [...FINITE_AUXILIARIES, 'did', 'do', 'does'],
    maxTokens: 12,
  },
  reason:
    'A description that is the source is read with the words that say which people are meant: "Residents who lost their homes" are not all residents, and GUM\'s speaker spans (the convention of Wikinews-style gold) take the whole noun phrase with its relative clause. The clause runs without punctuation or quotation from "who"/"that"/"which" right after the subject to the cue, less the auxiliaries before the cue. Only the speaker\'s text grows: its name (what a pronoun later resolves to and what the Claims panel groups by) stays the head description, so news gold that lists "residents" still matches.',
  examples: [
    { text: 'Residents who lost their homes said the aid came too late.', expect: 'Residents who lost their homes' },
    {
      text: 'The courts that have looked at this have stated that possession is the protected right.',
      expect: 'The courts that have looked at this',
    },
    { text: 'Those who opposed the plan argued that it would raise taxes.', expect: 'Those who opposed the plan' },
    // Must keep the subject alone: an aside between commas, and a name.
    { text: 'A farmer, who asked not to be named, said the road was closed.', expect: 'A farmer' },
    { text: 'Helena Marsh said the plan would fail.', expect: 'Helena Marsh' },
  ],
};

export const CLAIM_PRECISION_ROWS: readonly RuleRow<unknown>[] = [GUARD_PLAIN_OBJECT_THING, GUARD_PARTICIPLE_MODIFIER];
/** claims26b's speaker rows: each example's `expect` is the speaker's text. */
export const CLAIM_SPEAKER_ROWS_26B: readonly RuleRow<unknown>[] = [
  SPEAKER_ACCORDING_CLAUSE_SUBJECT,
  SPEAKER_RELATIVE_CLAUSE,
];
