/**
 * Fold rows 30 (helper ents58c, issue #9): missed places of the study
 * folds' errors left by fold rows 29, found in the errors of the study folds (0–2, counted by cause
 * with scripts/train/fold-causes.ts) of the training documents; the check folds (3–4) are read by
 * their totals only. The rules are in detect/fold-rules-30.ts; applyNameRules calls
 * `applyFoldPatternRows30` right after the fold-29 rows. Example texts are written for the rows,
 * not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const RESIDENTS_OF_ROW: RuleRow<{ of: readonly string[]; in: readonly string[] }> = {
  id: 'place.residents-of',
  value: {
    // Nouns for the people who live in a place, and for a place's own parts, written before "of"
    // and the place's name.
    of: words(`residents villagers inhabitants townspeople townsfolk people citizens outskirts suburbs edge`),
    // Those written before "in" and the place ("residents in Kalamos"); not "people" ("people in
    // Congress").
    in: words(`residents villagers inhabitants`),
  },
  reason:
    'Disaster, election and local news names a small town or village by the people who live there or by its edge ("residents of Grammatiko were told to leave", "villagers in Kapandriti", "the outskirts of Kalyvia", "the people of Haryana", "flames reached the edge of Marathon"), and the gold marks such a name as a place (the training texts and the other GUM genres mark every "people of X" and "residents of X" as a place: "the people of Rapid City", "inhabitants of Coron"). The map knows few villages and the model leaves such a word unread (the study folds of both seeds: "residents of [Grammatiko]", "the edge of [Marathon]" missed). One to three capitalised words on the line right after one of these nouns and "of" (or "in" after residents, villagers, inhabitants), unread or read by the model alone below 0.6 as a person or a body, are a place; not a demonym ("people of Greek descent"), a title, a known body or a name the article reads as a person elsewhere, and not when more capitalised words run on. A flat, a block or a unit of a building is named by a number or a letter and is no place: a run ending in one capital letter or followed by a number is left ("Residents of Flat 4", "residents of Block C"; ents59b).',
  examples: [
    {
      text: 'Residents of Grammatiko were told to leave, and villagers in Kapandriti fled to the coast.',
      expect: 'place:Grammatiko | place:Kapandriti',
    },
    // Must leave: a flat and a block of a building.
    { text: 'Residents of Flat 4 said the lift had been broken for weeks.', expect: '' },
    { text: 'Residents of Block C were moved to hotels after the fire.', expect: '' },
  ],
};

export const FOLD_PATTERN_ROWS_30: readonly RuleRow<unknown>[] = [RESIDENTS_OF_ROW];
