/**
 * Rows for three leftovers other helpers saw on unseen news (helper ents29c, issue #9). Each is a
 * construction of news writing, not a phrase of a batch. The rules that apply them are in
 * detect/leftover-rules-4.ts, called by applyNameRules right after the blind-19 rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const ROLE_PLACE_SURNAME_ROW: ListsRow<'surnames' | 'saying'> = {
  id: 'person.role-place-surname',
  value: {
    saying: words('said says told added announced explained wrote'),
    surnames: words(
      'park parks hill hills field fields wood woods street lane ford brook brooks bridge bridges green hall church castle marsh moor',
    ),
  },
  reason:
    'Many English surnames are words for a kind of place ("Park", "Hill", "Field", "Wood", "Street", "Brook"), and a given name the name lists lack ("Linnea", "Maren") before one reads as a park or a body: "The elections director, Linnea Park, said" lost the person, and a later "She said" found no woman. Two capitalised words on the line, the second such a word, the first no word of the language and no place the map knows, read as a place or an organisation, right after a noun for a person\'s role ("director", "spokeswoman", "manager") — set off by a comma or not — and followed by a comma or a verb of saying, are a person. Not a park named alone ("Voters gathered in Central Park", "Hyde Park said the gates would close"): no role noun stands before it.',
  examples: [
    {
      text: 'The county elections director, Linnea Park, said turnout was high.',
      expect: 'person:Linnea Park',
    },
    {
      text: 'Hyde Park said the gates would close at dusk.',
      expect: 'place:Hyde Park',
    },
  ],
};

export const SECTOR_PLACE_BODY_ROW: ListsRow<'sectors'> = {
  id: 'org.sector-place-body',
  value: {
    sectors: words(
      'tourism sport transport education health heritage forestry fisheries water energy arts housing culture events skills elections statistics parks',
    ),
  },
  reason:
    'A public body is often named by its sector and then its state or country: "Tourism Tasmania", "Tourism Australia", "Sport England", "Transport Scotland", "Education Queensland", "Health Canada"; and Canada\'s and the Nordic countries\' election and statistics offices and park services ("Elections Ontario", "Statistics Norway", "Parks Canada"; ents36a, blind batch 74). The model reads the place alone, or the pair as a person. A capitalised sector word right before a country or region the map knows, on one line, is an organisation with it. Not where a word or a mark stands between ("Tourism in Tasmania rose"), nor before a city.',
  examples: [
    {
      text: 'Elections Ontario said turnout was 44 per cent, and Statistics Norway said prices rose.',
      expect: 'organization:Elections Ontario | organization:Statistics Norway',
    },
    {
      text: 'Tourism Tasmania said visitor numbers rose 8% last year.',
      expect: 'organization:Tourism Tasmania',
    },
    {
      text: 'Tourism in Tasmania rose 8% last year, the state said.',
      expect: 'place:Tasmania',
    },
  ],
};

export const CLUB_WORD_UNREAD_ROW: RuleRow<null> = {
  id: 'sport.club-word-unread',
  value: null,
  reason:
    'A club of a word of its own and its city ("Hertha Berlin", "Holstein Kiel") where the model read the city alone as a place and left the first word unread: the sport rules (sport.county-side, sport.club-town-pair) then make the city the side, and "Hertha Berlin beat Mainz" named "Berlin". A one-word side a sport rule decided, a place the map knows, right after a capitalised word on the line that no name holds — no word of the language, no given name, no month or weekday, no place itself — is a side of both words.',
  examples: [
    {
      text: 'Hertha Berlin beat Mainz 2-1 on Saturday. The striker scored twice in the second half.',
      expect: 'organization:Hertha Berlin | organization:Mainz',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_4: readonly RuleRow<unknown>[] = [
  ROLE_PLACE_SURNAME_ROW,
  SECTOR_PLACE_BODY_ROW,
  CLUB_WORD_UNREAD_ROW,
];
