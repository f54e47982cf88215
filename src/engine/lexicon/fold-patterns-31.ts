/**
 * Fold rows 31 (helper ents59c, issue #9): a missed place and a type error of the study
 * folds' errors left by fold rows 30, found in the errors of the study folds (0–2, counted by cause
 * with scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by
 * their totals only. The rules are in detect/fold-rules-31.ts; applyNameRules calls
 * `applyFoldPatternRows31` right after the fold-30 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const IRISH_COUNTY_ROW: RuleRow = {
  id: 'place.county-before-name',
  // The 32 traditional counties of Ireland (26 in the Republic, 6 in Northern Ireland), and Durham,
  // the one English county written "County Durham": a closed set fixed by law.
  value: words(`Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Down Dublin Fermanagh Galway Kerry Kildare
    Kilkenny Laois Leitrim Limerick Londonderry Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo
    Tipperary Tyrone Waterford Westmeath Wexford Wicklow Durham`),
  reason:
    'Irish (and Northern Irish) news names a county with "County" before its name ("born in County Clare", "a farm in County Tyrone", "floods in County Durham"), where American usage puts it after ("Orange County"). The whole phrase is the place, and the gold marks it whole; the model reads it whole when it has seen the shape, but leaves it unread or keeps only the last word when it has not (the study folds: "Born in [County Clare]" missed on one seed). "County" followed by one of the traditional counties of Ireland, or by Durham, is a place over both words; not when another capitalised word follows ("County Down Council", "County Cork Hospital" are left to the body rows) or a name reads past the two words.',
  examples: [
    {
      text: 'She was born in County Clare and moved to a farm in County Tyrone.',
      expect: 'place:County Clare | place:County Tyrone',
    },
  ],
};

export const TOWN_NEWSPAPER_ROW: RuleRow = {
  id: 'organisation.town-newspaper',
  // The last words of newspapers' titles after their town ("the Miami Herald", "the Des Moines
  // Register"); not "sun", "star", "news", "record" or "press", common words of a place's name.
  value: words(`times post herald journal tribune chronicle gazette observer courier mirror inquirer examiner
    register dispatch bulletin enquirer globe telegraph`),
  reason:
    'A newspaper is named by its town and a word for a paper: "the editor of the San Francisco Bulletin", "she wrote for the Denver Post", "the Wall Street Journal", "the Des Moines Register". It is an organisation, and the gold marks it so; the model, which reads the town, may read the whole title as a place (the study folds: "the [San Francisco Bulletin]" a place), or the town alone with the paper\'s word left out. A name the model alone read as a place, of two words or more after "the", whose last word is one of these, is an organisation; so is a place read by the model alone after "the" with one of these words right after it, capitalised, and no capitalised word after that ("the Chicago Tribune" when only Chicago was read). Not a place a rule decided, and not when a capitalised word runs on ("the Washington Post Company" is left as read).',
  examples: [
    {
      text: 'The editor of the San Francisco Bulletin mocked him, and the Denver Post agreed.',
      expect: 'organization:San Francisco Bulletin | organization:Denver Post',
    },
  ],
};

export const FOLD_PATTERN_ROWS_31: readonly RuleRow<unknown>[] = [IRISH_COUNTY_ROW, TOWN_NEWSPAPER_ROW];
