/**
 * Fold rows 18 (helper ents28b, issue #9): error classes with a general cause from the held-out
 * training folds (both seeds) and the leftovers of batches that may be read (52 stays blind).
 * The rules are in detect/fold-rules-18.ts; applyNameRules calls `applyFoldPatternRows18` right
 * after the fold-17 rows. Example texts are written for the rows, not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const SEA_ALONE_ROW: ListsRow<'kinds' | 'determiners' | 'directions'> = {
  id: 'place.sea-without-kind',
  value: {
    kinds: words('Sea Ocean'),
    determiners: words('the'),
    directions: words('north south east west northern southern eastern western'),
  },
  reason:
    'Reports name a sea by its first word alone after "the": "tankers seen on the Baltic on Tuesday", "in the Baltic and the North Sea". The word is also an adjective ("the Baltic states", "Baltic" is on the demonym list), so the model and the demonym guards read nothing. A capitalised word no name covers, right after a lowercase "the", that the map knows as a sea or an ocean with "Sea" or "Ocean" after it ("Baltic Sea"), is a place when the phrase ends there: punctuation, a function word or the end of the text after it — not a noun ("the Baltic states", "the Baltic coast"), and not a word of the language ("the Red") or a direction ("the North": a region, not the North Sea).',
  examples: [
    {
      text: 'The tankers were seen on the Baltic on Tuesday, and Sweden shadowed them in the Baltic.',
      expect: 'place:Baltic | place:Sweden | place:Baltic',
    },
    {
      text: 'The Baltic states protested, and ships left the Baltic coast.',
      expect: '',
    },
  ],
};

export const FOLD_PATTERN_ROWS_18: readonly RuleRow<unknown>[] = [SEA_ALONE_ROW];
