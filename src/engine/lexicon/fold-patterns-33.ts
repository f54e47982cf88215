/**
 * Fold rows 33 (helper ents62c, issue #9): news-shaped misses of the study folds left by fold rows
 * 32, found in the errors of the study folds (0–2, counted by cause with
 * scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by their
 * totals only. The rules are in detect/fold-rules-33.ts; applyNameRules calls
 * `applyFoldPatternRows33` right after the fold-32 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const COUNTRY_AGENCY_ROW: RuleRow<Readonly<Record<'countries' | 'heads', readonly string[]>>> = {
  id: 'organisation.country-abbreviation-agency',
  value: {
    // The abbreviated country names written at the head of a national agency's own name.
    countries: words('U.S. US U.K. UK'),
    // Words of a government body's name (its kind): one of them makes the run an agency's name.
    heads: words(`Department Ministry Centers Centres Center Centre Agency Administration Bureau Commission
      Institutes Institute Service Office Army Navy Force Forces Marines Corps Command Senate House Court
      Survey Authority Board Council Embassy Consulate Patrol Guard`),
  },
  reason:
    'A national agency\'s own name often opens with its country\'s abbreviation: "the U.S. Centers for Disease Control and Prevention", "the U.S. Department of Energy", "the UK Health Security Agency", "U.S. Central Command". Both the training news and the news batches mark the abbreviation inside the body ("[U.S. Food and Drug Administration]", "[UK Health Security Agency]"), but the model, meeting an agency it has not seen, reads "U.S." as a place and the rest apart (the study folds: "The [U.S. Centers for Disease Control and Prevention] warned doctors" read as the place "U.S." on seed 20240611). One of these abbreviations, read as a place or by nothing, right before an organisation on the line one of whose words is a government body\'s kind, is one organisation over both; not before a body named without such a word ("the U.S. Federal Reserve", which the news batches split; "U.S. Treasury officials", which organisation.country-body leaves apart), nor before a title ("U.S. District Judge Maria Lopez": no body is read after it).',
  examples: [
    {
      text: 'The U.S. Centers for Disease Control and Prevention warned doctors on Monday.',
      expect: 'organization:U.S. Centers for Disease Control and Prevention',
    },
  ],
};

export const LOCAL_OFFICE_TITLE_ROW: RuleRow = {
  id: 'person.local-office-title',
  // Titles of elected and appointed local officers the role lists do not hold (capitalised before
  // the holder's name, as US and British papers write them).
  value: words('Recorder Clerk Assessor Auditor Coroner Registrar Comptroller Controller Surveyor Marshal Constable'),
  reason:
    'Local government\'s officers are named with their office as a title: "County Recorder Stephen Richer", "City Clerk Maria Ortiz", "County Assessor Jeff Prang", "Coroner Anna Reid". The role lists hold the commoner titles (Mayor, Sheriff, Treasurer), not these, and the model, meeting the office with no person\'s word it knows before the name, may read nothing at all (the study folds: "County Recorder [Stephen Richer], a Republican, said" missed on both seeds). One of these titles, capitalised, right before a given name the lexicon knows and one more capitalised word, both unread and with no capitalised word after, is a person over the two. Widened by ents63c (stop 62\'s reading: the row never fired on "Los Angeles County Clerk Dean Logan" or "City Clerk Ana Ruiz"): the two words are the person too when the model read the second alone as a person (a given name the lexicon lacks because it is a word: "Dean", "Grant", "Wade"), or read the office and the two words as one person ("certified by [City Clerk Ana Ruiz]": the office is a role, not part of the name).',
  examples: [
    {
      text: 'County Recorder Stephen Richer said the count was on schedule.',
      expect: 'person:Stephen Richer',
    },
    {
      text: 'The results were certified by City Clerk Ana Ruiz on Friday.',
      expect: 'person:Ana Ruiz',
    },
  ],
};

export const FOLD_PATTERN_ROWS_33: readonly RuleRow<unknown>[] = [COUNTRY_AGENCY_ROW, LOCAL_OFFICE_TITLE_ROW];
