/**
 * Fold rows 34 (helper ents63c, issue #9): news-shaped misses of the study folds and of stop 62's
 * reading left by fold rows 33, found in the errors of the study folds (0–2, counted by cause with
 * scripts/train/fold-causes.ts) of the training documents and in invented news sentences; the
 * check folds (3–4) are read by their totals only. The rules are in detect/fold-rules-34.ts;
 * applyNameRules calls `applyFoldPatternRows34` right after the fold-33 rows. Example texts are
 * written for the rows, not taken from a fold or a batch.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const REGION_NOT_PERSON_ROW: RuleRow = {
  id: 'place.region-not-person',
  value: [],
  reason:
    'A state, province or country acts in the news as its government ("Nuevo Leon said it would appeal", "New Mexico sued the company"), and the gold marks it as a place (../shared/eval\'s rule: a place acting is a place). The model, meeting two capitalised words it has not seen open a sentence before a verb of saying, reads a person (stop 62\'s reading: "[Nuevo Leon] said" a person of 0.69), and gazetteer.place-not-person yields to a person the model is surer of than 0.5. A name of two words or more the model alone read as a person, that the map knows as a country or a region (not a town: "San Jose", "Santa Clara" are also people\'s words), whose first word is no given name the lexicon knows ("Sierra Leone", "Georgia Tech"; a person\'s name opens with the given name, and "Leon" after "Nuevo" is no given name there), none of whose words is a word of another person the text names in full ("Leon Brittan"), and with no title or honorific before it, is the place.',
  examples: [
    { text: 'Nuevo Leon said it would appeal the ruling.', expect: 'place:Nuevo Leon' },
    {
      text: 'Carolina Herrera showed her collection in New York.',
      expect: 'person:Carolina Herrera | place:New York',
    },
  ],
};

export const OFFICE_OF_PLACE_ROW: RuleRow = {
  id: 'place.office-of-place-before-name',
  // Offices held for a town, a county, a region or a province, written before "of" and the place.
  // Not "Governor", "President", "Minister" or "Secretary" ("Governor of the Bank of England",
  // "Minister of Finance", "Secretary of State": the word after "of" is a body or a field).
  value: words('Mayor Premier Provost Prefect Burgomaster Reeve Warden'),
  reason:
    'News names a local officeholder by the office, "of", the place and the name, with no comma ("Mayor of Greater Manchester Paul Kershaw said", "Premier of Western Australia Roger Cook") or with one ("The Mayor of Greater Manchester, Paul Kershaw, said"). A place the map does not know (a combined authority, a region named "Greater …") was left unread, or read with the name as one body (stop 62\'s reading: "[Greater Manchester Paul Kershaw]" an organisation of 0.85). After one of these offices and "of", one to three capitalised words on the line are the place when a given name the lexicon knows and at least one more capitalised word follow them (the person, read so if the model read the words as one name), or when a comma and a person the model read follow them; words the rules or the map already read are left. The review of stop 63: one model name over a body and the holder ("Provost of Trinity College Dublin Linda Doyle") is left whole when a body\'s word stands in it, and a run ending in a body\'s word ("Prefect of Police Laurent Nunez") is a body. Widened by ents64c (stop 63\'s review: "Mayor of London Sadiq Khan" one body): with no given name the lexicon knows, the longest place the map knows from the run\'s start, of up to three words, is the place when two or three capitalised words follow it, none a body\'s word in the run, the first of them no place the map knows, nor all of them one ("Mayor of London Assembly Hall" is left).',
  examples: [
    {
      text: 'Mayor of Greater Manchester Paul Kershaw said the trams would run.',
      expect: 'place:Greater Manchester | person:Paul Kershaw',
    },
    {
      text: 'Mayor of London Sadiq Khan said the plan would cut traffic.',
      expect: 'place:London | person:Sadiq Khan',
    },
    {
      text: 'The Mayor of Greater Manchester, Paul Kershaw, said the trams would run.',
      expect: 'place:Greater Manchester | person:Paul Kershaw',
    },
  ],
};

export const FOLD_PATTERN_ROWS_34: readonly RuleRow<unknown>[] = [REGION_NOT_PERSON_ROW, OFFICE_OF_PLACE_ROW];
