/**
 * Rows of claims39b (issue #9: claims on text the engine never saw, fourth round). Found on the
 * study folds of the claims folds (GUM's court hearings, textbooks, academic papers), written as
 * patterns of English that hold in news. Kept in a file of its own so a merge with the other
 * claims helpers is a union. claims-39b.test.ts runs the examples through the whole engine.
 */
import type { CueClass } from './claim-cues';
import type { RuleRow } from './rule-row';

/**
 * Row cue.verb.hold-that: "The Supreme Court held that the law was unconstitutional", "Critics
 * hold that the tax is unfair" — "hold" with a that-clause right after it states a ruling or a
 * view and attributes it to its holder.
 */
export const HOLD_THAT: RuleRow<CueClass> = {
  id: 'cue.verb.hold-that',
  value: { lemmas: ['hold'], complement: 'that' },
  reason:
    'Court reporting gives a ruling as "the court held that …" as often as "ruled that …" (row cue.verb.knowledge lists "rule"), and writing on ideas attributes a view with "X holds that …"; neither made a claim (a study-fold textbook: "non-realism holds that artistic beauty is not an independent property of artworks"). "hold" is mostly a verb of keeping or organising ("held talks that lasted all night", "held a rally that the mayor attended", "held that record for a decade"), so it is a cue only when "that" follows it at once (past an adverb: "held unanimously that") and opens a clause (an article, pronoun, name or number after it, or a noun and a finite verb), or after an aside between commas ("held, in a unanimous decision, that").',
  examples: [
    { text: 'The Supreme Court held that the law was unconstitutional.', expect: 'held' },
    { text: 'The appeals court held unanimously that the contract was void.', expect: 'held' },
    { text: 'Critics of the plan hold that it will raise rents.', expect: 'hold' },
    { text: 'The court held, in a unanimous decision, that states may ban the sale.', expect: 'held' },
    // Must leave: an object before "that", and "that" as a determiner.
    { text: 'The two sides held talks that the mayor attended.', expect: '' },
    { text: 'She held that record for a decade.', expect: '' },
    { text: 'Police held the suspect in a cell that had no window.', expect: '' },
  ],
};
