/**
 * Rows of claims42 (issue #9): the known faults left by stop 51 and claims batches 110 and 111
 * (court reporting, science news, US election wires, post-match interviews, Q: / A: interviews and
 * paraphrase with no verb of saying). Each row is a pattern of English that holds in any news: the
 * people a closing tag names before a preposition ("analysts at Goldman Sachs say"), a firm written
 * with a tight ampersand ("S&P"), a relative clause after a bare plural of people ("doctors who work
 * there say"), a portfolio that is a word of the language ("Like President …"). Kept in a file of
 * its own so a merge with the other claims helpers is a union.
 * claims-42.test.ts runs the examples through the whole engine.
 */
import type { CueClass } from './claim-cues';
import type { RuleRow } from './rule-row';

/**
 * Row speaker.subject.people-before-preposition (narrows the lowercase-words trim of trimSubject,
 * claims/speaker.ts): "…, analysts at Goldman Sachs say." — a plural of people and a preposition
 * before a name are the subject's head, not words to trim.
 */
export const PEOPLE_BEFORE_PREPOSITION: RuleRow<{ prepositions: readonly string[]; maxBefore: number }> = {
  id: 'speaker.subject.people-before-preposition',
  /** Prepositions that tie people to a body or a person; lowercase words allowed before the noun ("senior"). */
  value: { prepositions: ['at', 'to', 'for', 'with', 'from', 'in', 'of', 'on', 'inside', 'close'], maxBefore: 2 },
  reason:
    'A subject walked left from its verb drops lowercase words before a name when no determiner opens it ("at which point Theodorus said" → Theodorus). A closing tag has no determiner either, so "The bank will cut rates twice next year, analysts at Goldman Sachs say." gave the speaker "Goldman Sachs", "…, aides to Senator Ann Reyes said." gave Ann Reyes (known faults left by stop 51), while the same words opening the sentence ("Analysts at Goldman Sachs said") kept them. A plural of people (analysts, aides, officials, lawyers, doctors) right before one of these prepositions, with at most two lowercase words before it, heads the subject: the name after the preposition only says where they work or whom they serve. The plural may open the sentence, capitalised ("Lawyers for Sarah Mills said the verdict was unsafe" gave Sarah Mills; review, stop 60).',
  examples: [
    {
      text: 'The bank will cut rates twice next year, analysts at Goldman Sachs say.',
      expect: 'analysts at Goldman Sachs',
    },
    {
      text: 'The bank will cut rates twice next year, analysts at Goldman Sachs said.',
      expect: 'analysts at Goldman Sachs',
    },
    { text: 'The bill will pass the Senate, aides to Senator Ann Reyes said.', expect: 'aides to Senator Ann Reyes' },
    { text: 'The plant will close in May, senior officials at Ford said.', expect: 'senior officials at Ford' },
    // The plural opening the sentence (review, stop 60).
    { text: 'Lawyers for Sarah Mills said the verdict was unsafe.', expect: 'Lawyers for Sarah Mills' },
    { text: 'Aides to Senator Ann Reyes said she was tired.', expect: 'Aides to Senator Ann Reyes' },
    // Must leave: lowercase words that are no people before the name.
    { text: 'The talks failed, at which point Theodorus said the city would fight.', expect: 'Theodorus' },
    { text: 'The deal is done, Ford said on Monday.', expect: 'Ford' },
  ],
};

/**
 * Row organisation.staff-at.ampersand (extends apposition.staff-at, detect/rules.ts): "analysts at
 * S&P" — a name of capitals joined by a tight ampersand is one firm.
 */
export const STAFF_AT_AMPERSAND: RuleRow<boolean> = {
  id: 'organisation.staff-at.ampersand',
  value: true,
  reason:
    'Row apposition.staff-at reads the capitalised words after "analysts at", "economists at" as the firm they work for, but stopped at punctuation, so "Analysts at S&P said the outlook was stable" gave the firm "S" and the speaker\'s name "S" (a known fault left by stop 51). An ampersand written with no space on either side between two capitalised words ("S&P", "AT&T", "P&O") is inside the name.',
  examples: [
    { text: 'Analysts at S&P said the outlook was stable.', expect: 'organization:S&P' },
    { text: 'Economists at AT&T Research said costs would rise.', expect: 'organization:AT&T Research' },
    // Must leave: a spaced ampersand is the firm rows' (ampersand.firm).
    { text: 'Analysts at Holm & Varga said the deal was fair.', expect: 'organization:Holm & Varga' },
  ],
};

/**
 * Row speaker.relative.bare-plural-head (extends the relative-clause subject of npLeftOf): "…,
 * doctors who work there say." — a bare plural of people before "who" heads the subject.
 */
export const RELATIVE_BARE_PLURAL: RuleRow<{ maxWords: number }> = {
  id: 'speaker.relative.bare-plural-head',
  /** Words of the noun phrase before "who", the plural of people last. */
  value: { maxWords: 3 },
  reason:
    'A subject with a relative clause ("The man who found the wallet said") is the noun phrase before "who" when that phrase opens with a determiner or a capital. A bare plural has neither, so "The hospital is running out of beds, doctors who work there say." gave the speaker "work" (a known fault left by stop 51). A plural of people (doctors, residents, workers, officials) of up to three words, right before "who" after a comma, in a tag that closes the sentence, is the head of the subject and the speaker. Only a closing tag: at the start of a sentence the same reading made one false claim and one claim with the wrong speaker in a kept-blind batch (totals only).',
  examples: [
    { text: 'The hospital is running out of beds, doctors who work there say.', expect: 'doctors' },
    { text: 'The road floods every winter, residents who live nearby said.', expect: 'residents' },
    // Must leave: a relative clause after a named subject. ("Farmers who grow wheat say …", once a
    // leave case here, is a claim since claims43's guard.base-form.relative-plural-head.)
    { text: 'The road floods every winter, Ann Cole, who lives nearby, said.', expect: 'Ann Cole' },
  ],
};

/**
 * Row speaker.subject.portfolio-before-title.not-function-word (narrows
 * speaker.subject.portfolio-before-title, claims-41): "Like President Luis Costa, the governors …
 * said" — a preposition opening the sentence is no portfolio.
 */
export const PORTFOLIO_NOT_FUNCTION_WORD: RuleRow<readonly string[]> = {
  id: 'speaker.subject.portfolio-before-title.not-function-word',
  /** Words that open an adjunct or a clause, never a portfolio, when capitalised at a sentence's start. */
  value: [
    'like',
    'unlike',
    'as',
    'with',
    'without',
    'after',
    'before',
    'for',
    'from',
    'despite',
    'including',
    'besides',
    'under',
    'against',
    'among',
    'by',
    'to',
    'at',
    'in',
    'on',
    'of',
    'when',
    'while',
    'if',
    'but',
    'and',
    'then',
  ],
  reason:
    'Row speaker.subject.portfolio-before-title passes up to three capitalised words before a title ("Labour Minister Felipe Ramos"). Any capitalised word was taken, so "Like President Luis Costa, the governors met on Monday and said the tax was unfair." gave the speaker Luis Costa (a known fault left by stop 51): "Like" opens an adjunct. A preposition, conjunction or clause opener is never a portfolio.',
  examples: [
    {
      text: 'Like President Luis Costa, the governors met on Monday and said the tax was unfair.',
      expect: 'the governors',
    },
    {
      text: 'Like President Luis Costa, the governors met on Monday, saying the tax was unfair.',
      expect: 'the governors',
    },
    // Must leave: a portfolio before a title.
    { text: 'Labour Minister Felipe Ramos met the unions and said the strike was illegal.', expect: 'Felipe Ramos' },
  ],
};

/**
 * Row cue.passive.impersonal-that.agent-after (extends cue.passive.impersonal-that, claims-40): "It
 * was announced by the ministry that the border would reopen" — the agent between the participle and
 * "that" is the source.
 */
export const IMPERSONAL_AGENT_AFTER: RuleRow<{ maxWords: number }> = {
  id: 'cue.passive.impersonal-that.agent-after',
  /** Words of the agent after "by", up to "that". */
  value: { maxWords: 8 },
  reason:
    'Row cue.passive.impersonal-that reads "It was found / announced / concluded that …" as a claim, and an agent before "it" ("in the study by Hein and colleagues it was found that") as its source. An agent after the participle stopped it: "It was announced by the ministry that the border would reopen on Monday." made no claim (a known fault left by stop 51). A "by" phrase of up to eight words, with no punctuation, running from the participle to "that" is the source, and the claim is read as before.',
  examples: [
    { text: 'It was announced by the ministry that the border would reopen on Monday.', expect: 'the ministry' },
    { text: 'It has been concluded by the inspectors that the bridge is safe.', expect: 'the inspectors' },
    // Must leave: "that" as a determiner, and a decision.
    { text: 'It was found by the cleaners that morning.', expect: '' },
    { text: 'It was decided by the board that the school would close.', expect: '' },
  ],
};

/**
 * Row speaker.pronoun.it.body-subject (extends speaker.pronoun.it and narrows-out
 * cue.verb.knowledge.it-found-tag.study-in-sight, claims-41): "The regulator examined the accounts.
 * It found that …" — a body that examines, the subject of the sentence before, is what "it" stands for.
 */
export const PRONOUN_IT_BODY_SUBJECT: RuleRow<readonly string[]> = {
  id: 'speaker.pronoun.it.body-subject',
  /** Heads of bodies that examine, inquire or rule. */
  value: [
    'regulator',
    'watchdog',
    'auditor',
    'inspectorate',
    'inquiry',
    'commission',
    'committee',
    'panel',
    'ombudsman',
    'tribunal',
    'court',
    'agency',
    'authority',
    'ministry',
    'department',
    'board',
    'investigation',
    'probe',
  ],
  reason:
    '"It found that …" and a closing "…, it found." name their source through "it": a study just described (row speaker.pronoun.it.research-subject), an organisation that spoke or was named. A body described but not named stopped both: "The regulator examined the accounts. It found that the bank had hidden losses." gave the speaker "It" unresolved, and "… The bank had hidden losses, it found." made no claim (known faults left by stop 51). A body that examines or rules (regulator, watchdog, inquiry, commission, panel, tribunal, court, ministry …), with its article as the subject of the sentence before, in which nobody spoke, is the source.',
  examples: [
    { text: 'The regulator examined the accounts. It found that the bank had hidden losses.', expect: 'The regulator' },
    { text: 'The regulator examined the accounts. The bank had hidden losses, it found.', expect: 'The regulator' },
    {
      text: 'The inquiry heard from 40 witnesses. It concluded that the fire could have been stopped.',
      expect: 'The inquiry',
    },
    // Must leave: no body that examines in sight (claims41's leave case), and a body that spoke.
    { text: 'The council met on Tuesday. The rain kept falling, it found.', expect: '' },
  ],
};

/**
 * Row speaker.inverted.of-phrase.role-after-comma (extends speaker.inverted.of-phrase.after-comma,
 * claims-41): "…, said the head of the union." — a role "of" a body after a plain comma is the source.
 */
export const ROLE_OF_AFTER_COMMA: RuleRow<readonly string[]> = {
  id: 'speaker.inverted.of-phrase.role-after-comma',
  /** Role nouns that take their body with "of". */
  value: [
    'head',
    'leader',
    'chief',
    'president',
    'chair',
    'chairman',
    'chairwoman',
    'director',
    'secretary',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'owner',
    'founder',
    'captain',
    'manager',
    'coach',
    'boss',
    'mayor',
    'governor',
    'principal',
    'dean',
    'editor',
  ],
  reason:
    'An inverted tag\'s source stops at a preposition ("said the head"), and runs on through "of" only after a quotation (row speaker.inverted.of-phrase) or for a counted group after a comma ("said one of the people"). So "The strike will go on until the pay offer improves, said the head of the union." made no claim (a known fault left by stop 51): "the head" alone was no source. After a plain comma, an article and a role noun (head, leader, chief, director, spokesman …) run on through "of" to the body, when the phrase closes the sentence (or runs to ", who") and holds no verb.',
  examples: [
    {
      text: 'The strike will go on until the pay offer improves, said the head of the union.',
      expect: 'the head of the union',
    },
    { text: 'The site will reopen in May, said the director of the museum.', expect: 'the director of the museum' },
    // Must leave: what was said opens with the role after a subject.
    { text: 'The mayor, asked about the strike, said the head of the union was wrong.', expect: 'The mayor' },
  ],
};

/**
 * Row cue.verb.chant-that (a narrower successor of claims41's cue.verb.chant, taken out in review):
 * "They chanted that the verdict was a disgrace" — a crowd's words reported with "that".
 */
export const CHANT_THAT: RuleRow<CueClass> = {
  id: 'cue.verb.chant-that',
  value: { lemmas: ['chant'], complement: 'that', clauseAfterThat: true },
  reason:
    'claims41\'s cue.verb.chant took a chant in quotation marks as a claim and was taken out in review: chants that say nothing ("Messi, Messi") became claims. A chant reported with "that" and a clause states something the crowd holds: "Hundreds of supporters gathered outside the court. They chanted that the verdict was a disgrace." made no claim (a known fault left by stop 51). "chant" is a cue only with "that" right after it opening a clause; a quotation or a plain object leaves it none.',
  examples: [
    {
      text: 'Hundreds of supporters gathered outside the court. They chanted that the verdict was a disgrace.',
      expect: 'chanted',
    },
    // Must leave: a quotation, a plain object, no object.
    { text: 'Fans chanted "Messi, Messi" as he left the pitch.', expect: '' },
    { text: 'Protesters chanted slogans as they passed the ministry.', expect: '' },
    { text: 'Monks were chanting in the temple when the fire began.', expect: '' },
  ],
};

/**
 * Row speaker.pronoun.they.counted-group (extends the plural subject of speaker.pronoun.they): "Hundreds
 * of supporters gathered … . They said …" — a counted group opening the sentence before is "they".
 */
export const THEY_COUNTED_GROUP: RuleRow<readonly string[]> = {
  id: 'speaker.pronoun.they.counted-group',
  /** Words that count a crowd before "of". */
  value: ['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'crowds', 'groups'],
  reason:
    '"They" after a sentence whose subject is a plural of people ("Protesters blocked the road. They said …") stands for that group (row speaker.pronoun.they). A crowd counted before "of" was not read as that subject: "Hundreds of supporters gathered outside the court. They said the verdict was a disgrace." left "They" unresolved (a known fault left by stop 51, with "chanted that"). "Hundreds of", "Thousands of", "Dozens of" before the plural of people are part of the subject.',
  examples: [
    {
      text: 'Hundreds of supporters gathered outside the court. They said the verdict was a disgrace.',
      expect: 'Hundreds of supporters',
    },
    // Must leave: a count of things.
    { text: 'Hundreds of homes lost power on Monday. They said the storm was the worst in years.', expect: 'They' },
  ],
};

/**
 * Row cue.view-adjunct (claims/view-adjunct.ts): "In the view of X, …", "In X's words, …" — an
 * opening phrase of view or words attributes the clause after it, with no verb of saying.
 */
export const VIEW_ADJUNCT: RuleRow<{ nouns: readonly string[]; possessives: readonly string[]; maxHolder: number }> = {
  id: 'cue.view-adjunct',
  value: {
    nouns: ['view', 'words', 'opinion', 'telling', 'estimation', 'account', 'judgment', 'judgement', 'assessment'],
    possessives: ['his', 'her', 'their', 'its'],
    /** Tokens of the holder before the comma. */
    maxHolder: 8,
  },
  reason:
    'News paraphrases a source without a verb of saying as often as with "according to": "In the view of council member Rita Osei, the closure would cut off the city\'s poorest neighbourhood …", "In Brandt\'s words, the new hub would be …", "In the campaign\'s telling, Calloway won the debate easily." (batch 111) made no claim. When no verb of saying in the sentence names a source of its own, a sentence that opens with "In", a holder (after "the … of", or before "\'s", or a possessive pronoun) and a noun of view or words (view, words, opinion, telling, estimation, account, judgment, assessment), closed by a comma, attributes what follows the comma to the holder. "In the words of the song" and other openers without a comma and a clause stay none; "In a statement," and "In an interview," are the document rows\'.',
  examples: [
    { text: 'In the view of union leader Marta Diaz, the reform would hurt nurses.', expect: 'Marta Diaz' },
    { text: "In Okafor's words, the bridge was a gift to the town.", expect: 'Okafor' },
    { text: "In the party's telling, the vote was stolen.", expect: 'the party' },
    // Must leave: a view of a place, the noun as an object, a day before the noun, a holder with a
    // phrase of its own (review, stop 52).
    { text: 'In the view of the harbour, boats rocked on the water.', expect: '' },
    { text: 'In view of the storm, the match was called off.', expect: '' },
    { text: "In Wednesday's judgment, the court ordered a retrial.", expect: '' },
    { text: 'In the account of the trip published by the ministry, the minister met ten leaders.', expect: '' },
  ],
};

/**
 * Row speaker.pronoun.subject-before-quotation (extends the sentence-subject reading of
 * pronounReferent, claims/speaker.ts): "Harlan stood by the ad. "… . …," he told supporters."
 */
export const SUBJECT_BEFORE_QUOTATION: RuleRow<boolean> = {
  id: 'speaker.pronoun.subject-before-quotation',
  value: true,
  reason:
    'A "he" or "she" in a tag is the person who is the subject of the sentence before, when that person said nothing there and was not the last speaker ("The club\'s owner, X, met them on Sunday. She said …"). After a quotation of two sentences the sentence before the tag\'s is the quotation\'s first, so "Harlan stood by the ad at a rally in Dayton. "My opponent can spin all she wants. The vote is on the record," he told supporters." gave "he" to the spokesman quoted before Harlan (batch 110). When the tag\'s sentence opens inside a quotation that opened in an earlier sentence, the sentence before the quotation is read instead.',
  examples: [
    {
      text: 'Jordan Pelley said the ad was false. Dale Harlan stood by the ad at a rally. "My opponent can spin all he wants. The vote is on the record," he told supporters.',
      expect: 'Dale Harlan',
    },
    // Must leave: the last speaker goes on talking.
    {
      text: 'Jordan Pelley said the ad was false. "It is a lie. Everyone knows it," he told reporters.',
      expect: 'Jordan Pelley',
    },
  ],
};

/**
 * Row guard.relative-aside.no-complement: "Ferrell, who did not testify, faces up to 12 years" — a
 * verb of saying that closes a relative aside has said nothing the sentence reports.
 */
export const RELATIVE_ASIDE_NO_COMPLEMENT: RuleRow<{ relatives: readonly string[]; maxWords: number }> = {
  id: 'guard.relative-aside.no-complement',
  /** Relative words that open the aside; words from the relative word to the verb. */
  value: { relatives: ['who', 'which'], maxWords: 5 },
  reason:
    'A verb of saying inside a relative aside between commas, with nothing after it but the closing comma, takes no complement: "Ferrell, who did not testify, faces up to 12 years in prison." (batch 110) was a claim whose content was the main clause. A cue right before a comma, within five words after ", who" or ", which", is no cue; an aside that reports something ("X, who said the plan would fail, resigned") keeps its cue.',
  examples: [
    { text: 'Ferrell, who did not testify, faces up to 12 years in prison.', expect: '' },
    { text: 'The mayor, who declined to comment, left the meeting early.', expect: '' },
    // Must leave: an aside with a complement, and a closing tag.
    { text: 'The plan will fail, said Ann Cole, who runs the shelter.', expect: 'said' },
    { text: 'Ann Cole said the plan, which she called reckless, would fail.', expect: 'said' },
  ],
};
