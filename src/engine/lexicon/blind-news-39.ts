/**
 * Rows from the blind entity batches 116 and 117 (7 Dec 2026, helper ents60a; the batches are in
 * detect/news-entities-116.cases.ts). Batch 118 was written with them and is never fixed against
 * (its errors are never printed). Kept in their own file so they merge cleanly with rows added in
 * parallel; the rules that apply them are in detect/blind-rules-39.ts, called by applyNameRules
 * after the rows of batches 113 and 114. Example texts are written for the rows, not taken from a
 * batch: each row has sentences it must decide and sentences it must leave alone.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const SHIRE_OF_ROW: RuleRow<{ heads: readonly string[]; most: number }> = {
  id: 'organisation.shire-of',
  value: { heads: words('Shire'), most: 3 },
  reason:
    'Local councils in Western Australia (and once across Victoria and Queensland) are named "Shire of" and their district: "the Shire of Ashburton voted", "Shire of East Pilbara chief executive", "a grouping of four shires". The model reads "Shire" alone as a body and the district after "of" as a place, or the district alone as a body ("East Pilbara" at 0.94). A capitalised "Shire", "of" and one to three capitalised words on its line is one organisation, over whatever read the words inside. "The Shire" alone, "the shire of Ashburton" in lowercase and a district named without it ("in the Pilbara") are left. Other councils named "X of Y" ("City of Karratha", "Township of …", "Town of …") are left: the city, town or township is as often the place as the council.',
  examples: [
    {
      text: 'Councillors of the Shire of Marrinup voted on Wednesday to raise the rates.',
      expect: 'organization:Shire of Marrinup',
    },
  ],
};

export const TRADE_FIRM_ROW: RuleRow<readonly string[]> = {
  id: 'apposition.trade-firm',
  value: words(
    'law accountancy accounting consultancy consulting engineering architecture investment advisory recruitment',
  ),
  reason:
    'Firms named after their founders read to the model as people, often surely ("Leigh Day" a person at 0.95), and apposition.org-noun-after leaves a name the model is sure is a person. But no person is "the law firm": a name right before ", the" (or "a", "its") and a trade (law, accountancy, consultancy, engineering, architecture, investment …) and "firm", closing the apposition as that row reads it ("…, the law firm that is also acting for …"), is an organisation however sure the model is of a person. "Anna Berg, a law firm partner," goes on into a person\'s role and stays a person, as does "Tom Reed, the law firm\'s founder".',
  examples: [
    {
      text: 'The claimants were represented by Harriet Vane, the law firm that also acts for bus drivers.',
      expect: 'organization:Harriet Vane',
    },
  ],
};

export const ADVISER_OF_FIRM_ROW: RuleRow<{ roles: readonly string[]; most: number }> = {
  id: 'organisation.adviser-of-firm',
  value: {
    roles: words(
      'solicitor solicitors lawyer lawyers attorney attorneys barrister counsel partner agent analyst analysts economist strategist adviser advisor consultant accountant broker',
    ),
    most: 3,
  },
  reason:
    'Lawyers, agents and analysts are named with their firm after "of", and firms are named after their founders: "The family\'s solicitor, Owain Trevelyan of Hugh James, said", "analyst Mark Reid of Morgan Stanley". The model reads the firm as a second person. In a sentence with a word of such a trade (solicitor, lawyer, attorney, counsel, partner, agent, analyst, economist, adviser, consultant, broker) before it, a person of two words or more, "of" and a name of two or three words the model alone read as a person is that person and an organisation. One word before "of" ("Catherine of Aragon"), a sentence with no such trade ("Henry Tudor of Richmond"), a rule\'s reading and a name that goes on in capitals are left.',
  examples: [
    {
      text: "The family's solicitor, Gareth Lloyd of Morgan Rees, said they would appeal.",
      expect: 'person:Gareth Lloyd | organization:Morgan Rees',
    },
  ],
};

export const BLIND_NEWS_ROWS_39: readonly RuleRow<unknown>[] = [SHIRE_OF_ROW, TRADE_FIRM_ROW, ADVISER_OF_FIRM_ROW];
