/**
 * Rows of claims60f (issue #9: claims in writing we did not invent). The claims folds' study-fold
 * errors counted by cause (README "Claims folds by cause, fifth round"), the third-person misses
 * read one by one and each family that a news report would hold probed on news sentences of our
 * own. Kept in a file of its own so a merge with the other claims helpers (claims60 writes
 * claims-50.ts) is a union; every id here holds a word of its own ("writing-verb", "extraposed",
 * "adverb-after-pronoun"). claims-50f.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row cue.verb.that-after-addressee.writing-verb (widens cue.verb.that-after-addressee of
 * claims-37.ts): "The union wrote to members that the strike would go ahead" — "to" right after a
 * verb of writing names who was written to, as it does after a document ("a letter to members").
 */
export const THAT_AFTER_WRITING_VERB: RuleRow<readonly string[]> = {
  id: 'cue.verb.that-after-addressee.writing-verb',
  value: ['wrote', 'write', 'writes', 'writing', 'written'],
  reason:
    'A "to" in the few words between a verb and its "that" stops the search for the clause ("know how to work that camera"), and only a document before it ("wrote in a letter to shareholders that …", row cue.verb.that-after-addressee) was read as naming an addressee. So "The union wrote to members that the strike would go ahead", "The head teacher wrote to parents on Friday that the school would close early" made no claim (a study-fold letter has the same shape with a verb of manner, "… screamed to me that some enemy was raiding …", left to a row of its own). Right after a form of "write", a "to" opening a noun phrase (a determiner, a capitalised word or a plural, as the older row asks) names the one written to, and the search goes on to the "that"; "wrote to ask …" (an infinitive) and a relative "that" past the addressee still make none.',
  examples: [
    { text: 'The union wrote to members that the strike would go ahead.', expect: 'The union' },
    {
      text: 'The head teacher wrote to parents on Friday that the school would close early.',
      expect: 'The head teacher',
    },
    { text: 'The minister wrote to MPs last week that the scheme had been paused.', expect: 'The minister' },
    // Must leave: an infinitive after "to", and a relative "that" past the addressee.
    { text: 'She wrote to ask the council for money that it did not have.', expect: '' },
    { text: 'He wrote to the council about a fence that had fallen down.', expect: '' },
  ],
};

/**
 * Row guard.base-form.extraposed-relative (widens guard.base-form, read with
 * speaker.subject.extraposed-relative of claims-49f.ts): "Graves have been uncovered that suggest
 * the site was used for centuries" — the base-form cue is the verb of the plural head the moved
 * relative clause stands for.
 */
export const BASE_FORM_EXTRAPOSED: RuleRow<null> = {
  id: 'guard.base-form.extraposed-relative',
  value: null,
  reason:
    'A base-form cue ("suggest", "say", "show") needs a modal, "to" or a plural subject right before it, and after a relative pronoun it found none, so "Graves have been uncovered that suggest the site was used for centuries" (a study-fold textbook: "graves have been uncovered that suggest humans were sacrificed") and "Emails were discovered which suggest the minister had been warned" made no claim, though speaker.subject.extraposed-relative (claims59f) already reads "Graves", "Emails" as the speaker. "Documents have been found that show …" made one only because "show" after a piece of evidence has a row of its own. When the "that"/"which" before the cue is such a moved relative (a verb of coming to light and a finite auxiliary before it, a plural or capitalised head before them), the plural head is the subject and the base form a verb.',
  examples: [
    { text: 'Graves have been uncovered that suggest the site was used for centuries.', expect: 'Graves' },
    { text: 'Emails were discovered which suggest the minister had been warned.', expect: 'Emails' },
    { text: 'Letters have emerged that suggest the bishop knew of the abuse.', expect: 'Letters' },
    // Must leave: no verb of coming to light before the relative.
    { text: 'The board approved a plan that suggest changes to the rota.', expect: '' },
  ],
};

/**
 * Row cue.progressive.clause.adverb-after-pronoun (widens cue.progressive.clause.past-verb of
 * claims-48f.ts): "Workers started saying they actually enjoyed coming to work" — an adverb may
 * stand between the clause's subject pronoun and its past verb.
 */
export const PAST_VERB_ADVERB_AFTER_PRONOUN: RuleRow<readonly string[]> = {
  id: 'cue.progressive.clause.adverb-after-pronoun',
  value: ['never', 'always', 'still', 'also', 'just', 'already', 'even', 'often', 'once', 'only', 'ever', 'then'],
  reason:
    'An -ing cue after "be" or a verb of beginning takes a bare clause when its verb follows within a few words, and a past form counted as that verb only right after a subject pronoun ("are saying they wanted a refund", row cue.progressive.clause.past-verb). A study-fold essay\'s "workers started saying they actually enjoyed coming to work" made no claim, nor do "Residents started saying they never received the letters" and "Parents are saying they still wanted a meeting". One adverb between the pronoun and the past form (a word in -ly or one of this closed list of adverbs of time and degree) keeps the clause; a noun or a second word there is left, as before.',
  examples: [
    { text: 'Workers started saying they actually enjoyed coming to work.', expect: 'Workers' },
    { text: 'Residents started saying they never received the letters.', expect: 'Residents' },
    { text: 'Parents are saying they still wanted a meeting with the head.', expect: 'Parents' },
    // Must leave: no clause after the -ing form.
    { text: 'Residents are saying prayers for the injured.', expect: '' },
  ],
};
