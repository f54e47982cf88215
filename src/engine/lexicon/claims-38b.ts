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
