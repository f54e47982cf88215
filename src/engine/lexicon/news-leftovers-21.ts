/**
 * Rows for the weak patterns issue #9 names, fourteenth round (helper ents45b, 6 Dec 2026), each
 * found failing on probe texts of our own (detect/lexicon-gaps-45b.cases.ts, gold committed before
 * the first run). The rules that apply them are in detect/leftover-rules-21.ts, called by
 * applyNameRules after the leftover-20 rows. (The round's other mends widen older rows where the
 * fault lives: organisation.company-kind-tail, place.saint-abbreviation, sport.national-side-frame,
 * organisation.lawyers-at, apposition.org-noun-after.)
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const PRISON_NAME_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'place.prison-name',
  value: {
    // The head of a prison's name, written with its capital: "Tihar Jail", "Evin Prison".
    heads: words('Prison Jail Gaol Penitentiary'),
  },
  reason:
    'Prisons are named by a place or a person and a head ("Tihar Jail", "Belmarsh Prison", "Evin Prison", "Cook County Jail"), and the batches mark a prison as a place (a building, as GUM marks one). The model, which knows the head from bodies ("the Prison Service"), reads the run as an organisation or, when the first word looks like a surname, as a person. One of these heads written with its capital, with one to three capitalised words right before it on the line (a function word or a common word opening the sentence left out) of which one is no common word ("the State Prison" is left to the model), is a place; not when another capitalised word or a possessive follows ("the Prison Service", "HM Prison Belmarsh" are left to the model), nor when a longer name holds the run.',
  examples: [
    {
      text: 'He was sent to Tihar Jail after the court refused him bail.',
      expect: 'place:Tihar Jail',
    },
    {
      text: 'He was moved to Belmarsh Prison in south-east London last year.',
      expect: 'place:Belmarsh Prison | place:London',
    },
  ],
};

export const NEWS_LEFTOVER_ROWS_21: readonly RuleRow<unknown>[] = [PRISON_NAME_ROW];
