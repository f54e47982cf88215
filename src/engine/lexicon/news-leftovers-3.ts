/**
 * Rows for the leftovers the notes named after the blind-18 review (helper ents29b, issue #9). Each
 * is a construction of news writing, not a phrase of a batch. The rules that apply them are in
 * detect/leftover-rules-3.ts, called by applyNameRules right after the blind-18 rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const COMPASS_SITE_ROW: ListsRow<'compass'> = {
  id: 'place.compass-site',
  value: {
    compass: words('north south east west central'),
  },
  reason:
    'Mining and energy copy names a deposit, a pit or a field by its place and a compass word ("Kamoa North", "Chambishi West", "Kakula West", "Rumaila North"); the model reads the pair as a body (the capital compass word is frequent at the end of firms\' units in its training) or as a person (a surname "West", "North"). Two capitalised words on the line, the second a compass word, the first no given name, no word of the language, no acronym and no place the map knows (a town with a compass word is read as a place already, and "Kanye West" is a person), read by the model as an organisation (whatever its confidence: the whole never names a firm the organisation list knows) or as a person below 0.5, are a place. Not where the pair is part of a longer name ("Kamoa North Holdings"), nor where the first word is a person the article names ("Oliver North" after "Oliver").',
  examples: [
    {
      text: 'Output at Kamoa North rose 12% in the quarter, the company said.',
      expect: 'place:Kamoa North',
    },
    {
      text: 'Kanye West said he would release the album in March.',
      expect: 'person:Kanye West',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_3: readonly RuleRow<unknown>[] = [COMPASS_SITE_ROW];
