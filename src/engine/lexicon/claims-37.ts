/**
 * Rows of claims37 (issue #9): two known faults of claims on unseen news ("Police cannot confirm",
 * a closing tag whose adjunct holds a long name) and blind claim batch 95 (an election abroad, a
 * fraud trial, a governor's race, a health wire, a markets wire). Kept in a file of its own so a
 * merge with the other claims helpers is a union. claims-37.test.ts runs the examples through the
 * whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row speaker.subject.cannot-between (extends cue.adverb-between): "Police cannot confirm that …"
 * — the one-word negated modal stands between the subject and its cue like "can't" and "could not".
 */
export const CANNOT_BETWEEN: RuleRow<readonly string[]> = {
  id: 'speaker.subject.cannot-between',
  value: ['cannot'],
  reason:
    'Row cue.adverb-between lists the words that may stand between a subject and its cue, with the modals and their negations ("could", "couldn\'t", "can\'t", "won\'t", "not"), so "Police could not confirm that the fire was started deliberately" gives "Police". The one-word spelling "cannot" was missing: "Police cannot confirm that the two men were involved" gave the speaker "Police cannot", the modal read as part of the noun phrase. "cannot" is the same word as "can\'t" and "can not"; it stands where they stand. The claim itself is made or left as before (its cue and clause decide); only the speaker stops at the modal.',
  examples: [
    { text: 'Police cannot confirm that the two men were involved in the attack.', expect: 'Police' },
    { text: 'The ministry cannot confirm that the ship was carrying weapons.', expect: 'ministry' },
    // Must leave: "can't" and "could not" read as before.
    { text: "Police can't confirm that the two men were involved in the attack.", expect: 'Police' },
    { text: 'Police could not confirm that the fire was started deliberately.', expect: 'Police' },
  ],
};

/**
 * Row claim.tail.adjunct-name-one-word (extends claim.tail.adjunct-after-cue): "…, the company said
 * in a filing with the Securities and Exchange Commission." — a name inside the adjunct after a
 * closing tag counts as one word.
 */
export const ADJUNCT_NAME_ONE_WORD: RuleRow<null> = {
  id: 'claim.tail.adjunct-name-one-word',
  value: null,
  reason:
    'A closing tag ("…, the company said in a filing.") reports the clause before the comma when what follows the verb is only a short adjunct of at most six words (row claim.tail.adjunct-after-cue). "The packaged food maker now expects organic sales to grow 1% to 2% this year, …, the company said in a filing with the Securities and Exchange Commission." (batch 92) was cut to "in a filing with the Securities and Exchange Commission" as the content of "said", and the clause\'s own "expects" made a second claim of the one sentence: the regulator\'s name made the adjunct eight words. A name the mention layer found is one thing named, however many words it has: it now counts as one word of the adjunct, so "in a filing with the Securities and Exchange Commission" (five) is an adjunct and the clause before the comma is the content. An adjunct of many plain words, or one holding a clause, is still content.',
  examples: [
    {
      text: 'The bank will close 40 branches next year, the company said in a filing with the Securities and Exchange Commission.',
      expect: 'The bank will close 40 branches next year',
    },
    {
      text: 'The retailer now expects sales to fall this year, the company said in a letter to the Financial Conduct Authority.',
      expect: 'The retailer now expects sales to fall this year',
    },
    // Must leave: a clause after the name is what was said, read after the verb as before.
    {
      text: 'Sales fell, the company said in a filing with the Securities and Exchange Commission it had cut 400 jobs.',
      expect: 'in a filing with the Securities and Exchange Commission it had cut 400 jobs',
    },
  ],
};

/**
 * Row cue.verb.write.closing-tag (extends cue.verb.write): "…, the researchers wrote." — a verb of
 * writing that closes the sentence with its source reports the clause before the comma.
 */
export const WRITTEN_CLOSING_TAG: RuleRow<readonly string[]> = {
  id: 'cue.verb.write.closing-tag',
  /** Lemmas of row cue.verb.write that close a sentence as its tag. */
  value: ['write'],
  reason:
    'Row cue.verb.write takes a verb of writing only with a "that" clause or a quotation, since "wrote three novels" is an act. Science and markets wires close a sentence with the writers instead: "Those who took the drug, amlodipine, scored 18% better on memory tests than those given a placebo, the researchers wrote." and "…, analysts at Goldman Sachs wrote in a note." (batch 95) made no claim, while the same tag with "said" did. After a comma, a short source (the tag shape of row cue.final-tag: a few words or a name with its appositive) and "wrote" ending the sentence, or followed only by a short adjunct ("in a note", "in the journal Nature"), report the clause before the comma. "He wrote three novels" and "…, and she wrote a letter to the council" are left: an object follows the verb. The source is found as for "said" (row cue.final-tag): a name with its appositive closed by a comma ("…, Anna Berg, an economist at ABC Bank, wrote") is one source.',
  examples: [
    {
      text: 'Patients who took the drug scored 18% better on memory tests, the researchers wrote.',
      expect: 'wrote',
    },
    { text: 'Core prices probably rose 0.3% in January, analysts at Goldman Sachs wrote in a note.', expect: 'wrote' },
    // A name and its appositive before the verb, found by the closing tag's one subject search
    // (claims/cues.ts `tagSubjectComma`, claims38b review).
    {
      text: 'Core prices probably rose 0.3% in January, Anna Berg, an economist at ABC Bank, wrote in a note.',
      expect: 'wrote',
    },
    // Must leave: an object after the verb, and no comma before the source.
    { text: 'The council rejected the plan, and she wrote a letter to the mayor.', expect: '' },
    { text: 'The researchers wrote a report on the drug.', expect: '' },
  ],
};

/**
 * Row cue.verb.that-after-addressee (extends cue.verb.write and cue.verb.say's "that" window):
 * "wrote in a note to clients that …" — "to" after a document noun names the addressee, not an
 * infinitive.
 */
export const THAT_AFTER_ADDRESSEE: RuleRow<null> = {
  id: 'cue.verb.that-after-addressee',
  value: null,
  reason:
    'A verb\'s "that" clause may come a few words after it, past an adjunct ("said on Monday that"), but a "to" in those words stops the search, so that "know how to work that camera" is no clause. "Analysts at Goldman Sachs wrote in a note to clients that they expected core consumer prices to have risen 0.3%" (batch 95) lost "wrote" for that "to", and the clause\'s own "expected" gave the sentence to "they". Right after a document a source issues (row cue.document-saying: note, letter, statement, email, memo, message, filing …), "to" is a preposition that names who the document was sent to ("a note to clients", "a letter to shareholders"), so the search goes on to the "that". A "to" after any other word still stops it.',
  examples: [
    {
      text: 'Analysts at Goldman Sachs wrote in a note to clients that they expected prices to rise.',
      expect: 'Goldman Sachs',
    },
    {
      text: 'The chief executive wrote in a letter to shareholders that the company would cut 400 jobs.',
      expect: 'chief executive',
    },
    // Must leave: an infinitive in the window still stops the search.
    { text: 'She wrote a letter to ask the council for money that it did not have.', expect: '' },
    // Past the addressee, a relative "that" opens no report (lead, at the merge).
    { text: 'She posted a message to followers that was later deleted.', expect: '' },
  ],
};

/**
 * Row speaker.subject.place-modifier.trailing-time (extends the place modifier of "U.S. officials
 * said"): "U.S. officials on Monday said …" — the time between the people and the cue is no part
 * of the speaker, and the place still only modifies them.
 */
export const PLACE_MODIFIER_TRAILING_TIME: RuleRow<null> = {
  id: 'speaker.subject.place-modifier.trailing-time',
  value: null,
  reason:
    'A place before a lowercase head names where the people are from, not the source: "U.S. officials said" and "Texas prosecutors said" keep the people as written. The check read the last word of the noun phrase, so a time between the head and the cue ("U.S. officials on Monday said", "NEW YORK, March 4 (Reuters) - Federal prosecutors on Tuesday told jurors that …" in batch 95, where the tagger read "Federal" as a place) ended the phrase in a capitalised day, and the speaker became the place ("U.S.", "Federal") with the text "Federal prosecutors on Tuesday". The head is now read before such a trailing time (the "on Monday", "last week" that row speaker.trailing-time already cuts from a description written out), so the people speak and their text stops before the time. A person named after the place ("Texas Governor Greg Abbott on Monday said") still speaks.',
  examples: [
    { text: 'U.S. officials on Monday said the talks would resume next week.', expect: 'U.S. officials' },
    {
      text: 'Texas prosecutors on Tuesday told jurors that the executive lied to customers.',
      expect: 'Texas prosecutors',
    },
    // Must leave: a person named after the place, and a place with no time after the head.
    { text: 'Texas Governor Greg Abbott on Monday said the border would stay closed.', expect: 'Greg Abbott' },
    { text: 'Texas officials said the road would reopen.', expect: 'Texas officials' },
  ],
};
