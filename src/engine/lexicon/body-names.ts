/**
 * Rows for the names of bodies (the lead's reading of an invented energy wire and an election wire
 * at stop 51): two firms joined by "and" that the model reads as one name, legal forms whose
 * letters are a common word or a place abbreviation in lowercase, so they count only as written,
 * and colleges named after a person read as that person. Applied by detect/body-names.ts.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const FIRM_HEAD_AND_SPLIT_ROW: RuleRow<{ heads: readonly string[]; linking: readonly string[] }> = {
  id: 'organisation.firm-head-and-split',
  value: {
    heads: words(
      'group holdings investments partners securities capital management advisors advisers resorts entertainment industries',
    ),
    // A head inside a longer name before "and" ("Office of Management and Budget") is that name's.
    linking: words('of for the and'),
  },
  reason:
    'Deal wires list bidders and advisers with "and": "talks with Carlyle Group and EnCap Investments", "Blackstone Group and Ardian Capital led the round". The model reads the run of capitals as one organisation (at 1.00). A firm\'s name ends with its corporate head ("Group", "Holdings", "Partners", …); a name of two fields joined by "and" has no such head before the "and" ("Agriculture and Food Authority", "Office of Management and Budget"). An organisation whose "and" follows a corporate head, with at least one more word before the head and no "of"/"for" in that part, and a word of the firm\'s own (no word of the language) on each side ("Wealth Management and Private Banking Group" is a department; review, stop 51), and after the "and" a name that ends in such a head too, is an acronym, or is a town the map knows and one or two more words ("Wynn Resorts and Las Vegas Sands"; ents42b), is two organisations ("Disaster Management and Mitigation Unit" stays one).',
  examples: [
    {
      text: 'The fund held talks with Blackstone Group and Apollo Global Management last month.',
      expect: 'organization:Blackstone Group | organization:Apollo Global Management',
    },
    {
      text: 'The Office of Management and Budget delayed the project.',
      expect: 'organization:Office of Management and Budget',
    },
  ],
};

export const LEGAL_FORM_AS_WRITTEN_ROW: RuleRow<{ forms: readonly string[] }> = {
  id: 'legal-form.before-as-written',
  value: { forms: words('SpA AB') },
  reason:
    'Italian and Swedish companies carry their legal form after the name ("Eni SpA", "Volvo AB", "Svenska Handelsbanken AB"), and the model misses the firm or reads a person there. Lowercase, the letters are a word or an abbreviation ("spa", "ab"), so legal-form.before leaves them out; written exactly so, right after one to three capitalised words on the same line with no comma, they mark the words before them as the company (the form itself left out, as legal-form.outside says). Not when a capitalised word follows ("AB InBev") or the word before is a place the map knows ("Calgary AB").',
  examples: [
    { text: "Italy's Eni SpA raised its dividend.", expect: 'place:Italy | organization:Eni' },
    {
      text: 'Swedish lender Svenska Handelsbanken AB cut its forecast.',
      expect: 'organization:Svenska Handelsbanken',
    },
  ],
};

export const INSTITUTION_HEAD_PERSON_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.institution-head-person',
  value: { heads: words('college university polytechnic academy seminary conservatory') },
  reason:
    'Colleges and universities are often named after a person ("Emerson College", "Wesleyan University"), and the model, reading the founder\'s name, can call the whole a person: "a poll released Tuesday by Emerson College and The Hill" was a person at 0.71 in a long election wire (the lead\'s reading, stop 51), though the same words alone read as an organisation. No person\'s name ends in one of these heads; a name of two or more words the model alone read as a person, ending in one, is the institution. Places ("University Park") and organisations are left as they are.',
  examples: [
    {
      text: 'She studied drama at Wesleyan University before moving to Chicago.',
      expect: 'organization:Wesleyan University | place:Chicago',
    },
  ],
};

export const BODY_NAME_ROWS: readonly RuleRow<unknown>[] = [
  FIRM_HEAD_AND_SPLIT_ROW,
  LEGAL_FORM_AS_WRITTEN_ROW,
  INSTITUTION_HEAD_PERSON_ROW,
];
