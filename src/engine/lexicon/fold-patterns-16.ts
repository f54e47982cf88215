/**
 * Fold rows 16 (helper ents26b, issue #9): error classes of the held-out training folds with a
 * general cause, and leftovers of the blind batches that the folds show too. The rules are in
 * detect/fold-rules-16.ts; applyNameRules calls `applyFoldPatternRows16` right after the fold-15
 * rows, and detectMentions adds the mentions of `name.compound-modifier`. Example texts are
 * written for the rows, not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const COMPOUND_MODIFIER_ROW: RuleRow = {
  id: 'name.compound-modifier',
  value: words(
    'based listed born bred backed led owned run funded sponsored made bound registered headquartered flagged focused centred centered controlled allied aligned linked affiliated rated inspired related style era area',
  ),
  reason:
    'A place or a body named inside a hyphenated modifier ("the Almaty-based holding", "a New York-born actor", "Iran-backed groups", "a Hamas-run ministry") is a mention of its own, and GUM and our batches mark it without the hyphen and the participle; the tokenizer keeps the compound one word, so nothing was read. A capitalised word (with up to two capitalised words before it on the line) before a hyphen and one of these participles is a mention smaller than its token: of the type the article gives the same name elsewhere, else a place when the map knows it. Not a demonym ("Syrian-owned", "Saudi-led") nor a word the map and the article do not know ("Mutation-based").',
  examples: [
    {
      text: 'The Almaty-based holding Steppe Metals Group sells copper to China.',
      expect: 'place:Almaty | organization:Steppe Metals Group | place:China',
    },
    {
      text: 'She represents a Tucson-area district in Congress.',
      expect: 'place:Tucson | organization:Congress',
    },
    {
      text: 'Syrian-owned shops and Mutation-based tests were studied.',
      expect: '',
    },
  ],
};

export const ACRONYM_EXTENDS_NAME_ROW: RuleRow = {
  id: 'organisation.acronym-extends-name',
  value: words('in of for and on'),
  reason:
    'A long agency name runs through "in", "for" or "and" into a place or another name ("Board of Control for Cricket in India", "Centre for Science and Environment"), and the model often ends it before that word, leaving the place as a place. Where the acronym in brackets right after spells the initials of the longer run and not of the shorter name, the acronym says where the name ends: an organisation, one of these words and one to three capitalised words, then "(" and an acronym written with the initials of all the words but the small ones, are one organisation.',
  examples: [
    {
      text: 'The Board of Control for Cricket in India (BCCI) said the player was fit.',
      expect: 'organization:Board of Control for Cricket in India | organization:BCCI',
    },
    {
      text: 'The World Health Organization in Geneva (WHO) said so.',
      expect: 'organization:World Health Organization | place:Geneva | organization:WHO',
    },
  ],
};

export const UNSURE_BODY_PLACE_ROW: RuleRow<Readonly<Record<'before' | 'people' | 'notAfter', readonly string[]>>> = {
  id: 'place.unsure-body-by-place-words',
  value: {
    // Prepositions of place before the name.
    before: words('at in to near outside from across around inside'),
    // A place's people named by what they do there ("Manhattan prosecutors").
    people: words('prosecutors police residents officials voters authorities lawmakers firefighters'),
    // Verbs of a side's travel: "Leeds travel to Brentford" names the club.
    notAfter: words('travel travels travelled traveled travelling traveling go goes went head heads headed'),
  },
  reason:
    'A city or venue with nothing around it to type it is read by the model as an organisation or a place with about the same weight ("flooding near Leeds", "Manhattan prosecutors charge three"). The words beside it decide: a one-word name the model reads as an organisation below 0.5, with its place reading within 0.1 of it, right after a preposition of place (not after a side\'s "travel to") or right before a plural noun of a place\'s people, is a place when the map knows it as one (an unknown word after "at" or "from" is as often a college or a firm: "studied at Cornell"). Not in a sports report ("heavy defeat at Genoa", "lost 2-0 at Leeds": the club is meant as often).',
  examples: [
    {
      text: 'Manhattan prosecutors charged three men on Monday.',
      expect: 'place:Manhattan',
    },
    {
      text: 'He studied Operations Research at Cornell.',
      expect: 'organization:Cornell',
    },
  ],
};

export const FOLD_PATTERN_ROWS_16: readonly RuleRow<unknown>[] = [
  COMPOUND_MODIFIER_ROW,
  ACRONYM_EXTENDS_NAME_ROW,
  UNSURE_BODY_PLACE_ROW,
];
