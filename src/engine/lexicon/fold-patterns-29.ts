/**
 * Fold rows 29 (helper ents57c, issue #9): missed places and bodies of the study folds' errors left
 * by fold rows 28, found in the errors of the study folds (0–2, counted by cause with
 * scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by their
 * totals only. The rules are in detect/fold-rules-29.ts; applyNameRules calls
 * `applyFoldPatternRows29` right after the fold-28 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

/**
 * Words that open a run before an office without being its town or body: rank and time modifiers,
 * party and ideology words ("Former Barre Mayor", "Republican Mayor", "Tory leader"). Titles,
 * their modifiers, demonyms, weekdays and months are skipped by the rule itself. Not "new" or
 * "fort": they open towns ("New Bedford", "Fort Worth").
 */
const OFFICE_RUN_OPENERS = words(`former acting interim incumbent outgoing deputy vice then late
  lord metro city town county state regional local party opposition majority minority central
  republican democratic democrat conservative tory liberal labour labor socialist communist green
  nationalist progressive independent moderate centrist populist unionist loyalist`);

export const TOWN_BEFORE_CIVIC_OFFICE_ROW: RuleRow<{ offices: readonly string[]; openers: readonly string[] }> = {
  id: 'place.town-before-civic-office',
  value: {
    // Offices held for a town, a county or a province, written before the holder's name. Not
    // "Governor" (central banks: "Riksbank Governor Erik Thedéen"), "President" or "Chief" (firms,
    // forces): the word before them is often a body.
    offices: words(`mayor sheriff premier alderman alderwoman councillor councilor councilman councilwoman
      selectman selectwoman`),
    openers: OFFICE_RUN_OPENERS,
  },
  reason:
    'News names a local officeholder with the town, county or province before the office ("Montpelier Mayor Jack McCullough", "Jefferson Parish Sheriff Joseph Lopinto", "former Boulder Mayor Sarah Whitcomb"), and the news gold marks the town as a place and the holder as a person ("[[L Ishikawa]] Governor", "[[L El Paso]] Mayor"). The map knows few small towns, and the model leaves such a word unread or reads it weakly as something else (the study folds: "[Montpelier] Mayor Jack McCullough" missed). One to three capitalised words on the line right before a civic office (mayor, sheriff, premier, councillor, alderman, selectman, capitalised or not) that a person\'s name follows, unread or read by the model alone below 0.6 as a person or a body, are a place. Leading words that are no part of the town are skipped (a title or its modifier, a demonym, a weekday or month, a rank, party or ideology word: "Former", "Republican", "Tory"); what is left must open with a word outside the language ("Fort Worth", "Grand Rapids" and a sentence\'s "Yesterday" are left to the model and the map). Not when a word of it is a title, not a known body, not a name the article reads as a person.',
  examples: [
    {
      text: 'Barre Mayor Thom Lauzon said the city would rebuild.',
      expect: 'place:Barre | person:Thom Lauzon',
    },
  ],
};

export const BODY_BEFORE_LEADER_ROW: RuleRow<{ offices: readonly string[]; openers: readonly string[] }> = {
  id: 'organisation.body-before-leader',
  value: {
    // Offices held for a party, a firm or a movement, written before the holder's name. Not
    // "President", "Chief", "spokesman" (countries, forces and palaces stand before them too).
    offices: words(`leader chairman chairwoman ceo`),
    openers: OFFICE_RUN_OPENERS,
  },
  reason:
    'News names a party\'s or a firm\'s head with the body before the office ("BC United Leader Kevin Falcon", "SDSM leader Dimitar Kovachevski", "Brightline CEO Mike Reininger"), and the news gold marks the body as an organisation ("[[O GERB]] leader [[P Boyko Stanishev]]"). The model leaves a body it has not seen unread before such an office (the study folds: "[BC United] Leader Kevin Falcon" missed). One to three capitalised words on the line right before leader, chairman, chairwoman or CEO that a person\'s name follows, unread or read by the model alone below 0.6 as a person or a place, are an organisation. Leading words that are no part of the body are skipped as in place.town-before-civic-office; what is left must open with a word outside the language and be no place the map knows ("Hong Kong leader John Lee"), no title inside, not a name the article reads as a person, not a short form in capitals alone ("NSC leader Nicolien van Vroonhoven" is left to the short-form rows).',
  examples: [
    {
      text: 'Korvani Party chairman Ilir Dema resigned on Monday. Zentrix CEO Mara Holt said sales rose.',
      expect: 'organization:Korvani Party | person:Ilir Dema | organization:Zentrix | person:Mara Holt',
    },
  ],
};

export const FOLD_PATTERN_ROWS_29: readonly RuleRow<unknown>[] = [TOWN_BEFORE_CIVIC_OFFICE_ROW, BODY_BEFORE_LEADER_ROW];
