/**
 * Fold rows 16 (helper ents26b, issue #9): error classes of the held-out training folds with a
 * general cause, and leftovers of the blind batches that the folds show too. detectMentions adds
 * the mentions of `name.compound-modifier` (detect/compound-modifiers.ts). Example texts are
 * written for the rows, not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const COMPOUND_MODIFIER_ROW: RuleRow = {
  id: 'name.compound-modifier',
  value: words(
    'based listed born bred backed led owned run funded sponsored made bound registered headquartered flagged focused centred centered controlled allied aligned linked affiliated rated inspired related style era',
  ),
  reason:
    'A place or a body named inside a hyphenated modifier ("the Almaty-based holding", "a New York-born actor", "Iran-backed groups", "a Hamas-run ministry") is a mention of its own, and GUM and our batches mark it without the hyphen and the participle; the tokenizer keeps the compound one word, so nothing was read. A capitalised word (with up to two capitalised words before it on the line) before a hyphen and one of these participles is a mention smaller than its token: of the type the article gives the same name elsewhere, else a place when the map knows it. Not a demonym ("Syrian-owned", "Saudi-led") nor a word the map and the article do not know ("Mutation-based").',
  examples: [
    {
      text: 'The Almaty-based holding Steppe Metals Group sells copper to China.',
      expect: 'place:Almaty | organization:Steppe Metals Group | place:China',
    },
    {
      text: 'Syrian-owned shops and Mutation-based tests were studied.',
      expect: '',
    },
  ],
};

export const FOLD_PATTERN_ROWS_16: readonly RuleRow<unknown>[] = [COMPOUND_MODIFIER_ROW];
