/**
 * Rows of claims41 (issue #9): claims batches 107 and 108 (world briefs that quote other outlets,
 * wires with anonymous sources, long quotations, organisations' statements, crowds and polls) and
 * the known faults left by stop 50. Each row is a pattern of English that holds in any news: a
 * portfolio word before a title ("Labour Minister"), an inverted "said one of the people" after a
 * plain comma, a closing ", it found" only with a study in sight, a "by" phrase that belongs to
 * the clause before "and it was …", and a firm's name with an ampersand. Kept in a file of its own
 * so a merge with the other claims helpers is a union.
 * claims-41.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.subject.portfolio-before-title (extends the titles before a name in leadingSubject,
 * claims/claims.ts): "Labour Minister Felipe Ramos dismissed …, saying" — capitalised words of a
 * portfolio before a title are the title's.
 */
export const PORTFOLIO_BEFORE_TITLE: RuleRow<{ maxWords: number; joiners: readonly string[] }> = {
  id: 'speaker.subject.portfolio-before-title',
  /** Portfolio words before the title, and the words that may join them ("Work and Pensions"). */
  value: { maxWords: 3, joiners: ['and', '&'] },
  reason:
    'A participle\'s source ("…, saying") and a coordinated verb\'s ("… and said") are read from the sentence\'s start past titles and title modifiers ("Finance Minister", "Foreign Secretary"). A portfolio that is not among those modifiers stopped the walk — "Labour Minister Felipe Ramos dismissed the protest in a radio interview, saying the reform was the only way …" (batch 107), "Transport Minister …" and "Work and Pensions Secretary …" made no claim, while "Labour Minister Felipe Ramos said" did. Up to three capitalised words (joined by "and" or "&") right before a capitalised title word, with a person after the title, are passed like the title.',
  examples: [
    {
      text: 'Labour Minister Felipe Ramos dismissed the protest in a radio interview, saying the reform was needed.',
      expect: 'Felipe Ramos',
    },
    { text: 'Transport Minister Ana Silva met the unions and said the strike was illegal.', expect: 'Ana Silva' },
    { text: 'Work and Pensions Secretary Ann Lowe spoke on Tuesday, saying the cap would stay.', expect: 'Ann Lowe' },
    // Must leave: an ordinary title, and a sentence with no person after the title.
    { text: 'Finance Minister Felipe Ramos spoke on Tuesday, saying the reform was needed.', expect: 'Felipe Ramos' },
    { text: 'Labour Ministers met on Tuesday, saying the reform was needed.', expect: '' },
  ],
};

/**
 * Row speaker.inverted.of-phrase.after-comma (extends speaker.inverted.of-phrase): "One of the
 * buyers is Raval Metals, said one of the people, who asked not to be named." — a counted part of a
 * group after a plain comma and an inverted verb is the source.
 */
export const OF_PHRASE_AFTER_COMMA: RuleRow<{ heads: readonly string[] }> = {
  id: 'speaker.inverted.of-phrase.after-comma',
  /** Heads that count a part of a group ("one of the people", "two of the sources"). */
  value: { heads: ['one', 'two', 'three', 'another', 'some', 'several', 'none', 'most', 'many'] },
  reason:
    'Row speaker.inverted.of-phrase reads \'"…," said one of the workers\' through "of" after a quotation only. Wires with anonymous sources put the same tag after indirect speech: "One of the buyers approached is Indian steelmaker Raval Metals, said one of the people, who asked not to be named because the discussions are private." (batch 107) made no claim, since the phrase stopped at "of" and a name on the left was preferred. After a plain comma, a counting head ("one", "two", "another", "some") and "of" with a short group that ends the sentence or runs to ", who" is the source, as after a quotation. The group holds no verb: "The coach, asked about the injury, said several of his players were tired" opens what the coach said (the first version took "several of his players were tired" as the source in 8 of 10 such sentences; review, stop 51).',
  examples: [
    {
      text: 'One of the buyers approached is Raval Metals, said one of the people, who asked not to be named.',
      expect: 'one of the people',
    },
    { text: 'The deal could close in May, said two of the sources.', expect: 'two of the sources' },
    // Must leave: an ordinary inverted tag.
    { text: 'The deal could close in May, said the person, who asked not to be named.', expect: 'the person' },
    // Must leave: the subject, an aside, then "said" and what was said, opening with a counted group (review, stop 51).
    { text: 'The coach, asked about the injury, said several of his players were tired.', expect: 'The coach' },
    { text: 'Police, who arrived within minutes, said one of the men was armed.', expect: 'Police' },
    { text: 'Garcia, 31, said many of his friends had left.', expect: 'Garcia' },
  ],
};

/**
 * Row cue.verb.knowledge.it-found-tag.study-in-sight (narrows cue.verb.knowledge.it-found-tag): a
 * closing ", it found." reports a study only when one is in sight.
 */
export const IT_FOUND_STUDY_IN_SIGHT: RuleRow<{ sentencesBefore: number }> = {
  id: 'cue.verb.knowledge.it-found-tag.study-in-sight',
  /** Sentences before the tag's own that are searched for a study, survey, poll or report. */
  value: { sentencesBefore: 3 },
  reason:
    'Row cue.verb.knowledge.it-found-tag reads "Voters named housing as their top concern, it found." as the finding of the poll just named. With no study, poll or report in sight the pronoun has nothing to report from, and "The council met on Tuesday. The rain kept falling, it found." gave a claim whose speaker was the bare "it" (a known fault left by stop 50). The tag now needs a research word (row speaker.pronoun.it.research-subject: study, survey, poll, report, review, analysis, audit, trial …) in its own sentence or the three before.',
  examples: [
    {
      text: 'The poll covered 800 voters. Voters named the cost of housing as their top concern, it found.',
      expect: 'found',
    },
    // Must leave: no study in sight.
    { text: 'The council met on Tuesday. The rain kept falling, it found.', expect: '' },
  ],
};

/**
 * Row cue.passive.impersonal-that.agent-own-clause (narrows the "by" agent of
 * cue.passive.impersonal-that): "The survey was run by the council and it was found that …" — a
 * "by" phrase before a conjunction belongs to the clause it ends.
 */
export const AGENT_OWN_CLAUSE: RuleRow<{ conjunctions: readonly string[] }> = {
  id: 'cue.passive.impersonal-that.agent-own-clause',
  value: { conjunctions: ['and', 'but', 'so', 'yet', 'while', 'when', 'after', 'before', 'because'] },
  reason:
    'Row cue.passive.impersonal-that takes a "by" phrase of a few words right before "it" as the source ("In a review by Hein and colleagues, it was found that …"). The phrase was read up to "it" whatever stood between, so "The survey was carried out by the council and it was found that most residents wanted a park" gave the source "the council and", the agent of another verb (a known fault left by stop 50). A conjunction right before "it" (after an optional comma) closes the clause the "by" phrase belongs to; the finding then has no named source. "Hein and colleagues" keeps its "and", which stands inside the phrase.',
  examples: [
    {
      text: 'The survey was carried out by the council and it was found that most residents wanted a park.',
      expect: '',
    },
    // Must leave: the agent before "it" with a comma.
    {
      text: 'In a review by Hein and colleagues, it was found that children answered faster.',
      expect: 'Hein and colleagues',
    },
  ],
};

/**
 * Row speaker.subject.possessor-description.titled-holder (extends the possessor's office holder of
 * leadingSubject and narrows speaker.subject.possessor-description.past-verb): "France's newly
 * appointed Prime Minister Jean Dupont met union leaders and said …".
 */
export const POSSESSOR_TITLED_HOLDER: RuleRow<{ adverb: string; maxTitles: number }> = {
  id: 'speaker.subject.possessor-description.titled-holder',
  /** An adverb in -ly before a participle ("newly appointed", "recently elected"); titles read after the description. */
  value: { adverb: '^[a-z]+ly$', maxTitles: 4 },
  reason:
    'A coordinated verb ("… and said") takes its subject from the sentence\'s start; after a possessor the description is read through its lowercase words, and row speaker.subject.possessor-description.past-verb ends it before a word in -ed followed by a capitalised word. "France\'s newly appointed Prime Minister Jean Dupont met union leaders on Monday and said the reform would go ahead" (a known fault left by stop 50) was cut to "France\'s newly": "appointed" after an adverb in -ly is a participle, not the verb, and the capitalised titles after the description lead to the person who holds them, who is the subject. "Chelsea\'s fans booed John Smith and said" keeps its verb (no adverb, no title).',
  examples: [
    {
      text: "France's newly appointed Prime Minister Jean Dupont met union leaders on Monday and said the reform would go ahead.",
      expect: 'Jean Dupont',
    },
    {
      text: "Ohio's recently elected Secretary of State Dale Harlan visited the county and said the count was fair.",
      expect: 'Dale Harlan',
    },
    // Must leave: a past verb before a name stays the verb.
    { text: "Chelsea's fans booed John Smith and said he should leave the club.", expect: "Chelsea's fans" },
    {
      text: "Chelsea's fans loudly booed Coach John Smith and said he should leave the club.",
      expect: "Chelsea's fans",
    },
  ],
};

/**
 * Row speaker.subject.ampersand-name (extends the walk left of npLeftOf in claims/speaker.ts):
 * "AT&T said …" — a word written against an ampersand is part of the name.
 */
export const AMPERSAND_NAME: RuleRow<boolean> = {
  id: 'speaker.subject.ampersand-name',
  value: true,
  reason:
    'The subject on the left of a cue is read word by word back to a stop word ("at", "in", "of", "and", "to"), compared in lower case. "AT&T said the outage had been fixed" (a known fault left by stop 50) stopped at "AT", read as the preposition, and the opening words of a subject that are no part of it ("at", "in") were trimmed, so it gave the speaker "&T". A word written with no space before an ampersand that stands inside the subject is part of a name ("AT&T", "AT&T Inc"), whatever it spells; a spaced "at" before a name still ends the subject.',
  examples: [
    { text: 'AT&T said the outage had been fixed.', expect: 'AT&T' },
    { text: 'On Monday, AT&T said the outage had been fixed.', expect: 'AT&T' },
    // Must leave: a preposition before the subject.
    { text: 'Workers at Ford said the plant would close.', expect: 'Workers at Ford' },
  ],
};

/**
 * Row speaker.subject.person-body-role.descriptor (extends speaker.subject.person-body-role):
 * "Biden administration official Karen Lee met the envoys and said …" — the role after a person's
 * body may be a descriptor ("official", "aide", "adviser") as well as a title.
 */
export const PERSON_BODY_DESCRIPTOR: RuleRow<boolean> = {
  id: 'speaker.subject.person-body-role.descriptor',
  value: true,
  reason:
    'Row speaker.subject.person-body-role reads "Vance campaign spokesman Eli Brandt dismissed …, saying" with the spokesman as the source: after a person, a descriptor and title words, the person named is the subject. A role that is a descriptor but no title ("official", "aide", "adviser", "lawyer") stopped it, so "Biden administration official Karen Lee met the envoys and said the talks would resume" gave "Biden administration", resolved to the president named before (a known fault left by stop 50; "… Karen Lee said" was already right). After a person and a descriptor, a second descriptor right before a person names that person as the subject.',
  examples: [
    {
      text: 'President Joe Biden signed the order. Biden administration official Karen Lee met the envoys and said the talks would resume.',
      expect: 'Karen Lee',
    },
    {
      text: 'President Joe Biden signed the order. Biden administration official Karen Lee met the envoys, saying the talks would resume.',
      expect: 'Karen Lee',
    },
    // Must leave: no person after the descriptor.
    {
      text: 'President Joe Biden signed the order. The Biden administration met the envoys and said the talks would resume.',
      expect: 'The Biden administration',
    },
  ],
};
