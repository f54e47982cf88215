/**
 * Rows of claims30b (issue #9, Reuters business copy; claim batch 77): a document "seen by" the
 * reporter as a subject, a noun before "seen by", a head noun in -ing after "according to", a
 * hyphenated adjective inside a source's description, and a negated "confirm" or "deny" with a
 * plain object. Kept in a file of their own so a merge with the other claims helpers is a union.
 * claims-30b.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';
import { SEEN_BY } from './claim-words';

/**
 * Row speaker.subject.seen-by: "Documents seen by Reuters show that …" — "by" after "seen",
 * "obtained", "reviewed" or "viewed" names who saw the document, not a passive clause, so the
 * phrase is still a plausible subject.
 */
export const SUBJECT_SEEN_BY: RuleRow = {
  id: 'speaker.subject.seen-by',
  value: SEEN_BY.value,
  reason:
    'A subject that holds "by" reads as a clause fragment ("handcuffed by the police were"), so "Documents seen by Reuters show that Falkenried has lined up a loan" made no claim although "Documents show that …" does. After a verb of seeing a document ("seen", "obtained", "reviewed", "viewed"), "by" names the newsroom that saw it, the way "a report by" names an author (row speaker.work-by), and the phrase stays a subject; the newsroom itself is not the speaker (row speaker.seen-by).',
  examples: [
    { text: 'Documents seen by Reuters show that the bank lined up a loan in May.', expect: 'show' },
    { text: 'Internal minutes obtained by the newspaper show the board was warned twice.', expect: 'show' },
    // Must leave: a passive clause before the verb is still no subject.
    { text: 'Protesters handcuffed by the police were released on Monday.', expect: '' },
  ],
};

/**
 * Row guard.noun-or-verb.before-seen-by: "Internal emails seen by the newspaper showed that …" —
 * a form that is a noun or a verb ("emails", "reports", "notes") right before "seen by",
 * "obtained by" is the noun: a document someone saw.
 */
export const NOUN_BEFORE_SEEN_BY: RuleRow = {
  id: 'guard.noun-or-verb.before-seen-by',
  value: SEEN_BY.value,
  reason:
    'After a capitalised word a noun-or-verb form is read as the verb ("Karin Albers called …"), so in "Internal emails seen by the newspaper showed that managers knew" the cue was "emails", with "Internal" as its speaker. Only a document is "seen by" or "obtained by" someone: right before one of these participles and "by", the form is the noun, and the sentence\'s verb is the cue.',
  examples: [
    { text: 'Internal emails seen by the newspaper showed that managers knew of the fault.', expect: 'showed' },
    { text: 'Company emails obtained by investigators show the fault was known in 2021.', expect: 'show' },
    // Must leave: the verb itself, after a name.
    { text: 'Maria Ortiz emailed the council that the road was unsafe.', expect: 'emailed' },
  ],
};

/**
 * Row speaker.according-to.ing-noun-head: "according to a regulatory filing on Monday" — a head
 * noun in -ing ("filing", "ruling", "briefing") before a time phrase is the source, not a participle
 * that opens a trailing phrase ("budget papers released on Tuesday").
 */
export const ACCORDING_ING_HEAD: RuleRow = {
  id: 'speaker.according-to.ing-noun-head',
  value: [
    'filing',
    'ruling',
    'briefing',
    'hearing',
    'recording',
    'listing',
    'posting',
    'meeting',
    'finding',
    'warning',
    'ranking',
    'reading',
    'screening',
    'sitting',
    'proceeding',
  ],
  reason:
    'After "according to", a lowercase word in -ed or -ing before "on", "in", "last" … ends the source ("according to budget papers released on Tuesday" → "budget papers"). Nouns in -ing are the head itself: "according to a regulatory filing on Monday" was cut to "a regulatory", "according to a court ruling in March" would be "a court". These nouns of documents and events stay in the source.',
  examples: [
    {
      text: 'The company has received a subpoena, according to a regulatory filing on Monday.',
      expect: 'a regulatory filing',
    },
    { text: 'The plan was legal, according to a court ruling in March.', expect: 'a court ruling' },
    // Must leave: a participle after the head still ends the source.
    { text: 'Spending will rise by 4%, according to budget papers released on Tuesday.', expect: 'budget papers' },
  ],
};

/**
 * Row speaker.description.hyphenated-adjective: "Libya's eastern-based administration said" — a
 * compound adjective written with a hyphen ("eastern-based", "state-owned", "foreign-backed") stands
 * before its head; it is not a participle that opens a trailing phrase.
 */
export const HYPHENATED_ADJECTIVE: RuleRow = {
  id: 'speaker.description.hyphenated-adjective',
  value: ['-'],
  reason:
    'An unnamed source\'s description ends before a lowercase participle in -ed after its head ("a study published last month"). A hyphenated compound ending in -ed is an adjective before the head instead: "Libya\'s eastern-based administration said" was cut to "Libya\'s", "Nigeria\'s state-owned oil company" would be "Nigeria\'s". A word holding a hyphen never opens the trailing phrase.',
  examples: [
    {
      text: "Libya's eastern-based administration said it would halt all oil exports.",
      expect: "Libya's eastern-based administration",
    },
    {
      text: "Ghana's state-owned power company said it would ration electricity.",
      expect: "Ghana's state-owned power company",
    },
    // Must leave: a participle after the head still ends the description.
    {
      text: 'Officials said the bridge was safe. A study published last month found that it was not.',
      expect: 'A study',
    },
  ],
};

/**
 * Row claim.negated-cue.plain-object: "Libya's National Oil Corporation has not confirmed the
 * shutdown" — a negated "confirm", "deny", "dispute", "verify" or "acknowledge" whose object is a
 * noun phrase, not a clause, reports that nothing was said.
 */
export const NEGATED_PLAIN_OBJECT: RuleRow<{
  /** Cue lemmas whose negation with an object says nothing. */
  lemmas: readonly string[];
  /** Words that open a noun-phrase object right after the cue. */
  determiners: readonly string[];
}> = {
  id: 'claim.negated-cue.plain-object',
  value: {
    lemmas: ['confirm', 'deny', 'dispute', 'verify', 'acknowledge', 'admit'],
    determiners: [
      'the',
      'a',
      'an',
      'any',
      'its',
      'his',
      'her',
      'their',
      'this',
      'these',
      'those',
      'reports',
      'claims',
      'wrongdoing',
      'liability',
      'guilt',
    ],
  },
  reason:
    'A negated verb of saying with nothing after it is no claim (row claim.negated-cue.negator), but with an object it was one: "Libya\'s National Oil Corporation has not confirmed the shutdown", "Officials did not confirm the figure", "The ministry has not denied the report" each state that the body said nothing. With a clause ("did not deny that he had met the minister", "would not confirm he had resigned") the negation still voices a position and stays a claim; so does the positive verb ("Police confirmed the arrest").',
  examples: [
    { text: "Libya's National Oil Corporation has not confirmed the shutdown.", expect: '' },
    { text: 'The ministry has not denied the report.', expect: '' },
    { text: 'Officials did not confirm the figure, and the airline declined to comment.', expect: '' },
    // Settlement copy: "did not admit wrongdoing" says the company admitted nothing (added at stop 50).
    { text: 'The drugmaker, based in New Jersey, did not admit wrongdoing.', expect: '' },
    { text: 'The bank did not admit liability under the settlement.', expect: '' },
    // Must leave: a clause after the negated verb, the positive verb, and a second cue.
    { text: 'He did not deny that he had met the minister.', expect: 'deny' },
    { text: 'She did not admit that she had misled the board.', expect: 'admit' },
    { text: 'Police confirmed the arrest of two men on Friday.', expect: 'confirmed' },
    { text: 'The mayor would not confirm the figure but said the damage was severe.', expect: 'said' },
  ],
};

/**
 * Row speaker.describes-person.common-nouns: "One guest, a retired teacher from Cork, said …. ‘…,’
 * she said" — person nouns that neither the person descriptors nor the agent endings (-er, -or,
 * -ist, -ian, -ee) cover, so that "she" or "he" may stand for an unnamed source so described.
 */
export const PERSON_COMMON_NOUNS: RuleRow = {
  id: 'speaker.describes-person.common-nouns',
  value: [
    'guest',
    'resident',
    'neighbour',
    'neighbor',
    'witness',
    'victim',
    'patient',
    'parent',
    'tenant',
    'client',
    'fan',
    'cousin',
    'relative',
    'colleague',
    'friend',
    'classmate',
    'guard',
    'pilgrim',
    'passenger',
    'local',
  ],
  reason:
    '"he" or "she" after an unnamed source stands for it when its head names one person (row speaker.describes-person.counted): a person descriptor ("official", "mother") or an agent noun ("shopkeeper", "survivor", "employee"). Common nouns of local news name people without those endings: "One guest, a retired teacher from Cork, said she had been woken by shouting. ‘We walked down four floors in the dark,’ she said." left "she" unresolved, and so would "A resident", "One neighbour", "A witness", "A patient". Only for this reading: they are not made person descriptors, which the entity rules also read.',
  examples: [
    {
      text: "One guest, a retired teacher from Cork, said she had been woken by shouting. 'We walked down four floors in the dark,' she said.",
      expect: 'One guest',
    },
    {
      text: 'A neighbour said the fire had started in the kitchen. "We heard glass breaking," he said.',
      expect: 'neighbour',
    },
    // Must leave: a counted group is no one person.
    {
      text: 'Two residents said the water had been cut for a week. "Nobody came," she said.',
      expect: 'she',
    },
  ],
};

/**
 * Row speaker.pronoun.first-name-source: "Pádraig, who runs a café across the road, said …. "It was
 * freezing," he said." — a source named by a given name alone, which the tagger leaves unnamed, is
 * who the next "he" or "she" stands for, unless the given name is known to be of the other gender.
 */
export const FIRST_NAME_SOURCE: RuleRow = {
  id: 'speaker.pronoun.first-name-source',
  value: [],
  reason:
    'Local news quotes residents by their first name ("Pádraig, who runs a café across the road, said …", "Aishah, 52, said …"). The tagger names no one in a single capitalised word, so the source stays as written, and the "he" of the quotation that follows went to a person named paragraphs before — in a probe of Irish local news to a woman, "Councillor Sinéad Walsh". When the last source was one capitalised word with no entity and spoke after the last named person, "he" or "she" is that source, unless its given name is listed for the other gender. And a person entity named by a given name alone ("Maureen") takes the gender of that name when the lists give it one gender only, as a given name before a surname does.',
  examples: [
    {
      text: 'Councillor Mary Walsh said the hotel should lose its licence.\n\nPádraig, who runs a café across the road, said he had seen guests on the pavement. "It was freezing," he said.',
      expect: 'Pádraig',
    },
    // Must leave: a given name of the other gender.
    {
      text: 'Councillor Tom Walsh said the hotel should lose its licence.\n\nMaureen, who runs a café across the road, said the guests were cold. "It was freezing," he said.',
      expect: 'Tom Walsh',
    },
  ],
};

/**
 * Row speaker.gender.folded-given-name: "José Ramírez", "Hélène Martin", "Pádraig Ó Sé" — a given
 * name is looked up in the gender lists without its accents, which the lists do not spell.
 */
export const FOLDED_GIVEN_NAME: RuleRow = {
  id: 'speaker.gender.folded-given-name',
  value: ['NFD'],
  reason:
    'The given-name gender lists are written without accents ("jose", "helene", "padraig", "sebastien", "zoe"), so a name spelt with them ("José", "Hélène", "Pádraig", "Sébastien", "Zoë") gave no gender and "he" or "she" could go to either. The name is decomposed (NFD) and its marks dropped before the lookup.',
  examples: [
    {
      text: 'Mayor Anne Dufour defended the plan at the meeting. Sébastien Roy, a taxi driver, said the road was too narrow. "We listened to everyone," she said.',
      expect: 'Anne Dufour',
    },
    // Must leave: a name in no list gives no gender, accents or not.
    {
      text: 'Mayor Anne Dufour defended the plan at the meeting. Kerrigan Roy, a taxi driver, said the road was too narrow. "We listened to everyone," she said.',
      expect: 'Kerrigan Roy',
    },
  ],
};

/**
 * Row speaker.gender.from-resolved-pronoun: "Councillor Sinéad Walsh said …. She called on …" — a
 * person of unknown gender whom "she" or "he" was resolved to keeps that gender for the pronouns
 * that follow.
 */
export const GENDER_FROM_PRONOUN: RuleRow<{ she: string; he: string }> = {
  id: 'speaker.gender.from-resolved-pronoun',
  value: { she: 'she', he: 'he' },
  reason:
    'A person\'s gender comes from the given-name lists, titles and roles, and from "she" or "he" opening the sentence after one that names only that person. When the sentence before also named another person, or ended in a quotation that did not close it, no vote is cast, and the engine could resolve "She called on the minister" to Councillor Sinéad Walsh and then, two paragraphs on, "he said" to her as well (issue #9: "he" resolved to a woman). Once a claim\'s "she" or "he" has been resolved to a person whose gender was unknown, that person keeps the gender for the rest of the article.',
  examples: [
    {
      text: 'Councillor Niall Ó Conaire welcomed the plan but said it was "years overdue." Councillor Sinéad Walsh said the hotel should close. She called on the minister to act.\n\nGuests stood on the pavement for an hour.\n\n"It was freezing," he said.',
      // The name the last claim's "he" must not be given.
      expect: 'Sinéad Walsh',
    },
  ],
};

/**
 * Row speaker.description.company-not-reporting-medium: "The Financial Times reported on Tuesday
 * that the company was in talks …. Shares fell after the company said …" — a newspaper or agency
 * that reported on the story is not "the company" that speaks in it.
 */
export const REPORTING_MEDIUM: RuleRow<{ verbs: readonly string[]; between: readonly string[] }> = {
  id: 'speaker.description.company-not-reporting-medium',
  value: {
    verbs: ['reported', 'reports', 'reporting'],
    between: [
      'on',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'earlier',
      'first',
      'last',
      'week',
      'month',
      'also',
      'previously',
      'exclusively',
      'had',
      'has',
    ],
  },
  reason:
    '"the company", "the firm" go to the nearest organisation that fits, and one that has spoken wins (row speaker.description.company-that-spoke). A medium that "reported" something has spoken in that sense, but it is the story\'s source, not its company: in a Reuters-style probe, "The Financial Times reported on Tuesday that the company was in talks to sell its rolling mill. … Shares fell after the company said it would delay an investment" gave the last claim to the Financial Times. An organisation followed by "reported" and "that" or a comma (time words or an auxiliary may stand around the verb) is passed over for those heads; a company that "reported a fall in profit" is not.',
  examples: [
    {
      text: 'Swedish steelmaker Norrbotten Steel cut its forecast on Wednesday. The Financial Times reported on Tuesday that the company was in talks to sell a mill. Shares fell 7% after the company said it would delay an investment.',
      expect: 'Norrbotten Steel',
    },
    // Must leave: a company that reported its results, and a medium that is the story's company.
    {
      text: 'Norrbotten Steel reported a 20% fall in profit on Wednesday. Shares fell after the company said it would delay an investment.',
      expect: 'Norrbotten Steel',
    },
    {
      text: 'The New York Times Company said on Monday that subscriptions rose. The company said it would raise prices.',
      expect: 'The New York Times Company',
    },
  ],
};
