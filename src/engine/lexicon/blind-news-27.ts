/**
 * Rows from the blind entity batches 80 and 81 (5 Dec 2026, helper ents38a; the batches are in
 * detect/news-entities-80.cases.ts). Batch 82 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-27.ts, called by applyNameRules
 * after the rows of batches 77 and 78. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const SHEIKH_INSIDE_NAME_ROW: ListsRow<'middles'> = {
  id: 'person.sheikh-inside-name',
  value: {
    // The ways the word is spelled inside Somali, Sudanese and Gulf names.
    middles: words('sheikh shaikh sheekh'),
  },
  reason:
    'Somali and Sudanese names often carry "Sheikh" between the given name and the father\'s name: "Hassan Sheikh Mohamud", "Ahmed Sheikh Ali Farah". The model, knowing the word as a title, cuts the name at it (the given name with "Sheikh" as one person and the father\'s name as another) or drops the given name before it. A given name (capitalised, on the line: one the lexicon knows, or one the model read as a person together with "Sheikh") right before "Sheikh", and a person\'s name right after it, are one person from the given name to the end of that name. A title word before "Sheikh" ("Emir Sheikh Tamim", "Crown Prince Sheikh Mishal") or a place ("Dubai\'s Sheikh Mohammed") is no given name and is left to the title rows.',
  examples: [
    {
      text: 'President Hassan Sheikh Mohamud met donors in Mogadishu on Monday.',
      expect: 'person:Hassan Sheikh Mohamud | place:Mogadishu',
    },
    {
      text: 'Emir Sheikh Tamim bin Hamad Al Thani spoke in Doha.',
      expect: 'person:Tamim bin Hamad Al Thani | place:Doha',
    },
  ],
};

export const BLIND_NEWS_ROWS_27: readonly RuleRow<unknown>[] = [SHEIKH_INSIDE_NAME_ROW];
