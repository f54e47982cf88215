/**
 * Rows for leftovers named after the blind-19 review (helper ents30c, issue #9). Each is a
 * construction of news writing, not a phrase of a batch. The rules that apply them are in
 * detect/leftover-rules-5.ts, called by applyNameRules right after the leftover-4 rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

export const CLUB_TOWN_MOVE_ROW: ListsRow<'draws' | 'joins' | 'signs' | 'moves'> = {
  id: 'sport.club-town-move-slot',
  value: {
    // "drew with X", "a 1-1 draw with X".
    draws: words('drew draw draws drawn drawing tied'),
    // "joined X".
    joins: words('joined joins joining rejoined rejoins'),
    // "signed for X", "played for X".
    signs: words('signed signs sign signing played plays playing scored scores'),
    // "moved to X", "loaned to X".
    moves: words('moved moves loaned transferred switched sold'),
  },
  reason:
    'sport.club-town-pair reads a club named by a word and its city ("Dynamo Kyiv", "Slavia Prague") where a side stands in a match sentence (after "beat", "at", "against", before "beat", "drew" or a score); a club is also named where a player moves or a side draws, and there the model reads the pair as a person ("drew with Slavia Prague", "joined Dynamo Kyiv from Metalist Kharkiv", "signed for Hertha Berlin"). In a sports report, a name of that shape (two or three capitalised words, the last a city the map knows, the first no word of the language, given name or place but a town: "Werder Bremen", "Sparta Prague") right after "joined", after "with" following a word of drawing, after "for" following "signed"/"played"/"scored", after "to" following "moved"/"loaned"/"transferred", or after "from" right behind a club so named, read by the model alone, is the club.',
  examples: [
    {
      text: 'The striker joined Dynamo Kyiv from Metalist Kharkiv in June. He scored twice on Sunday as his side won 3-1 in the league, and the coach praised him after the win.',
      expect: 'organization:Dynamo Kyiv | organization:Metalist Kharkiv',
    },
    {
      text: 'Jack London joined Ana Berlin for dinner, the novelist wrote.',
      expect: 'person:Jack London | person:Ana Berlin',
    },
  ],
};

export const PARK_SUBJECT_ROW: ListsRow<'heads' | 'auxiliaries' | 'verbs'> = {
  id: 'place.park-subject-closes',
  value: {
    heads: words('park gardens square common'),
    auxiliaries: words('would will could may might must is was were has had be been to remain remains stay'),
    verbs: words(
      'close closes closed closing reopen reopens reopened reopening open opens opened shut shuts flood floods flooded',
    ),
  },
  reason:
    'A park is often named after a person ("Victoria Park", "Albert Park"), and the model, seeing a given name before "Park", reads a person ("The festival director said Victoria Park would close"). person.role-place-surname makes "director, Linnea Park, said" a person; this row is the other sense. Two capitalised words read by the model alone as a person, the second "Park", "Gardens", "Square" or "Common", as the subject of a verb a place does and a person does not do to nothing ("close", "reopen", "flood", after at most two auxiliaries: "would close", "will be reopened"), with no object after the verb (not "Grace Park closed the deal"), and no other person in the document named with the same last word, are a place.',
  examples: [
    {
      text: 'The festival director said Victoria Park would close for a week after the concerts.',
      expect: 'place:Victoria Park',
    },
    {
      text: 'Grace Park closed the deal on Monday, her agent said.',
      expect: 'person:Grace Park',
    },
  ],
};

export const STATE_CHAMBER_RACE_ROW: ListsRow<'chambers' | 'after'> = {
  id: 'place.state-chamber-race',
  value: {
    chambers: words('house senate assembly'),
    after: words(
      'race races seat seats district districts contest contests primary primaries candidate candidates hopeful hopefuls',
    ),
  },
  reason:
    'US election copy writes a race by its state and chamber ("the Maine House race", "the Ohio Senate seat", "a Texas House district"): the state is the place, and the chamber, a common word of the phrase, names no body by itself here. The model reads "Maine House" as one organisation. A state or region the map knows and a capitalised "House", "Senate" or "Assembly" after it, read as one name by the model alone or unread, before "race", "seat", "district", "primary" or "candidate", are the place alone; not "the Ohio Senate passed the bill" (the chamber acting is the body).',
  examples: [
    {
      text: 'The Maine House race was the closest in the state, and the Ohio Senate seat went to Bernie Moreno.',
      expect: 'place:Maine | place:Ohio | person:Bernie Moreno',
    },
    {
      text: 'The Ohio Senate passed the bill on Tuesday.',
      expect: 'organization:Ohio Senate',
    },
  ],
};

export const POSSESSIVE_FIRM_ROW: ListsRow<'heads'> = {
  id: 'organisation.possessive-firm-head',
  value: {
    // Heads of firms named with a founder's possessive; no legal form ("McDonald's Corp"), no "Company".
    heads: words(`intelligence realty service services group holdings bank insurance partners capital
      securities investors associates management research register markets`),
  },
  reason:
    'Some firms carry a founder\'s or a coffee house\'s possessive in their name ("Lloyd\'s List Intelligence", "Sotheby\'s International Realty", "Moody\'s Investors Service"); the tagger reads "\'s" as the end of a name and keeps the possessor as a person ("Lloyd") or drops it. An owner before a second name is more common ("Musk\'s SpaceX", "Biden\'s White House", "Putin\'s United Russia party"), and what tells them apart is the possessor: there it is a person the document names (in full elsewhere, or read as one with confidence). One capitalised word before "\'s", unread or read by the model alone as a person below 0.5, no place the map knows and no word of another person of the document, followed by one to three capitalised words ending the name in a firm\'s head word ("Intelligence", "Realty", "Service", "Group", "Holdings", "Bank", "Partners"), none of them read as a person or a place, is one organisation with them.',
  examples: [
    {
      text: "Lloyd's List Intelligence said tanker rates rose 30% in a week.",
      expect: "organization:Lloyd's List Intelligence",
    },
    {
      text: "Elon Musk said on Monday that Musk's SpaceX Capital Group would raise $2 billion.",
      expect: 'person:Elon Musk | person:Musk | organization:SpaceX Capital Group',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_5: readonly RuleRow<unknown>[] = [
  CLUB_TOWN_MOVE_ROW,
  PARK_SUBJECT_ROW,
  STATE_CHAMBER_RACE_ROW,
  POSSESSIVE_FIRM_ROW,
];
