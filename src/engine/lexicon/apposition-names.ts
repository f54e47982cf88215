/**
 * Rows for names in apposition after a described role or body (the lead's reading of an invented
 * Wikinews politics brief and an antitrust wire at stop 52): "Her lawyer, Martín Salas, told",
 * "Brazil's foreign ministry, Itamaraty, said". The noun before the comma says what the name is.
 * Applied by detect/apposition-names.ts.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const ROLE_BEFORE_APPOSITION_ROW: RuleRow<{
  owners: readonly string[];
  roles: readonly string[];
  doubt: number;
  between: number;
  complement: number;
}> = {
  id: 'person.role-before-apposition',
  value: {
    // Possessive determiners; an owner's "'s" counts too ("the company's chairman").
    owners: words('her his its their our my'),
    // Not nouns a firm may fill: owner, partner, adviser, manager, leader, publisher, successor,
    // agent ("the plant's owner, Keystone Metals,", "its financial adviser, Lazard,").
    roles: words(`
      lawyer attorney spokesman spokeswoman spokesperson chairman chairwoman chairperson president
      chief boss deputy secretary director founder editor coach captain aide wife husband son daughter
      mother father brother sister widow widower mentor doctor biographer ambassador envoy minister
      head officer vice-president vice-chairman vice-chair co-founder
    `),
    // ents63a: 0.85 → 0.97. The roles are nouns only a person fills, so a name between commas
    // after one is a person however sure the model is of a body ("Its vice-president, Hoang
    // Quang Phong, said", read as an organisation at 0.94).
    doubt: 0.97,
    // Lowercase words between the owner and the role ("its deputy general director").
    between: 2,
    // Lowercase words after the role and "of" ("its head of investments, Azlan Mohd Yusof,").
    complement: 2,
  },
  reason:
    'A person is named after the role she holds for someone: "Her lawyer, Martín Salas, told reporters", "Its chairman, Christian Van Thillo, said". The model read the first as a place (0.39, next to "Plaza San Martín" in the same brief) and the second as an organisation (0.71). A name of two to four words read as a place or an organisation below 0.85 (no rule), between commas right after a possessive ("her", "its", or an owner\'s "\'s") and one of these nouns for a person, is a person; not a place the map knows or a name ending in a word for a body. Nouns a firm may fill are not among them ("the plant\'s owner, Keystone Metals,", "its financial adviser, Lazard,"). Widened by ents63a (batch 126: "Its vice-president, Hoang Quang Phong, said" at 0.94 and "its head of investments, Azlan Mohd Yusof, said" at 0.79, both read as bodies): up to two lowercase words may stand between the owner and the role ("its deputy general director"), the role may take "of" and up to two lowercase words ("head of investments"), "head", "officer" and the hyphenated roles count, and the model\'s reading is overruled up to 0.97. Widened by ents64c (stop 63\'s review: "The league\'s vice-chairman, Manchester United, said" made the club a person): a town the map knows and a club\'s word ("United", "City", "Wanderers") is a club holding the role, left as read.',
  examples: [
    {
      text: 'Her lawyer, Martín Salas, told reporters outside the Plaza San Martín that the vote was a coup.',
      expect: 'person:Martín Salas | place:Plaza San Martín',
    },
    {
      text: 'The chamber asked for help. Its vice-president, Hoang Quang Phong, said firms had lost money, and its head of investments, Azlan Mohd Yusof, agreed.',
      expect: 'person:Hoang Quang Phong | person:Azlan Mohd Yusof',
    },
    {
      text: "The league's vice-chairman, Manchester United, said the fixture list was fair.",
      expect: 'organization:Manchester United',
    },
    {
      text: 'The company was sold to Acme Holdings, its owner, Vela Capital Partners, said.',
      expect: 'organization:Acme Holdings | organization:Vela Capital Partners',
    },
  ],
};

export const BODY_BEFORE_APPOSITION_ROW: RuleRow<{
  owners: readonly string[];
  bodies: readonly string[];
  doubt: number;
  between: number;
}> = {
  id: 'organisation.body-before-apposition',
  value: {
    owners: words('its their'),
    bodies: words(`
      ministry agency regulator parliament legislature broadcaster newspaper party company firm bank
      central union federation association army navy police council court watchdog lobby coalition
      alliance carrier airline operator insurer lender utility
    `),
    doubt: 0.6,
    // Lowercase words between the owner and the noun ("Brazil's foreign ministry").
    between: 2,
  },
  reason:
    'A body is named after the noun for it: "Brazil\'s foreign ministry, Itamaraty, said", "its farm lobby, Coldiretti, warned". An unknown one-word name is read as a person by the model (Itamaraty at 0.34). Capitalised words read as a person below 0.6 (no rule), between commas right after a possessive ("its", "their", or an owner\'s "\'s"), up to two lowercase words and one of these nouns for a body, are that organisation; a name the model reads surely as a person ("Its lawyer … ") is left alone, and a given name the lists know keeps the person.',
  examples: [
    {
      text: "Brazil's foreign ministry, Itamaraty, said in a statement that it respected the decision.",
      expect: 'place:Brazil | organization:Itamaraty',
    },
    {
      text: "The party's leader, Kwame Boateng, said the vote was fair.",
      expect: 'person:Kwame Boateng',
    },
  ],
};
