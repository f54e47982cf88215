/**
 * Rows of claims61 (issue #9): the faults left by stop 60 and claims batches 137 and 138
 * (sentencings, press conferences, studies, chains of attribution, strikes, joint statements and
 * readouts, posts on social media). Each row is a pattern of English that holds in any news. Kept
 * in a file of its own so a merge with the other claims helpers is a union (claims61f writes
 * claims-51f.ts). claims-51.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Row speaker.person-possessor-not-speaker.noun-of-person (claims/speaker.ts, widens
 * speaker.person-possessor-not-speaker): "The family of Jane Doe said" — a noun of people before
 * "of" and a person's name belongs to that person; the family speaks, not the person.
 */
export const NOUN_OF_PERSON: RuleRow<readonly string[]> = {
  id: 'speaker.person-possessor-not-speaker.noun-of-person',
  /** Nouns of a group of people that are not in the person-noun list (its plurals are read as well). */
  value: words('family relatives friends parents widow widower children colleagues neighbours neighbors'),
  reason:
    'Row speaker.person-possessor-not-speaker passes over a person named with a possessive before a noun for a person ("Jane Doe\'s family said"); the same relation written with "of" ("The family of Jane Doe said the hospital had failed her", "Relatives of the victim, Tom Price, said") gave the claim to the person the family belongs to (a fault left by stop 60). A lowercase noun for a person or a group of people (family, relatives, friends, widow, a person noun of the descriptor list or its plural) right before "of" and a person\'s name is the head of the subject: the name only says whose they are, and with no other person in the subject the speaker is the phrase as written.',
  examples: [
    { text: 'The family of Jane Doe said the hospital had failed her.', expect: 'family of Jane Doe' },
    { text: 'Friends of Tom Price said he had been in good spirits.', expect: 'Friends of Tom Price' },
    { text: 'The widow of Alan Marsh said she would sue the council.', expect: 'widow of Alan Marsh' },
    // Must leave: a person named after a title of a place, and a person alone.
    { text: 'Jane Doe said the hospital had failed her.', expect: 'Jane Doe' },
    { text: 'The mother of two, Jane Doe, said the hospital had failed her.', expect: 'Jane Doe' },
  ],
};

/**
 * Row cue.verb.relative-bare-object (claims/cues.ts): "Passengers who reported symptoms were moved"
 * — a cue inside a "who" relative on the sentence's opening noun, followed by a noun and the only
 * verb group left, takes that noun as its object; the verb group is the main clause's.
 */
export const RELATIVE_BARE_OBJECT: RuleRow<{ relatives: readonly string[]; maxObject: number; maxSubject: number }> = {
  id: 'cue.verb.relative-bare-object',
  value: { relatives: ['who'], maxObject: 4, maxSubject: 3 },
  reason:
    'A cue reads a bare clause after it ("said the plan would fail"). Inside a restrictive relative clause on the subject ("Passengers who reported symptoms were moved to another carriage", "Staff who raised concerns were ignored") the words after the cue are its object, and the verb after them is the main clause\'s: reading them as a content clause left the subject with no verb and made a claim of "Passengers" (a fault left by stop 60). When the cue follows "who" after the opening noun phrase (at most three words, no punctuation and no verb: "The council ignored farmers who said the dam would flood their fields" keeps its claim), at most four lowercase words and then a finite verb group follow, and no other finite verb follows that group, the cue makes no claim. "Passengers who said the train was late were moved" keeps its claim: a second verb ("were") follows the content clause.',
  examples: [
    { text: 'Passengers who reported symptoms were moved to another carriage.', expect: '' },
    { text: 'Residents who reported the leak were given new flats.', expect: '' },
    // Must leave: a content clause with the main verb after it, and a cue outside a relative.
    { text: 'Passengers who said the train was late were moved to a bus.', expect: 'said' },
    { text: 'Passengers reported symptoms were spreading.', expect: 'reported' },
  ],
};

/**
 * Row sentence.platform-letter-ends (tokenize/sentences.ts): "… one wrote on X. The singer's
 * mother said …" — the letter after "on" is the platform, not an initial; its full stop ends the
 * sentence before a common opener.
 */
export const PLATFORM_LETTER_ENDS: RuleRow<{ before: readonly string[]; openers: readonly string[] }> = {
  id: 'sentence.platform-letter-ends',
  value: {
    before: words('on to via'),
    openers: words('the a an this that these those it he she they we i his her their its but and in on at'),
  },
  reason:
    'A capital letter with a full stop is read as an initial ("John F. Kennedy"), which never ends a sentence. Since Twitter became X, news writes "wrote on X." and "posted to X." at the end of a sentence: \'"Take all the time you need," one wrote on X. The singer\\\'s mother, Diane Lorne, told the Sun …\' was one sentence, and the direct claim ran over the mother\'s indirect one (batch 138). A single capital letter with a full stop after a lowercase "on", "to" or "via" (an initial follows a name or opens one, never a bare preposition) ends the sentence when a common sentence opener follows it.',
  examples: [
    { text: '"Take all the time you need," one wrote on X. The singer\'s mother said she was tired.', expect: '2' },
    { text: 'The minister posted the letter to X. She said it was a mistake.', expect: '2' },
    // Must leave: an initial in a name, and a letter after a name.
    { text: 'John F. Kennedy said the plan would work.', expect: '1' },
    { text: 'The letter was signed by Anna K. The firm said it was hers.', expect: '1' },
  ],
};

/**
 * Row speaker.coordinated-verb.after-opening-adjunct.appositive-person (claims/claims.ts, widens
 * speaker.coordinated-verb.after-opening-adjunct): "After the match, the Chelsea captain, Reece
 * James, thanked fans and said …" — the person named in apposition to the description is the
 * speaker, not the body the description names.
 */
export const ADJUNCT_APPOSITIVE_PERSON: RuleRow<boolean> = {
  id: 'speaker.coordinated-verb.after-opening-adjunct.appositive-person',
  value: true,
  reason:
    'Past an opening adjunct ("After the match,", "In a statement,"), the subject of two coordinated verbs was read from its first noun phrase, so "After the match, the Chelsea captain, Reece James, thanked fans and said the team would recover" gave the speaker "the Chelsea captain" and the name of the body in it, Chelsea (a fault left by stop 60). When that noun phrase is closed by a comma and a person\'s name alone follows up to the next comma, the name in apposition is the speaker, as it is for "X, Name, said".',
  examples: [
    {
      text: 'After the match, the Chelsea captain, Reece James, thanked fans and said the team would recover.',
      expect: 'Reece James',
    },
    // Must leave: a possessed noun's name in apposition (the older row), and no name in apposition.
    {
      text: "In a statement, the trust's chief executive, Louise Barnett, apologised and said the delays were unacceptable.",
      expect: 'Louise Barnett',
    },
    { text: 'In a statement, the company apologised and said the delays were unacceptable.', expect: 'company' },
  ],
};

/**
 * Row claim.content.as-said.time-before-comma (claims/claims.ts): "As the minister said on Monday,
 * the rules are clear" — the time after the cue of an "as" clause is the saying's, not the content.
 */
export const AS_SAID_TIME: RuleRow<readonly string[]> = {
  id: 'claim.content.as-said.time-before-comma',
  value: words('as'),
  reason:
    'An "as" clause names a source and leaves the content to the rest of the sentence ("As the minister said, the rules are clear"); its content starts past the comma. A time after the cue ("As the minister said on Monday, the rules are clear", "The rules, as the minister said on Monday, are clear") kept "on Monday," as the start of the content (a fault left by stop 60). When the source follows "as" and a plain time (a day, "last week", "yesterday") runs from the cue to a comma, the content starts past that comma.',
  examples: [
    { text: 'As the minister said on Monday, the rules are clear.', expect: 'the rules are clear' },
    { text: 'The rules, as the minister said on Monday, are clear.', expect: 'are clear' },
    { text: 'As the mayor said last week, costs have doubled.', expect: 'costs have doubled' },
    // Must leave: no "as", and no time.
    { text: 'The minister said on Monday that the rules are clear.', expect: 'the rules are clear' },
    { text: 'As the minister said, the rules are clear.', expect: 'the rules are clear' },
  ],
};

/**
 * Row speaker.document-from.readout (claims/speaker.ts, widens speaker.document-from): "A readout
 * from the Australian prime minister's office said …" — an official's account of a meeting speaks
 * for whoever issued it.
 */
export const DOCUMENT_FROM_READOUT: RuleRow<readonly string[]> = {
  id: 'speaker.document-from.readout',
  value: words('readout readouts transcript summary communique communiqué account'),
  reason:
    'Row speaker.document-from reads "a statement from the ministry said" as the ministry, but only for the nouns of cue.document-saying; the account a government gives of a meeting was left as written: "A readout from the Australian prime minister\'s office said …" gave the speaker "readout from the Australian prime minister\'s office" (batch 138, talks between two governments). A readout, a transcript, a summary, a communiqué or an account right before "from" or "by" speaks for whoever issued it, as a statement does. These nouns are not cues of their own ("according to the transcript" is left to the older rows), so they only widen the issuer reading.',
  examples: [
    {
      text: "A readout from the Australian prime minister's office said the two leaders had discussed trade.",
      expect: "Australian prime minister's office",
    },
    { text: 'A summary from the ministry said the talks had been constructive.', expect: 'ministry' },
    // Must leave: a statement from a body, the older row.
    { text: 'A statement from the ministry said the talks had been constructive.', expect: 'ministry' },
  ],
};

/**
 * Row claim.content.relative-clause-ends.irregular-past (claims/relative-content.ts, widens
 * claim.content.relative-clause-ends): "The toll, which drivers said was too high, rose again" —
 * the main clause may resume with an irregular past.
 */
export const RELATIVE_ENDS_IRREGULAR: RuleRow<boolean> = {
  id: 'claim.content.relative-clause-ends.irregular-past',
  value: true,
  reason:
    'A cue inside a relative clause set off by commas reports up to the closing comma when the main clause resumes with a verb after it; the verb was read only as an auxiliary or a past in -ed, so "The toll, which drivers said was too high, rose again" kept "rose again" in the content (a fault left by stop 60). An irregular past of the list of claims-38 (rose, fell, went, began, won, …) after the comma resumes the main clause as well.',
  examples: [
    { text: 'The toll, which drivers said was too high, rose again.', expect: 'was too high' },
    { text: 'The plan, which critics said would fail, won the vote.', expect: 'would fail' },
    // Must leave: a past in -ed (the older row), and no relative clause.
    { text: 'The senator, who said the law was unfair, voted against it.', expect: 'the law was unfair' },
    {
      text: 'Drivers said the toll was too high, and it rose again.',
      expect: 'the toll was too high, and it rose again',
    },
  ],
};
