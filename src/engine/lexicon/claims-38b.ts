/**
 * Rows of claims38b (issue #9: claims on text the engine never saw, third round). Found on the
 * study folds of the claims folds (GUM's academic papers, interviews, court hearings, speeches),
 * written as patterns of English that hold in news. Kept in a file of its own so a merge with the
 * other claims helpers is a union. claims-38b.test.ts runs the examples through the whole engine.
 */
import type { RuleRow } from './rule-row';

/**
 * Row guard.base-form.plural-data (extends guard.base-form and guard.base-form.plural-head's
 * plurals without -s): "The data suggest that …" — "data" is a plural subject, so the base form
 * after it is its verb.
 */
export const PLURAL_DATA: RuleRow<readonly string[]> = {
  id: 'guard.base-form.plural-data',
  value: ['data', 'criteria'],
  reason:
    'A base form that is also a noun ("suggest", "report", "warn", "think") is a verb only after a plural, a modal or "to" (row guard.base-form); the plural is known by its -s or by row guard.base-form.plural-head\'s list of plurals without one ("people", "police", "staff"). "data" and "criteria" are plurals in science and statistics writing, and wires keep that agreement in reports of studies and official figures: "The data suggest that the drug works", "Preliminary data suggest that the variant spreads faster" made no claim, while "The figures suggest that …" and the singular "The data suggests that …" did (the study folds\' academic papers). After these words, with "that" opening a clause right after the verb, the base form is the verb. "data" before a noun is a compound ("a data report that was leaked", "the data note that came with it"): no clause follows, so nothing is made.',
  examples: [
    { text: 'The data suggest that the drug works in older patients.', expect: 'suggest' },
    { text: 'Preliminary data suggest that the new variant spreads faster.', expect: 'suggest' },
    // Must leave: a compound noun, and a relative "that" after it.
    { text: 'The data report that was leaked to reporters ran to 40 pages.', expect: '' },
    { text: 'The data note that came with the survey was brief.', expect: '' },
  ],
};

/**
 * Row cue.demonstrative-subject (narrows guard.determiner-before): "This suggests that …" — "this"
 * standing alone before a cue's -s form is its subject, not a determiner.
 */
export const DEMONSTRATIVE_SUBJECT: RuleRow<readonly string[]> = {
  id: 'cue.demonstrative-subject',
  value: ['this'],
  reason:
    'After a determiner a cue word is read as a noun ("this report", "the claims"), and "this" is among the determiners (row guard.determiner-before). But "this" is singular, so a word in -s after it is no plural noun: it is a verb, and "this" a pronoun standing for what was just said. "This suggests that the recovery is slowing", "This proves that the plan worked" made no claim, while "That suggests …" and "It suggests …" did (the study folds\' academic papers and court hearings: "This suggests that their results could be partially explained …"). Only with "that" opening a clause right after the verb, and not a word in -ss ("this address"); the speaker is "this" as written, as "that" and "it" are.',
  examples: [
    { text: 'This suggests that the recovery is slowing.', expect: 'suggests' },
    { text: 'This proves that the plan worked.', expect: 'proves' },
    // Must leave: "this" before a noun, and a verb with no clause.
    { text: 'This report that the council published was brief.', expect: '' },
    { text: 'This shows the scale of the damage.', expect: '' },
  ],
};
