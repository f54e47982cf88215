/**
 * Name rows of the lead's reading in stop 58 (issue #9): patterns met in invented news that hold
 * in any news. detect/lead-rules-58.ts applies them (place.residence-in is read by the document
 * vote's town evidence in detect/rules.ts); lexicon/rows.test.ts runs the examples.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const INFINITIVE_NAME_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.infinitive-name',
  value: {
    // Heads of bodies named for what they set out to do.
    heads: words(`committee campaign coalition alliance fund foundation movement project initiative
      network centre center council society league association partnership trust`),
  },
  reason:
    'Campaigns and charities are named for their aim, an infinitive in title case: "the Committee to Protect Journalists", "the Campaign to Protect Rural England", "the Coalition to Stop Gun Violence". The tagger ends the name at the lowercase "to" and reads the aim as a body of its own ("Protect Journalists"). In a sentence that is no title-case headline ("Council to Review Plans"), a capitalised head of a body (committee, campaign, coalition, fund, …), "to", and a run of capitalised words whose first is a word of the language and no place or person are one organisation, with the capitalised words before the head that hold no other name. A name the model alone read inside the aim, no word of which is a given name or a place the map knows, is the aim cut off, and is taken in: "the Committee to Protect Journalists and Human Rights Watch" (the aim a place of 0.39 before "and"), "the Fund to Support Small Farms in Kenya", a headline that is no title case ("Alliance to End Plastic Waste loses two members"; ents59b).',
  examples: [
    {
      text: 'The Committee to Protect Journalists said the arrest was an attack on free speech.',
      expect: 'organization:Committee to Protect Journalists',
    },
    {
      text: 'A spokesperson for the Campaign to End Loneliness said more money was needed.',
      expect: 'organization:Campaign to End Loneliness',
    },
    {
      text: 'The Committee to Protect Journalists and Human Rights Watch condemned the arrest.',
      expect: 'organization:Committee to Protect Journalists | organization:Human Rights Watch',
    },
    {
      text: 'The Fund to Support Small Farms in Kenya gave out 3,000 loans last year.',
      expect: 'organization:Fund to Support Small Farms | place:Kenya',
    },
    // Must leave: a body sending something to a place.
    {
      text: 'The International Monetary Fund to Kenya talks resumed in Nairobi on Monday.',
      expect: 'organization:International Monetary Fund | place:Kenya | place:Nairobi',
    },
  ],
};

export const CAPS_PAIR_FIRM_ROW: RuleRow<{ maxLetters: number }> = {
  id: 'organisation.caps-pair-firm',
  value: { maxLetters: 4 },
  reason:
    'Firms go by two or three short all-capital words ("CMA CGM", "ABN AMRO", "LG CNS"), and the tagger, seeing two capitalised words, reads a person. People are not written so in running text: a name read as a person below 0.9 whose every word is two to four capitals, on a line with lowercase words (not a heading or a byline in capitals), is an organisation. A title ("MP", "PM") or a given name ("TJ") as its first word leaves it.',
  examples: [
    {
      text: 'Shipping lines including MSC and CMA CGM warned customers of delays.',
      expect: 'organization:MSC | organization:CMA CGM',
    },
    // Must leave: a name in a byline written in capitals.
    {
      text: 'BY ODA RYU\n\nPrices rose on Monday.',
      expect: 'person:ODA RYU',
    },
  ],
};

export const RESIDENCE_IN_ROW: RuleRow<{ before: readonly string[] }> = {
  id: 'place.residence-in',
  value: {
    // Words of living, birth and death right before "in" (or "up in").
    before: words('home homes born raised lived lives living died grew settled buried'),
  },
  reason:
    'Obituaries and profiles say where a person lived, was born or died: "died at her home in Treorchy", "born in Tonypandy", "grew up in Salford". The document vote (doc.consistency) gives a one-word town the type of a longer name that opens with it ("Treorchy Male Choir", an organisation), and "in" alone does not stand against it ("a columnist in The Onion"). A place read right after "in" (or "up in") that follows one of these words keeps its type against the vote, as place.town-evidence does.',
  examples: [
    {
      text: "Margaret Ellery has died at her home in Treorchy. She was 88. She campaigned to save the Treorchy Male Choir's hall.",
      expect: 'person:Margaret Ellery | place:Treorchy | organization:Treorchy Male Choir',
    },
  ],
};

export const LEAD_NAME_ROWS_58: readonly RuleRow<unknown>[] = [
  INFINITIVE_NAME_ROW,
  CAPS_PAIR_FIRM_ROW,
  RESIDENCE_IN_ROW,
];
