/**
 * Rules for the news-shaped misses fold rows 32 left on the study folds, seventeenth round (helper
 * ents62c, issue #9; rows in lexicon/fold-patterns-33.ts). applyNameRules calls
 * `applyFoldPatternRows33` right after the fold-32 rows.
 * - organisation.country-abbreviation-agency: "the [U.S. Centers for Disease Control]" is one body.
 * - person.local-office-title: "County Recorder [Stephen Richer]" is a person.
 */
import { lower, tokensOf, word, type Ctx } from '../context';
import { COUNTRY_AGENCY_ROW, LOCAL_OFFICE_TITLE_ROW } from '../lexicon/fold-patterns-33';
import { FIRST_NAME_SET } from '../lexicon/words';
import { ORG, PERSON, PLACE, capitalisedOnLine, exactFormMarks, isCapWord, onLine, type Names } from './named-spans';

export function applyFoldPatternRows33(ctx: Ctx, out: Names): void {
  countryAgency(ctx, out);
  localOfficeTitle(ctx, out);
}

// --- organisation.country-abbreviation-agency -----------------------------------------------------

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_AGENCY_ROW.value.countries);
const AGENCY_HEADS: ReadonlySet<string> = new Set(COUNTRY_AGENCY_ROW.value.heads);

/** organisation.country-abbreviation-agency: see the row. */
function countryAgency(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, COUNTRIES));
  for (let x = 0; x < hits.length; x++) {
    const c = hits[x];
    const own = out.at(c);
    // The abbreviation alone, read as a place or by nothing.
    if (own && (own.type !== PLACE || own.a !== c || own.b !== c + 1)) continue;
    if (!onLine(ctx, c + 1)) continue;
    const body = out.at(c + 1);
    if (!body || body.a !== c + 1 || body.type !== ORG) continue;
    let kind = false;
    for (let i = body.a; i < body.b && !kind; i++) kind = AGENCY_HEADS.has(word(ctx, i));
    if (kind) out.put(c, body.b, ORG, COUNTRY_AGENCY_ROW.id, undefined, body);
  }
}

// --- person.local-office-title --------------------------------------------------------------------

const LOCAL_TITLES: ReadonlySet<string> = new Set(LOCAL_OFFICE_TITLE_ROW.value);

/** person.local-office-title: see the row. */
function localOfficeTitle(ctx: Ctx, out: Names): void {
  const hits = tokensOf(ctx, exactFormMarks(ctx, LOCAL_TITLES));
  for (let x = 0; x < hits.length; x++) {
    const title = hits[x];
    const g = title + 1;
    if (!onLine(ctx, g) || !onLine(ctx, g + 1) || !isCapWord(ctx, g) || !isCapWord(ctx, g + 1)) continue;
    if (capitalisedOnLine(ctx, g + 2)) continue;
    const given = out.at(g);
    const surname = out.at(g + 1);
    if (!given && !surname) {
      if (FIRST_NAME_SET.has(lower(ctx, g))) out.put(g, g + 2, PERSON, LOCAL_OFFICE_TITLE_ROW.id);
      continue;
    }
    // Widened (ents63c): "County Clerk Dean Logan", the surname alone read by the model as a person
    // (a given name the lexicon lacks: "Dean" is a word); "City Clerk Ana Ruiz" read as one person
    // with the office inside.
    if (!given && surname && !surname.rule && surname.type === PERSON && surname.a === g + 1 && surname.b === g + 2) {
      out.put(g, g + 2, PERSON, LOCAL_OFFICE_TITLE_ROW.id, undefined, surname);
      continue;
    }
    if (given && given === surname && !given.rule && given.type === PERSON && given.a <= title && given.b === g + 2)
      out.put(g, g + 2, PERSON, LOCAL_OFFICE_TITLE_ROW.id, undefined, given);
  }
}
