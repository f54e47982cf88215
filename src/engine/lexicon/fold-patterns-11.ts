/**
 * Rows for error classes of the held-out fold documents (2 Dec 2026, helper ents19b, issue #9):
 * people the fold models read as an organisation, a place or nothing although a word that only
 * ever describes a person stands right beside the name. Kept in their own file so they merge
 * cleanly with rows added in parallel; the rules that apply them are in detect/fold-rules-11.ts,
 * called by applyNameRules after the blind-news-10 and leftover rows, before the review rows.
 */
import type { RuleRow } from './rule-row';

/** Rows whose value is a few word lists. */
type ListsRow<K extends string> = RuleRow<Readonly<Record<K, readonly string[]>>>;

const words = (s: string) => s.trim().split(/\s+/);

/** Nouns that describe only a person: kin, friends, trades and callings (singular and plural). */
const PERSON_NOUNS = words(`
  daughter daughters son sons wife husband brother brothers sister sisters father mother uncle aunt
  cousin nephew niece grandson granddaughter grandfather grandmother stepson stepdaughter fiancé
  fiancée widow widower friend friends classmate classmates colleague colleagues
  billionaire billionaires tycoon magnate businessman businesswoman entrepreneur boss
  lawyer attorney barrister solicitor physician doctor surgeon nurse pharmacist
  cellist violinist pianist guitarist drummer composer conductor singer songwriter rapper rappers
  comedian actor actress filmmaker photographer painter sculptor playwright poet novelist writer
  author journalist columnist mathematician physicist chemist biologist astronomer economist
  historian philosopher theologian scientist researcher farmer fisherman activist campaigner
  blogger priest monk nun chef architect engineer inventor explorer pilot banker analyst
`);

export const DESCRIPTOR_BEFORE_NAME_ROW: ListsRow<'nouns' | 'particles' | 'dates'> = {
  id: 'person.descriptor-before-name',
  value: {
    nouns: PERSON_NOUNS,
    particles: words('de van von der den da di du del dos bin ibn al el ter le la'),
    dates: words(
      'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December',
    ),
  },
  reason:
    'Biographies and news name a person right after a word that only describes a person: kin, a friend, a trade ("his friend Auguste Chevalier", "the physician Yang Buwei", "billionaire Aliko Dangote", "Former Heineken boss Jean-François van Boxmeer", "the cellist Willem de Graaf"). A model that does not know the name reads an organisation, a place or nothing (8 such names in the held-out folds of seed 20240611, which this row now reads right, and 3 later mentions of one of them). Two to four capitalised words (a lowercase particle between allowed) right after one of these nouns are a person, when no longer name runs past them; a day or a month ends the name ("writer Aner Shalev Wednesday, September 19"). Not a known organisation or place, not a name with an organisation\'s tail word ("the analyst Morningstar Research Group"), not a name whose first word is a place the map knows and no given name ("the striker Manchester United signed"), not a name another row decided ("her colleague Amnesty International": a known name), and not a name the model reads as an organisation or a place with confidence.',
  examples: [
    {
      text: 'He married the physician Yang Buwei in 1920. Her friend Tshering Penjor kept the letters.',
      expect: 'person:Yang Buwei | person:Tshering Penjor',
    },
    {
      text: 'The striker Manchester United signed in May scored twice. The analyst Morningstar Research Group cut its rating.',
      expect: 'organization:Manchester United | organization:Morningstar Research Group',
    },
  ],
};

export const NAME_THEN_PERSON_APPOSITION_ROW: ListsRow<
  'relatives' | 'determiners' | 'nouns' | 'locatives' | 'reports'
> = {
  id: 'person.name-then-person-apposition',
  value: {
    relatives: ['who'],
    determiners: ['a', 'an', 'the', 'his', 'her', 'their'],
    // ents36b: heads of a body too ("Ngozi Okonjo-Iweala, the head of the World Trade Organization,").
    nouns: [
      ...PERSON_NOUNS,
      ...words(
        'spokesman spokeswoman spokesperson chief teacher student official head president director chairman chairwoman',
      ),
    ],
    locatives: words('in at from near of to into across outside around inside'),
    // Review (ents28b): ", a spokesman said," attributes the sentence ("Scotland Yard, a spokesman said, has …").
    reports: words('said says told added'),
  },
  reason:
    'News introduces an unfamiliar person by the name and a comma, then "who" or an apposition saying what the person does ("Sonam Choden, who runs a shop, said", "Tshering Penjor, a farmer, lost his crops", "Chen Wei-ling, an analyst at …", "Ngozi Okonjo-Iweala, the WTO chief, warned"); the model, meeting the name first, often at the start of a sentence, reads nothing or a place (3 such names in the held-out folds of seed 20240611, which this row now reads right). Two to four capitalised words (a lowercase particle between allowed) before a comma and "who" (only when the model read a place or nothing: "Manchester United, who won" is a club), or a determiner and, within five words and before the next punctuation, one of the person nouns, are a person. Not after a preposition of where ("residents of Spring Valley, who"; also one opening the sentence, review ents28b: "In Wad Madani, a doctor at the hospital said"), not before a verb of saying right after the noun ("Scotland Yard, a spokesman said, has opened an inquiry": an attribution), not a known organisation or place, not a name with an organisation\'s tail word, and not a name the model reads as an organisation or a place with confidence.',
  examples: [
    {
      text: 'Floods hit the valley on Monday. Dorji Wangmo, who runs a shop, said the water rose at night.',
      expect: 'person:Dorji Wangmo',
    },
    {
      text: 'Voters in Spring Valley, who backed the levy, were angry. Goldman Sachs, the bank, said profits rose.',
      expect: 'place:Spring Valley | organization:Goldman Sachs',
    },
  ],
};

/** Every row of this file, for the tests that run their examples. */
export const FOLD_PATTERN_ROWS_11: readonly RuleRow<unknown>[] = [
  DESCRIPTOR_BEFORE_NAME_ROW,
  NAME_THEN_PERSON_APPOSITION_ROW,
];
