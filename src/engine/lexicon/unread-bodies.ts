/**
 * Rows for public bodies the model misses whole (the lead's reading of an invented Wikinews
 * politics brief at stop 52): "before the Constitutional Tribunal". Applied by detect/unread-bodies.ts.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const THE_MODIFIED_HEAD_ROW: RuleRow<{ heads: readonly string[]; maxModifiers: number }> = {
  id: 'organisation.the-modified-head-unread',
  value: {
    heads: words(`
      tribunal court commission council assembly senate parliament congress agency authority committee
      ministry inspectorate directorate ombudsman registry secretariat junta
    `),
    maxModifiers: 2,
  },
  reason:
    'Reports name a country\'s courts and public bodies by a capitalised adjective and a head: "would challenge it before the Constitutional Tribunal", "the Electoral Tribunal ruled", "the Fiscal Council warned". A pairing the model has not met is missed whole (no reading at all for "Constitutional Tribunal"). One or two capitalised words and one of these heads, capitalised, right after a lowercase "the" in running text (not opening a line, no name holding any of them, no capitalised word after the head: a title-case headline or a longer name), with a lowercase word or punctuation after them, are an organisation. The modifiers are no name the map knows as a place and no given name ("the Lima Court" and "the Maria Council" are left to the model).',
  examples: [
    {
      text: 'His lawyer said he would challenge the vote before the Constitutional Tribunal on Monday.',
      expect: 'organization:Constitutional Tribunal',
    },
    // Must leave: a headline, a place modifier, a lowercase head.
    { text: 'The ruling went to the constitutional tribunal.', expect: '' },
  ],
};
