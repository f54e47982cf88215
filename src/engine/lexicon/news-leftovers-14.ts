/**
 * Rows for the weak patterns issue #9 names, seventh round (helper ents38b, 5 Dec 2026), each found
 * failing on probe texts of our own (detect/lexicon-gaps-38b.cases.ts, gold committed before the
 * first run). The rules that apply them are in detect/leftover-rules-14.ts, called by
 * applyNameRules after the leftover-12 rows.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const ABBREVIATED_OFFICE_ROW: RuleRow<{ titles: readonly string[]; before: readonly string[] }> = {
  id: 'title.abbreviated-office',
  value: {
    // Written exactly so: "PM" in capitals, "Adm" with or without its full stop.
    titles: words('PM Adm Adm.'),
    // Words before a lone "PM" that make it the office, not a name ("The PM said", "the PM's").
    before: words('the a our their his her its'),
  },
  reason:
    'Headlines and wires shorten the prime minister to "PM" and an admiral to "Adm." before the name ("Deputy PM Tomas Varga", "Adm. Samuel Okoro"); the title stays out of the span (../shared/eval/README). The title lists are features of the committed tagger model, so the words cannot join them without a retrain (ents37b\'s change was taken back at the merge); the model takes "PM" into the person or reads the pair as a body. A name that opens with one of these, written so, with a capitalised word after it, is a person starting after the title, when the model read a person or the word after the title is a given name ("PM Giorgia Meloni" read as one body); a body named so is left ("the PM Society"). "PM" alone after a number is the time of day ("at 5 PM") and after an article or a possessive the office ("The PM said"): no name.',
  examples: [
    { text: 'Deputy PM Tomas Varga resigned on Friday.', expect: 'person:Tomas Varga' },
    { text: 'The meeting starts at 5 PM on Friday in Dublin.', expect: 'place:Dublin' },
  ],
};

export const NEWS_LEFTOVER_ROWS_14: readonly RuleRow<unknown>[] = [ABBREVIATED_OFFICE_ROW];
