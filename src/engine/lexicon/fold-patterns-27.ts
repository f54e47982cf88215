/**
 * Fold rows 27 (helper ents45c, issue #9): type confusions of the study folds' errors left by fold
 * rows 26, found in the errors of the study folds (0–2, counted by cause with
 * scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by their
 * totals only. The rules are in detect/fold-rules-27.ts; applyNameRules calls
 * `applyFoldPatternRows27` right after the fold-26 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const OFFICE_TITLE_BEFORE_NAME_ROW: RuleRow<{ titles: readonly string[] }> = {
  id: 'person.office-title-before-name',
  value: {
    // Offices and ranks written before a person's name and before nothing else, as written
    // (capitalised, abbreviations with their full stop). Not "Governor" ("Governor General",
    // "Governors Island"), "President", "Minister", "Chief", "General" or "Major": they open
    // offices, bodies and leagues as well ("President Hotel", "Major League Baseball").
    titles: words(`Rep. Sen. Gov. Lt. Sgt. Det. Cpl. Capt. Col. Cmdr. Adm. Gen.
      Senator Representative Congressman Congresswoman Assemblyman Assemblywoman Councilman
      Councilwoman Councillor Alderman Judge Sheriff Detective Sergeant Corporal Constable`),
  },
  reason:
    'A name right after an office or a rank written before people only ("Rep. Chip Roy, R-Texas", "Judge Dana Woods", "Sgt. Lee Marsh") is a person, and the title is no part of it (the courtesy titles\' convention, honorific.courtesy). The model reads some such names as a place or a body when their words are place-like ("Roy", "Woods", "Hill"), and takes the title in; the study folds had "Rep. [Chip Roy]" read as a place on both seeds and "Judge [Shanlyn Park]" read as a place with the title inside. A name of one to three capitalised words on the title\'s line, read by the model alone (no rule) as a place or an organisation, starting right after the title or at the title, is the person after the title; not when one of its words is a title ("Judge Advocate General"), when it is one word of the language or one word the model read with the title ("the Senator Hotel"), its last word is a building\'s, a body\'s or a place\'s tail ("Senator Hotel", "Judge Rotenberg Center", "Sheriff Court": so "Judge Shanlyn Park" is left), nor when the name is a place the map knows or a known body.',
  examples: [
    {
      text: 'Rep. Chip Roy, a Texas Republican, said the deal was weak.',
      expect: 'person:Chip Roy',
    },
  ],
};

export const FOLD_PATTERN_ROWS_27: readonly RuleRow<unknown>[] = [OFFICE_TITLE_BEFORE_NAME_ROW];
