/**
 * Fold rows 28 (helper ents46c, issue #9): false names in capitals of the study folds' errors left
 * by fold rows 27, found in the errors of the study folds (0–2, counted by cause with
 * scripts/train/fold-causes.ts) of the training documents and in the other GUM genres' errors (the
 * training README allows studying them); the check folds (3–4) are read by their totals only. The
 * rules are in detect/fold-rules-28.ts; applyNameRules calls `applyFoldPatternRows28` right after
 * the fold-27 rows. Example texts are written for the rows, not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const DEFINED_TERM_ACRONYM_ROW: RuleRow<{ heads: readonly string[]; bodies: readonly string[] }> = {
  id: 'none.defined-term-acronym',
  value: {
    // Last words of a spelled-out term: a technology, a measure, a survey, a condition, a kind of
    // thing. Not "system" ("Federal Reserve System"), "intelligence" ("Defence Intelligence"),
    // "unit", "program(me)", "service(s)", "energy" or "group": bodies end in them too.
    heads: words(`technology technologies resources species survey surveys radiation index inventory
      scale syndrome disorder disorders disease diseases therapy therapies analysis model models method
      methods vehicle vehicles product rate ratio protocol language format interface acid compounds
      emissions gases learning test score salinity temperature pressure density time number`),
    // Words of a body's name: a run holding one is a body's full name ("Massachusetts Institute of
    // Technology", "Department of Natural Resources", "Federal Reserve System"), never a term.
    bodies: words(`institute institution university college school academy department ministry agency office
      bureau council commission committee authority association union federation league foundation
      society organization organisation board trust centre center museum hospital clinic court party
      government administration service services company corporation group bank fund reserve system
      network partners holdings inc corp ltd plc`),
  },
  reason:
    'Papers, speeches and interviews spell out a term once with its short form beside it ("the Household Energy Consumption Survey (HECS)", "Information and Communication Technology (ICT)", "ROS [Reactive Oxygen Species]") and then write the short form alone; the model reads both the capitalised term and the capitals as a body (the study folds: the survey and its short form on both seeds, five bare "ROS" on seed 20240611; the other genres: fifteen "ICT" and "Open Educational Resources (OER)" in a speech). A term is no name. A run of two to six capitalised words ("and" between them allowed) right before a bracketed short form in capitals, or right after one inside brackets, whose initials the short form follows in order, and whose last word is a term\'s (technology, resources, species, survey, radiation, index, syndrome, disorder, therapy, model, rate, language, …), and which has three words or more (two when the first is a word of the language: "Teck Resources (TR)", "Micron Technology (MT)" are firms), is a term: names within it and every one-word name that is the short form are dropped. Not when a word of the run is a body\'s, a building\'s or a place\'s kind word ("Massachusetts Institute of Technology (MIT)", "Department of Natural Resources (DNR)", "the Oil Species Center (OSC)"), nor when the short form is a known body.',
  examples: [
    {
      text: 'The Household Energy Consumption Survey (HECS) found that use rose. HECS data were released in May.',
      expect: '',
    },
    {
      text: 'Students at the Massachusetts Institute of Technology (MIT) built it.',
      expect: 'organization:Massachusetts Institute of Technology | organization:MIT',
    },
  ],
};

export const FOLD_PATTERN_ROWS_28: readonly RuleRow<unknown>[] = [DEFINED_TERM_ACRONYM_ROW];
