/**
 * Rows of claims62 (issue #9): the faults left by stop 61 and claims batches 140 and 141 (a public
 * inquiry's hearing, an earnings call, a storm, an election night, a product recall, a transfer
 * saga). Each row is a pattern of English that holds in any news. Kept in a file of its own so a
 * merge with the other claims helpers is a union (claims62f writes claims-52f.ts); every id here
 * holds a word of its own ("plural-head", "titled-person", …). claims-52.test.ts runs the
 * examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Row speaker.noun-of-person.plural-head-appositive (claims/speaker.ts, beside
 * speaker.person-possessor-not-speaker.noun-of-person): "Relatives of the victim, Tom Price, said"
 * — the name in apposition is the victim's; the relatives speak.
 */
export const PLURAL_HEAD_APPOSITIVE: RuleRow<readonly string[]> = {
  id: 'speaker.noun-of-person.plural-head-appositive',
  /** Nouns of a group of people read as a collective head (the plurals in -s of person nouns count too). */
  value: words('family relatives friends parents children colleagues neighbours neighbors'),
  reason:
    '"X, Name, said" takes the name in apposition as the speaker. When X is a plural or collective noun of people with "of" and a lowercase noun ("Relatives of the victim, Tom Price, said the police had been too slow", "The family of the dead man, Sean Kerr, said"), one person\'s name cannot stand for the group: it names the person the group belongs to, and the speaker is the group as written (a fault left by stop 61: the speaker was Tom Price). A singular head keeps the name ("The widow of the victim, Jane Price, said" is the widow\'s name).',
  examples: [
    {
      text: 'Relatives of the victim, Tom Price, said the police had been too slow.',
      expect: 'Relatives of the victim',
    },
    {
      text: 'The family of the dead man, Sean Kerr, said he had been a loving father.',
      expect: 'family of the dead man',
    },
    {
      text: 'Friends of the missing climber, Anna Lisle, said she was very experienced.',
      expect: 'Friends of the missing climber',
    },
    // Must leave: a singular head, and a plain role with its name.
    { text: 'The widow of the victim, Jane Price, said she would sue.', expect: 'Jane Price' },
    { text: 'The head of the charity, Jane Price, said she would resign.', expect: 'Jane Price' },
  ],
};

/**
 * Row speaker.person-possessor-not-speaker.titled-person (claims/speaker.ts, widens
 * speaker.person-possessor-not-speaker.noun-of-person): "The lawyer of Mr Ahmed said" — a courtesy
 * title between "of" and the name does not make the person the speaker.
 */
export const NOUN_OF_TITLED_PERSON: RuleRow<boolean> = {
  id: 'speaker.person-possessor-not-speaker.titled-person',
  /** The courtesy titles are the title.courtesy row's (lexicon/titles.ts). */
  value: true,
  reason:
    'Row speaker.person-possessor-not-speaker.noun-of-person reads "The family of Jane Doe said" as the family speaking; the name must follow "of" at once. A courtesy title before the name ("The lawyer of Mr Ahmed said his client would appeal", "The daughter of Mrs Okafor said") put a word between them and the claim went to the person (a fault left by stop 61). A courtesy title (the title.courtesy row: Mr, Mrs, Ms, Dr, Sir …) between "of" and the name is passed over.',
  examples: [
    { text: 'The lawyer of Mr Ahmed said his client would appeal.', expect: 'lawyer of Mr Ahmed' },
    { text: 'The daughter of Mrs Okafor said the care home had ignored her.', expect: 'daughter of Mrs Okafor' },
    // Must leave: the person alone with a title, and "of" without a noun of people.
    { text: 'Mr Ahmed said his client would appeal.', expect: 'Ahmed' },
    { text: 'A statement on behalf of Mr Ahmed said he would appeal.', expect: 'Ahmed' },
  ],
};

/**
 * Row claim.content.past-told-addressee.owned-people (claims/told-addressee.ts, widens
 * claim.content.past-told-addressee.possessed-and-time): "told her colleagues last night she would
 * resign", "told managers it was dangerous" — the one told is no part of the content.
 */
export const TOLD_OWNED_PEOPLE: RuleRow<boolean> = {
  id: 'claim.content.past-told-addressee.owned-people',
  value: true,
  reason:
    'After a verb of telling with no "that" the content starts at the bare clause past the one told ("told reporters last week she would resign"). "Her" was read first as the object pronoun ("told her she …"), so "The minister told her colleagues last night she would resign" kept "her colleagues last night" in the content (a fault left by stop 61), and a bare plural noun of people ("Workers told managers it was dangerous") was no addressee at all. A possessive before an audience noun or a noun of people is read as the owner of the one told; a lowercase plural noun of people (the person nouns of the descriptor list) is an audience.',
  examples: [
    { text: 'The minister told her colleagues last night she would resign.', expect: 'she would resign' },
    { text: 'The minister told her colleagues she would resign.', expect: 'she would resign' },
    { text: 'Workers told managers it was dangerous.', expect: 'it was dangerous' },
    // Must leave: "her" told, and an audience with a time (the older rows).
    { text: 'The minister told her she would resign.', expect: 'she would resign' },
    { text: 'The minister told reporters last week she would resign.', expect: 'she would resign' },
  ],
};

/**
 * Row claim.content.as-said.addressee-before-comma (claims/claims.ts, widens
 * claim.content.as-said.time-before-comma): "As the mayor told reporters last week, costs have
 * doubled" — the one told and the time belong to the "as" clause.
 */
export const AS_TOLD_ADDRESSEE: RuleRow<boolean> = {
  id: 'claim.content.as-said.addressee-before-comma',
  value: true,
  reason:
    'Row claim.content.as-said.time-before-comma starts the content of an "as" clause past a plain time and its comma ("As the minister said on Monday, the rules are clear"). A verb of telling puts its addressee first ("As the mayor told reporters last week, costs have doubled", "As she told the court, the plan is dead"), and the content kept "reporters last week," (a fault left by stop 61). After "as", a source and a verb of telling, the one told (as row claim.content.past-told-addressee reads it) and a plain time up to a comma are skipped.',
  examples: [
    { text: 'As the mayor told reporters last week, costs have doubled.', expect: 'costs have doubled' },
    { text: 'As the minister told the court, the plan is dead.', expect: 'the plan is dead' },
    // Must leave: no "as", and the older row's time alone.
    { text: 'The mayor told reporters last week that costs had doubled.', expect: 'costs had doubled' },
    { text: 'As the minister said on Monday, the rules are clear.', expect: 'the rules are clear' },
  ],
};

/**
 * Row sentence.platform-letter-ends.common-word (tokenize/sentences.ts, widens
 * sentence.platform-letter-ends): "The singer posted on X. Police said …" — any common word after
 * the platform letter opens the next sentence, not only the listed openers.
 */
export const PLATFORM_COMMON_WORD: RuleRow<readonly string[]> = {
  id: 'sentence.platform-letter-ends.common-word',
  /** The prepositions a platform follows ("posted on X", "via X"); "to A. Black" may be a name. */
  value: words('on via'),
  reason:
    'Row sentence.platform-letter-ends ends a sentence at "on X." only before a closed list of openers (the, a, he, she, it …), so "The singer posted on X. Police said the road would stay closed" stayed one sentence and the speaker became "The singer posted on X. Police" (a fault left by stop 61). A capitalised common word of English (the common-word list, not a title such as "Mr" or "President", and not itself an initial) after a letter that follows a lowercase "on" or "via" opens a new sentence: a name\'s initial is not written there. After "to" the openers alone still end it ("The prize went to A. Black, the coach" is a name).',
  examples: [
    { text: 'The singer posted on X. Police said the road would stay closed.', expect: '2' },
    { text: 'The club announced the deal on X. Fans said they were thrilled.', expect: '2' },
    // Must leave: initials in names after "to", the second a common word.
    { text: 'The letter was addressed to J. Smith at the council.', expect: '1' },
    { text: 'The prize went to A. Black, the coach.', expect: '1' },
  ],
};

/**
 * Row speaker.subject.name-with-mark (claims/speaker.ts): "The consumer group Which? said …" — a
 * question or exclamation mark glued to a capitalised word before the cue is part of a name.
 */
export const NAME_WITH_MARK: RuleRow<boolean> = {
  id: 'speaker.subject.name-with-mark',
  value: true,
  reason:
    'Some names end in a question or exclamation mark (the consumer group Which?, Yahoo!, the show Jeopardy!). Before a cue the mark stopped the subject, so "The consumer group Which? said the recall showed that online marketplaces needed stricter checks" found no source for "said" and gave the claim to "the recall" through "showed" (batch 141). A mark written against a capitalised word, outside quotation marks and followed by a lowercase word (a sentence never goes on in lower case after its own "?"), closes the subject it belongs to.',
  examples: [
    {
      text: 'The consumer group Which? said the recall showed that online marketplaces needed stricter checks.',
      expect: 'Which',
    },
    // Must leave: a question that ends its sentence, and a quoted question.
    { text: 'Will the plan work? The minister said it would.', expect: 'minister' },
    { text: '"Why now?" asked the minister.', expect: 'minister' },
  ],
};

/**
 * Row claim.second-cue.coordinated.after-object (claims/claims.ts, widens
 * claim.second-cue.coordinated): "The company denied the claims and said the plan was lawful" —
 * the second verb reports a clause of its own with the first verb's source.
 */
export const SECOND_AFTER_OBJECT: RuleRow<{ conjunctions: readonly string[]; maxObject: number }> = {
  id: 'claim.second-cue.coordinated.after-object',
  value: { conjunctions: words('and'), maxObject: 6 },
  reason:
    'Row claim.second-cue.coordinated gives the verb after "and" a claim of its own only when a clause stands between the two verbs ("said A, and added that B"), so "The company denied the claims and said the plan was lawful" was one claim whose content was "the claims and said the plan was lawful" (a fault left by stop 61). When the first verb has a short plain object (at most six words, no quotation, no "that") and the second cue after "and" reports a clause with a finite verb, the second cue is a claim of the same source, and the first content ends before the conjunction. After "but" the older row\'s choice stands ("Joe Ryan acknowledged the risk but insisted the strike would go ahead" is one claim, row claim.second-cue.coordinated).',
  examples: [
    { text: 'The company denied the claims and said the plan was lawful.', expect: 'the plan was lawful' },
    { text: 'The minister rejected the report but admitted mistakes had been made.', expect: 'mistakes had been made' },
    // Must leave: a clause between the verbs (the older row), and one cue alone.
    { text: 'The mayor said the budget was tight and added that cuts were coming.', expect: 'cuts were coming' },
    { text: 'The company denied the claims.', expect: 'the claims' },
  ],
};

/**
 * Row claim.content.as-said.thing-source (claims/claims.ts, beside
 * claim.content.as-said.time-before-comma): "As the report noted last week, prices have risen
 * sharply" — a document that is the source of an "as" clause with a time states the rest.
 */
export const AS_SAID_THING: RuleRow<boolean> = {
  id: 'claim.content.as-said.thing-source',
  value: true,
  reason:
    'A thing as subject with a plain object after its verb states nothing said ("These results indicate a shift", guard claims26b). After "as", a document and a cue with a time ("As the report noted last week, prices have risen sharply", "As the report said last week, …") the time was taken for that plain object, and no claim was made (a fault left by stop 61; "As the report noted, …" was right). When the "as" clause\'s time runs to a comma (row claim.content.as-said.time-before-comma), the words after the cue are no object: the content is past the comma.',
  examples: [
    { text: 'As the report noted last week, prices have risen sharply.', expect: 'prices have risen sharply' },
    { text: 'As the report said last week, prices have risen sharply.', expect: 'prices have risen sharply' },
    // Must leave: a thing with a plain object, and the as-clause without a time.
    { text: 'These results indicate a shift in opinion.', expect: '' },
    { text: 'As the report noted, prices have risen sharply.', expect: 'prices have risen sharply' },
  ],
};

/**
 * Row speaker.work-by.readout (claims/speaker.ts, widens speaker.work-by): "A summary by the
 * inquiry said …" — an account of a meeting or hearing, written "by" its author, is a subject.
 */
export const WORK_BY_READOUT: RuleRow<boolean> = {
  id: 'speaker.work-by.readout',
  /** The nouns are row speaker.document-from.readout's (claims-51.ts). */
  value: true,
  reason:
    'Row speaker.work-by lets "by" join a document to its author in a subject ("A report by the authority found …"); after any other noun "by" opens a passive agent and stops the subject. Row speaker.document-from.readout made the accounts of a meeting (readout, transcript, summary, communiqué, account) documents that speak for whoever issued them with "from" or "by", but the subject finder still stopped at "by", so "A summary by the inquiry said the fire had spread through the cladding" made no claim (a fault left by stop 61). Those nouns join their author with "by" as the works do, and the issuer after "by" is the speaker.',
  examples: [
    { text: 'A summary by the inquiry said the fire had spread through the cladding.', expect: 'inquiry' },
    { text: 'A transcript by the court said the witness had been warned.', expect: 'court' },
    // Must leave: a work by its author (the older row), and "from".
    { text: 'A report by the inquiry said the fire had spread.', expect: 'report by the inquiry' },
    { text: 'A summary from the inquiry said the fire had spread.', expect: 'inquiry' },
  ],
};

/**
 * Row speaker.according-to.name-after-comma (claims/claims.ts, widens
 * speaker.according-to.body-after-comma): "…, according to the building's owner, Kestrel Lane." —
 * the capitalised words in apposition that close the sentence name the source.
 */
export const NAME_AFTER_COMMA: RuleRow<{ maxWords: number }> = {
  id: 'speaker.according-to.name-after-comma',
  value: { maxWords: 4 },
  reason:
    '"according to the team\'s coach, Alireza Mehraban" and "according to the mine\'s owner, Vaalrand Gold" take the name after the comma when the tagger read it as a person or an organisation. A name it left unread or read as a place ("The fire started on the third floor, according to the building\'s owner, Kestrel Lane", a firm named like a street) left the description as the source (a fault left by stop 61). After "according to" and a description with no name in it, one to four capitalised words (not an article or a pronoun) from the comma to the end of the sentence are the name of the source.',
  examples: [
    {
      text: "The fire started on the third floor, according to the building's owner, Kestrel Lane.",
      expect: 'Kestrel Lane',
    },
    { text: 'The plant will close in May, according to its operator, Harbour Quay.', expect: 'Harbour Quay' },
    // Must leave: a person after the comma (the older row), and no name after the description.
    {
      text: "The fire started on the third floor, according to the building's owner, Jane Price.",
      expect: 'Jane Price',
    },
    { text: "The fire started on the third floor, according to the building's owner.", expect: "building's owner" },
  ],
};
