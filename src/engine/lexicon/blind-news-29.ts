/**
 * Rows from the blind entity batches 86 and 87 (5 Dec 2026, helper ents40a; the batches are in
 * detect/news-entities-86.cases.ts). Batch 88 was written with them and is never fixed against (its
 * errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-29.ts, called by applyNameRules
 * after the rows of batches 83 and 84. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const CUT_AFTER_JOINER_ROW: RuleRow<readonly string[]> = {
  id: 'organisation.cut-after-joiner',
  value: words('of for de del des du'),
  reason:
    'A name never ends in the word that joins a body\'s head to what it is of or for ("School of", "Institute for", "Banco de"). When a rule or the model cut a long name there, most often at an ampersand inside it ("the London School of | Hygiene & Tropical Medicine"), the two pieces are one organisation: an organisation whose last word is one of these joiners, right before another name that is no person (or before capitalised words no name owns, up to four), runs on through it.',
  examples: [
    {
      text: 'A researcher at the Halden School of Mining & Earth Sciences said the data were sound.',
      expect: 'organization:Halden School of Mining & Earth Sciences',
    },
  ],
};

export const PAREN_SHORT_FORM_ROW: RuleRow<number> = {
  id: 'organisation.paren-short-form',
  // The most words the short form in the brackets may have.
  value: 3,
  reason:
    'A body is often named in full and then by its short form in brackets, and a short form need not be one acronym: "the Delft University of Technology (TU Delft)", "the Swiss Federal Institute of Technology (ETH Zurich)". Two or three capitalised words alone in brackets right after an organisation, each a word of the organisation\'s own name or an acronym whose letters are initials of its words (in any order: the short form may come from another language), at least one of them a word of the name, are the same organisation, not a person or a place. "Africa CDC" after "the Africa Development Bank" is another body (organisation.acronym-alias-pair leaves it).',
  examples: [
    {
      text: 'The Harwick University of Science (HU Harwick) said on Monday that it would cut fees.',
      expect: 'organization:Harwick University of Science | organization:HU Harwick',
    },
  ],
};

export const FULL_NAME_TAIL_ROW: RuleRow<number> = {
  id: 'person.full-name-tail',
  // The fewest words the shorter reading must keep.
  value: 2,
  reason:
    'People with two surnames or two given names ("María Teresa Solís Arrieta") are named in full again further on, and the model may stop one word short there, leaving the last surname out. A person read as the first two or more words of a person this text names in full, right before the rest of that name written the same way, is that whole person.',
  examples: [
    {
      text: 'Ana Lucía Ferrer Batlle was born in Girona. A prize in memory of Ana Lucía Ferrer Batlle was set up in 2020.',
      expect: 'person:Ana Lucía Ferrer Batlle | place:Girona | person:Ana Lucía Ferrer Batlle',
    },
  ],
};

export const COUNSEL_AS_ROW: RuleRow<Readonly<Record<'roles' | 'owners', readonly string[]>>> = {
  id: 'organisation.counsel-as',
  value: {
    // What a firm acts as in a deal, after "as" (with "its"/"their" or not).
    roles: [
      'legal counsel',
      'legal adviser',
      'legal advisers',
      'legal advisor',
      'legal advisors',
      'lawyers',
      'counsel',
    ],
    owners: words('its their the'),
  },
  reason:
    'Deal wires name the law firms by what they act as: "with Uría Menéndez as legal counsel", "and Kromann Reumert acted as its lawyers". Firms are named after their founders, so the model reads two surnames as a person. One to four capitalised words right after "with" and right before "as (its/their) legal counsel/legal advisers/lawyers/counsel", or opening a clause right before "acted as" one of these, are a firm, an ampersand inside them too; not when the first word is a given name ("with John Hart as legal counsel" is a lawyer), nor a place or a body already read.',
  examples: [
    {
      text: 'Banks advised the buyer, with Ostrava Klement as legal counsel, and Fenwick Varga acted as its lawyers.',
      expect: 'organization:Ostrava Klement | organization:Fenwick Varga',
    },
  ],
};

export const VENUE_UNREAD_ROW: RuleRow<number> = {
  id: 'place.venue-unread',
  // The most capitalised words before the venue word.
  value: 3,
  reason:
    'Grounds named after a sponsor or a place with a Dutch or Scandinavian word for stadium ("the Philips Stadion", "the Eleda Stadion") are left unread by the model when it knows the first word as a company or has never seen the second. After "the", one to three capitalised words that no name owns, ending in a venue word of place.venue-head ("Stadion", "Stadium", "Ground", "Airport", "Courthouse"), are the place.',
  examples: [
    {
      text: 'The crowd at the Halmark Stadion on Sunday was the largest of the season.',
      expect: 'place:Halmark Stadion',
    },
  ],
};

export const BLIND_NEWS_ROWS_29: readonly RuleRow<unknown>[] = [
  CUT_AFTER_JOINER_ROW,
  PAREN_SHORT_FORM_ROW,
  FULL_NAME_TAIL_ROW,
  COUNSEL_AS_ROW,
  VENUE_UNREAD_ROW,
];
