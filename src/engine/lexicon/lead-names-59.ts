/**
 * Name rows of the lead's reading in stop 59 (issue #9): patterns met in invented news that hold
 * in any news. detect/fold-rules-3.ts reads none.airline-word-as-adjective; lexicon/rows.test.ts
 * runs the examples.
 */
import type { RuleRow } from './rule-row';

const words = (s: string) => s.trim().split(/\s+/);

export const AIRLINE_WORD_AS_ADJECTIVE_ROW: RuleRow<readonly string[]> = {
  id: 'none.airline-word-as-adjective',
  // Lowercase nouns a nationality qualifies (the STAFF_NOUNS of lexicon/words.ts count too).
  value: words(`government governments authorities ministers minister people citizens troops forces
    police voters leaders lawmakers diplomats regulators carriers airlines airports companies firms banks
    passengers travellers tourists pilots fishermen farmers unions`),
  reason:
    'An airline that goes by a nationality ("Norwegian", "American", "Hawaiian") names the airline in a sentence about flying (organisation.airline-shared), but the same word before a noun it qualifies is the nationality: "The Danish and Norwegian governments, which hold stakes in the carrier, urged talks", "American officials said the airline was safe". Before one of these lowercase nouns (or a noun of staff: officials, analysts, executives …) the word is no airline.',
  examples: [
    {
      text: 'The Danish and Norwegian governments, which hold stakes in the carrier, urged both sides to talk.',
      expect: '',
    },
    {
      text: 'American officials said the airline had cancelled 300 flights.',
      expect: '',
    },
    // Must keep: the airline itself as a subject.
    {
      text: 'Norwegian said it had added flights to Bergen, and the carrier expects a busy summer.',
      expect: 'organization:Norwegian | place:Bergen',
    },
  ],
};

export const COUNTRY_MISSION_ROW: RuleRow<{ heads: readonly string[] }> = {
  id: 'organisation.country-mission',
  value: {
    // A country's missions abroad, capitalised after the country or its people's adjective.
    heads: words('Embassy Consulate Consulate-General Legation'),
  },
  reason:
    'A country\'s mission abroad is named by the country or its adjective and the mission\'s kind: "the U.S. Embassy in Mexico City warned", "the British Embassy in Kyiv said", "the Chinese Consulate in Toronto denied". The model reads the country alone as a place ("U.S.") and drops the kind, or reads "Consulate" alone, and the claim went to the place. A demonym or a country the map knows (or a place read by the model) right before one of these heads, capitalised and not followed by another capitalised word, is one organisation with it.',
  examples: [
    {
      text: 'The U.S. Embassy in Mexico City warned Americans not to travel to the state.',
      expect: 'organization:U.S. Embassy | place:Mexico City',
    },
    {
      text: 'The British Embassy in Kyiv said its staff were safe.',
      expect: 'organization:British Embassy | place:Kyiv',
    },
    // Must leave: a longer name the head opens into is the model's.
    {
      text: 'Pupils at the British Embassy School in Ankara sat their exams.',
      expect: 'organization:British Embassy School | place:Ankara',
    },
  ],
};

export const LEAD_NAME_ROWS_59: readonly RuleRow<unknown>[] = [AIRLINE_WORD_AS_ADJECTIVE_ROW, COUNTRY_MISSION_ROW];
