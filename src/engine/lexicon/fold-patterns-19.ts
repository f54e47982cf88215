/**
 * Fold rows 19 (helper ents36c, issue #9): general causes found in the errors of the study folds
 * (0–2, `folds.ts --study`) of the GUM interview, bio, court and academic documents; the check
 * folds (3–4) are read by their totals only. The rules are in detect/fold-rules-19.ts;
 * applyNameRules calls `applyFoldPatternRows19` right after the fold-18 rows. Example texts are
 * written for the rows, not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const OPENING_CONJUNCTION_ROW: RuleRow = {
  id: 'name.opening-conjunction',
  value: words('while though although yet whereas when whenever after before since because unless until if but'),
  reason:
    'A sentence that opens with a conjunction or a linking adverb right before a name ("While Poisson\'s report was late", "Yet Okafor said") gives the model two capitalised words in a row, and it may read both as the name. These words open clauses; no name starts with one of them. The word is dropped from a name of two words or more that opens the sentence with it, and the rest keeps its type.',
  examples: [
    {
      text: "The review took a year. While Poisson's report was late, the board accepted it.",
      expect: 'person:Poisson',
    },
    {
      text: 'The mayor spoke first. Yet Okafor said nothing about the plan.',
      expect: 'person:Okafor',
    },
  ],
};

export const FOLD_PATTERN_ROWS_19: readonly RuleRow<unknown>[] = [OPENING_CONJUNCTION_ROW];
