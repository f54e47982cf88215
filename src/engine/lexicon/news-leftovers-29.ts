/**
 * Rows for the weak patterns issue #9 names, twenty-second round (helper ents63b, 7 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-53b.cases.ts, gold committed in
 * 18625c2f before the first run). The rules that apply them are in detect/leftover-rules-29.ts,
 * called by applyNameRules after the leftover-28 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const COMPLEMENT_CHAIN_ROW: RuleRow<Readonly<Record<'opens' | 'links' | 'fieldLinks', readonly string[]>>> = {
  id: 'organisation.complement-chain',
  value: {
    // The joiners that open a body's complement after its head, each before "the".
    opens: words('for of'),
    // The joiners that carry a complement on to a further name ("… of Competition", "… to Animals").
    links: words('of to'),
    // The joiner that pairs a last plural with the complement's plural ("… Highlands and Islands").
    fieldLinks: words('and'),
  },
  reason:
    'Long bodies name a head, "for the" or "of the", and a complement that runs on through a second joiner: "Commission for the Protection of Competition", "Royal Society for the Prevention of Cruelty to Animals", "Institute for the Study of War", "Agency for the Cooperation of Energy Regulators", "University of the Highlands and Islands". organisation.head-complement reads one complement of up to four capitalised words that no name owns and stops there; the model stops at the head, at the first complement ("University of the Highlands", "Royal Society for the Prevention") or reads nothing. A head of organisation.head-complement\'s list (or "University", "College"), capitalised, with up to three capitalised words before it on the line (not an opening "The", nor a word before a possessive: "Cyprus\'s Commission"), then "for the" or "of the", one to four capitalised words, and one to three links "of" or "to" with one to three capitalised words each, or, after a plural, a last "and" with one or two capitalised words ending in a plural that no rule read, the model read below 0.6 and the map does not know ("Highlands and Islands", "Arts and Sciences"), is one organisation over all of it, when no name inside is a person read by a rule or surely (0.9) by the model and no name runs past either end; after "of the" a place inside is the body\'s own place, no part of it read by a rule or at 0.6 ("the Supreme Court of the State of Hawaiʻi"). A complement with neither link is left to the older row; "and" before any other name ("… of Competition and Google agreed") ends the body.',
  examples: [
    {
      text: "Cyprus's Commission for the Protection of Competition fined the bank.",
      expect: 'place:Cyprus | organization:Commission for the Protection of Competition',
    },
    {
      text: 'Staff at the University of the Highlands and Islands voted to strike.',
      expect: 'organization:University of the Highlands and Islands',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_29: readonly RuleRow<unknown>[] = [COMPLEMENT_CHAIN_ROW];
